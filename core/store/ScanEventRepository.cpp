#include "store/ScanEventRepository.h"

#include "store/SqlHelpers.h"

namespace cardbridge {

ScanEventRepository::ScanEventRepository(QSqlDatabase database)
    : m_database(std::move(database))
    , m_insert(m_database)
{
    m_insert.prepare(QStringLiteral("INSERT INTO scan_events (scanned_at, desk, account, verdict, "
                                    "student_id) VALUES (?, ?, ?, ?, ?)"));
}

Status ScanEventRepository::record(
    const Verdict &verdict, const QString &desk, const QString &account, const QDateTime &atUtc)
{
    m_insert.addBindValue(isoUtc(atUtc));
    m_insert.addBindValue(desk);
    m_insert.addBindValue(account);
    m_insert.addBindValue(verdictStatusKey(verdict.status));
    m_insert.addBindValue(verdict.studentId > 0 ? QVariant(verdict.studentId)
                                                : QVariant(QMetaType::fromType<qint64>()));
    if (!m_insert.exec())
        return sqlFailure(m_insert.lastError(), QStringLiteral("record a scan event"));
    return {};
}

Result<qint64> ScanEventRepository::countSince(VerdictStatus status, const QDateTime &fromUtc)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM scan_events WHERE verdict = ? AND "
                                 "scanned_at >= ?"));
    query.addBindValue(verdictStatusKey(status));
    query.addBindValue(isoUtc(fromUtc));
    if (!query.exec() || !query.next())
        return sqlFailure(query.lastError(), QStringLiteral("count scan events"));
    return query.value(0).toLongLong();
}

} // namespace cardbridge
