#pragma once

#include <QString>

// Compiled card-rule patterns, kept per thread so a scan does not recompile its regular
// expression (compiling costs tens of microseconds, a lookup well under one).
namespace cardbridge::regexcache {

// True when `pattern` matches all of `text`. An invalid pattern matches nothing.
bool matchesFully(const QString &pattern, QStringView text);
// Empty when `pattern` compiles, else the compiler's message and offset.
QString patternError(const QString &pattern);

} // namespace cardbridge::regexcache
