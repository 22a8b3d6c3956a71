#pragma once

#include "common/Error.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace cardbridge {

// A store error for a failed statement: says what we were doing and the driver's reason.
// Driver messages name tables and columns, never bound values.
inline unexpected<Error> sqlFailure(const QSqlError &error, const QString &doing)
{
    return fail(
        ErrorCode::Database, QStringLiteral("Could not %1: %2").arg(doing, error.text().trimmed()));
}

// ISO-8601 UTC with milliseconds, the one timestamp form the store keeps.
inline QString isoUtc(const QDateTime &time)
{
    // A batch stamps every row with the same time: formatting it once per thread spares an
    // import of 500,000 rows a million and a half conversions.
    thread_local QDateTime lastTime;
    thread_local QString lastText;
    if (time != lastTime || lastText.isEmpty()) {
        lastTime = time;
        lastText = time.toUTC().toString(Qt::ISODateWithMs);
    }
    return lastText;
}

inline QString isoUtcNow()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

inline QString isoDate(const QDate &date)
{
    // By hand for the common years: QDate::toString() formats through asprintf, a measurable
    // share of an import that stamps two dates on each of 500,000 rows.
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    char16_t text[10];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

// NULL for an empty string, for optional text columns.
inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace cardbridge
