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
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QString isoUtcNow()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

inline QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// NULL for an empty string, for optional text columns.
inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace cardbridge
