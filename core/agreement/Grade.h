#pragma once

#include <QString>

#include <optional>

namespace cardbridge {

// "TK", "K", "1" … "12" from what districts write: "09", "9th", "Grade 9", "kindergarten".
std::optional<QString> normaliseGrade(QStringView text);

} // namespace cardbridge
