#pragma once

#include "common/Error.h"
#include "consent/Verdict.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cardbridge {

// Scan events: time, desk, account, verdict, student reference. Nothing else (GUIDE §3).
class ScanEventRepository {
public:
    explicit ScanEventRepository(QSqlDatabase database);

    Status record(const Verdict &verdict, const QString &desk, const QString &account,
        const QDateTime &atUtc);
    // Number of scan events with this status at or after fromUtc.
    Result<qint64> countSince(VerdictStatus status, const QDateTime &fromUtc);

private:
    QSqlDatabase m_database;
    QSqlQuery m_insert;
};

} // namespace cardbridge
