#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "consent/Verdict.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace cardbridge {

class ScanEventRepository;
class VerdictService;

// What one scan at the desk produced: the verdict to show, and whether logging it failed.
// The verdict stands even when the scan event could not be written; the desk says so.
struct DeskScanResult {
    Verdict verdict;
    std::optional<Error> recordError;
};

// One scan at the desk as one core call: look the card up (VerdictService) and record the
// scan event (time, desk, account, verdict, student reference; GUIDE §3) in the same step.
// Lives on the thread that owns the database connection.
class DeskScanService {
public:
    DeskScanService(QSqlDatabase database, const Clock &clock, QString desk, QString account);
    ~DeskScanService();
    DeskScanService(const DeskScanService &) = delete;
    DeskScanService &operator=(const DeskScanService &) = delete;

    // Re-reads agreements, schools and card rules (see VerdictService::reload).
    Status reload();
    DeskScanResult scan(QStringView input);
    // Scan events with this status at or after fromUtc (all desks).
    Result<qint64> countSince(VerdictStatus status, const QDateTime &fromUtc);

    // The start of the current day in the machine's local time zone, as a UTC instant:
    // "today" at a desk is the librarian's day, not the UTC day.
    static QDateTime startOfLocalDayUtc(const QDateTime &nowUtc);

    const QString &desk() const { return m_desk; }

private:
    const Clock &m_clock;
    QString m_desk;
    QString m_account;
    std::unique_ptr<VerdictService> m_verdicts;
    std::unique_ptr<ScanEventRepository> m_events;
};

} // namespace cardbridge
