#include "consent/DeskScanService.h"

#include "support/TestStore.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cardbridge;
using test::TestStudent;

namespace {

const QDateTime kNow(QDate(2026, 10, 1), QTime(10, 0), Qt::UTC);

struct ScanRow {
    QString scannedAt;
    QString desk;
    QString account;
    QString verdict;
    QVariant studentId;
};

QList<ScanRow> scanRows(Store &store)
{
    QSqlQuery query(store.database());
    EXPECT_TRUE(query.exec(QStringLiteral(
        "SELECT scanned_at, desk, account, verdict, student_id FROM scan_events ORDER BY id")));
    QList<ScanRow> rows;
    while (query.next())
        rows.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4) });
    return rows;
}

TestStudent grantedStudent()
{
    TestStudent s;
    s.number = QStringLiteral("1234567");
    s.consent = ConsentDecision::Granted;
    return s;
}

} // namespace

TEST(DeskScanService, AScanReturnsTheVerdictAndRecordsOneEvent)
{
    test::TestStore fixture(ConsentModel::OptIn);
    const QString barcode = fixture.add(grantedStudent());
    ManualClock clock(kNow);
    DeskScanService service(
        fixture.store().database(), clock, QStringLiteral("desk-1"), QStringLiteral("librarian"));

    const DeskScanResult result = service.scan(barcode);
    EXPECT_EQ(result.verdict.status, VerdictStatus::Eligible);
    EXPECT_FALSE(result.recordError.has_value());

    const QList<ScanRow> rows = scanRows(fixture.store());
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].scannedAt.left(19), QStringLiteral("2026-10-01T10:00:00"));
    EXPECT_EQ(rows[0].desk, QStringLiteral("desk-1"));
    EXPECT_EQ(rows[0].account, QStringLiteral("librarian"));
    EXPECT_EQ(rows[0].verdict, QStringLiteral("eligible"));
    EXPECT_EQ(rows[0].studentId.toLongLong(), result.verdict.studentId);
}

TEST(DeskScanService, UnknownCodesAreRecordedWithoutAStudent)
{
    test::TestStore fixture(ConsentModel::OptIn);
    ManualClock clock(kNow);
    DeskScanService service(
        fixture.store().database(), clock, QStringLiteral("desk-1"), QStringLiteral("desk"));

    EXPECT_EQ(service.scan(u"hello").verdict.status, VerdictStatus::Unrecognized);
    EXPECT_EQ(service.scan(test::withLuhn(QStringLiteral("7654321"))).verdict.status,
        VerdictStatus::NotFound);

    const QList<ScanRow> rows = scanRows(fixture.store());
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].verdict, QStringLiteral("unrecognized"));
    EXPECT_EQ(rows[1].verdict, QStringLiteral("not_found"));
    for (const ScanRow &row : rows)
        EXPECT_TRUE(row.studentId.isNull());
}

TEST(DeskScanService, CountsSinceFollowTheScans)
{
    test::TestStore fixture(ConsentModel::OptIn);
    const QString barcode = fixture.add(grantedStudent());
    ManualClock clock(kNow);
    DeskScanService service(
        fixture.store().database(), clock, QStringLiteral("desk-1"), QStringLiteral("desk"));
    const QDateTime start = kNow.addSecs(-3600);

    EXPECT_EQ(service.countSince(VerdictStatus::Eligible, start).value_or(-1), 0);
    service.scan(barcode);
    service.scan(barcode);
    service.scan(u"not a card");
    EXPECT_EQ(service.countSince(VerdictStatus::Eligible, start).value_or(-1), 2);
    EXPECT_EQ(service.countSince(VerdictStatus::Unrecognized, start).value_or(-1), 1);
    EXPECT_EQ(service.countSince(VerdictStatus::NoConsent, start).value_or(-1), 0);
    // Scans before the start are not counted.
    EXPECT_EQ(service.countSince(VerdictStatus::Eligible, kNow.addSecs(1)).value_or(-1), 0);
}

TEST(DeskScanService, AFailureToRecordIsReportedAndTheVerdictStands)
{
    test::TestStore fixture(ConsentModel::OptIn);
    const QString barcode = fixture.add(grantedStudent());
    {
        QSqlQuery drop(fixture.store().database());
        ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE scan_events")));
    }
    ManualClock clock(kNow);
    DeskScanService service(
        fixture.store().database(), clock, QStringLiteral("desk-1"), QStringLiteral("desk"));

    const DeskScanResult result = service.scan(barcode);
    EXPECT_EQ(result.verdict.status, VerdictStatus::Eligible);
    ASSERT_TRUE(result.recordError.has_value());
    EXPECT_EQ(result.recordError->code, ErrorCode::Database);
    EXPECT_FALSE(result.recordError->message.contains(barcode));
}

TEST(DeskScanService, StartOfTheLocalDayIsAUtcInstantAtLocalMidnight)
{
    const QDateTime start = DeskScanService::startOfLocalDayUtc(kNow);
    EXPECT_EQ(start.timeSpec(), Qt::UTC);
    EXPECT_LE(start, kNow);
    EXPECT_GT(start, kNow.addDays(-1));
    EXPECT_EQ(start.toLocalTime().time(), QTime(0, 0));
    EXPECT_EQ(start.toLocalTime().date(), kNow.toLocalTime().date());
}
