#include "store/AuditLog.h"

#include "store/SqlHelpers.h"

#include <QSqlQuery>

namespace cardbridge {

AuditLog::AuditLog(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Status AuditLog::record(const AuditEvent &event)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO audit_events (occurred_at, account, action, detail) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(isoUtc(event.occurredAt));
    query.addBindValue(event.account);
    query.addBindValue(event.action);
    query.addBindValue(event.detail);
    if (!query.exec())
        return sqlFailure(query.lastError(), QStringLiteral("write the audit log"));
    return {};
}

Result<QList<AuditEvent>> AuditLog::recent(int limit) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT occurred_at, account, action, detail FROM audit_events "
                                 "ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return sqlFailure(query.lastError(), QStringLiteral("read the audit log"));
    QList<AuditEvent> events;
    while (query.next())
        events.append({ QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
            query.value(1).toString(), query.value(2).toString(), query.value(3).toString() });
    return events;
}

} // namespace cardbridge
