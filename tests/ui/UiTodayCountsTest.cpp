#include "DeskView.h"
#include "TodayCounts.h"
#include "UiTestHelpers.h"
#include "consent/DeskScanService.h"

#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

struct FakeCounts {
    QMap<VerdictStatus, qint64> counts;
    QList<QDateTime> asked;
    bool broken = false;

    TodayCounts::Counter counter()
    {
        return [this](VerdictStatus status, const QDateTime &fromUtc) -> Result<qint64> {
            asked.append(fromUtc);
            if (broken)
                return fail(ErrorCode::Database, QStringLiteral("synthetic"));
            return counts.value(status, 0);
        };
    }
};

} // namespace

TEST(UiTodayCounts, AsksFromTheStartOfTheLocalDayAndShowsTheCounts)
{
    FakeCounts fake;
    ManualClock clock(QDateTime(QDate(2026, 10, 1), QTime(15, 30), Qt::UTC));
    TodayCounts today(fake.counter(), clock);
    today.refresh();
    ASSERT_EQ(fake.asked.size(), std::size(kAllVerdictStatuses));
    EXPECT_EQ(fake.asked.first(), DeskScanService::startOfLocalDayUtc(clock.nowUtc()));
    EXPECT_EQ(today.count(VerdictStatus::Eligible), 0);

    fake.counts[VerdictStatus::Eligible] = 3;
    fake.counts[VerdictStatus::NotFound] = 1;
    today.refresh();
    EXPECT_EQ(today.count(VerdictStatus::Eligible), 3);
    EXPECT_EQ(today.count(VerdictStatus::NotFound), 1);
    EXPECT_EQ(today.countText(VerdictStatus::Eligible), QStringLiteral("3"));
    EXPECT_TRUE(today.accessibleDescription().contains(QStringLiteral("3")));
}

TEST(UiTodayCounts, AFailedReadShowsADash)
{
    FakeCounts fake;
    fake.broken = true;
    ManualClock clock;
    TodayCounts today(fake.counter(), clock);
    today.refresh();
    EXPECT_EQ(today.count(VerdictStatus::Eligible), -1);
    EXPECT_EQ(today.countText(VerdictStatus::Eligible), QStringLiteral("–"));
}

TEST(UiTodayCounts, GoUpWithEachScanAtTheDesk)
{
    test::DemoStoreFixture demo;
    QString problem;
    ASSERT_TRUE(demo.create(&problem)) << problem.toStdString();
    DeskView desk(demo.store, SystemClock::instance());
    TodayCounts *today = desk.todayCounts();
    for (const DemoCard &card : demo.cards) {
        SCOPED_TRACE(verdictStatusKey(card.expected).toStdString());
        const qint64 before = today->count(card.expected);
        ASSERT_GE(before, 0);
        QTest::keyClicks(desk.cardField(), card.code);
        QTest::keyClick(desk.cardField(), Qt::Key_Return);
        EXPECT_EQ(today->count(card.expected), before + 1);
    }
}

} // namespace cardbridge
