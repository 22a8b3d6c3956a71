#pragma once

#include <QString>

namespace cardbridge {

inline constexpr int kMinimumPassphraseLength = 12;

// Why a new passphrase (typed twice) cannot be used, in plain words; empty when it can.
QString newPassphraseProblem(const QString &passphrase, const QString &repeated);

} // namespace cardbridge
