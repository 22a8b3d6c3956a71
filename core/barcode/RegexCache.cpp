#include "barcode/RegexCache.h"

#include <QHash>
#include <QRegularExpression>

namespace cardbridge::regexcache {

namespace {

// Agreements hold a handful of patterns; the bound only guards against a caller feeding
// endless distinct patterns (a fuzzer, say).
constexpr qsizetype kMaxCached = 64;

// thread_local: QRegularExpression compiles lazily on first match, so sharing one instance
// across threads without a lock is not something to rely on.
const QRegularExpression &compiled(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.constFind(pattern);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() >= kMaxCached)
        cache.clear();
    QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    expression.optimize();
    return *cache.insert(pattern, expression);
}

} // namespace

bool matchesFully(const QString &pattern, QStringView text)
{
    const QRegularExpression &expression = compiled(pattern);
    return expression.isValid() && expression.match(text).hasMatch();
}

QString patternError(const QString &pattern)
{
    const QRegularExpression expression(pattern);
    if (expression.isValid())
        return {};
    return QStringLiteral("%1 at offset %2")
        .arg(expression.errorString())
        .arg(expression.patternErrorOffset());
}

} // namespace cardbridge::regexcache
