#pragma once

#include <QString>

namespace cardbridge {

// Makes control characters visible for the scanner test box: Enter "⏎", Tab "⇥", Escape "⎋",
// line feed "↵", other C0 controls as their Unicode control pictures ("␂" for STX).
QString visibleControlChars(QStringView text);

// Editing form of a prefix or suffix that may hold control characters: "\x02", "\t", "\r",
// "\\" for a backslash; everything else as is.
QString escapeControlChars(QStringView text);
QString unescapeControlChars(QStringView text);

} // namespace cardbridge
