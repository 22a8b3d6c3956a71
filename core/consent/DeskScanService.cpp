#include "consent/DeskScanService.h"

#include "consent/VerdictService.h"
#include "store/ScanEventRepository.h"

#include <QLoggingCategory>

namespace cardbridge {

namespace {
Q_LOGGING_CATEGORY(lcDeskScan, "cardbridge.consent.deskscan")
}

DeskScanService::DeskScanService(
    QSqlDatabase database, const Clock &clock, QString desk, QString account)
    : m_clock(clock)
    , m_desk(std::move(desk))
    , m_account(std::move(account))
    , m_verdicts(std::make_unique<VerdictService>(database, clock))
    , m_events(std::make_unique<ScanEventRepository>(database))
{
}

DeskScanService::~DeskScanService() = default;

Status DeskScanService::reload()
{
    return m_verdicts->reload();
}

DeskScanResult DeskScanService::scan(QStringView input)
{
    DeskScanResult result { m_verdicts->lookup(input), std::nullopt };
    if (auto recorded = m_events->record(result.verdict, m_desk, m_account, m_clock.nowUtc());
        !recorded) {
        // Statuses and codes only: never the card or the student.
        qCWarning(lcDeskScan) << "scan event not recorded, verdict"
                              << verdictStatusKey(result.verdict.status) << "code"
                              << static_cast<int>(recorded.error().code);
        result.recordError = recorded.error();
    }
    return result;
}

Result<qint64> DeskScanService::countSince(VerdictStatus status, const QDateTime &fromUtc)
{
    return m_events->countSince(status, fromUtc);
}

QDateTime DeskScanService::startOfLocalDayUtc(const QDateTime &nowUtc)
{
    return nowUtc.toLocalTime().date().startOfDay(Qt::LocalTime).toUTC();
}

} // namespace cardbridge
