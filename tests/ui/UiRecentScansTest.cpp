#include "DeskView.h"
#include "RecentScansList.h"
#include "RecentScansModel.h"
#include "UiTestHelpers.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

const QDateTime kStart(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);

Verdict scanned(const QString &input, VerdictStatus status)
{
    Verdict verdict;
    verdict.status = status;
    verdict.input = input;
    verdict.patronNumber = QStringLiteral("21234000123452");
    return verdict;
}

QString cell(const RecentScansModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

bool anyCellContains(const RecentScansModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            for (const int role :
                { int(Qt::DisplayRole), int(Qt::AccessibleTextRole), int(Qt::ToolTipRole) })
                if (model.data(model.index(row, column), role).toString().contains(text))
                    return true;
    return false;
}

} // namespace

TEST(UiRecentScansModel, MasksAllButTheLastFourCharacters)
{
    EXPECT_EQ(RecentScansModel::maskCardNumber(u"12345670007"), QStringLiteral("••••0007"));
    EXPECT_EQ(RecentScansModel::maskCardNumber(u"]C0A1234567B\r\n"), QStringLiteral("••••567B"));
    // Four characters or fewer: showing the tail would show the whole code.
    EXPECT_EQ(RecentScansModel::maskCardNumber(u"1234"), QStringLiteral("••••"));
    EXPECT_EQ(RecentScansModel::maskCardNumber(u""), QStringLiteral("••••"));
}

TEST(UiRecentScansModel, KeepsTheTwentyNewestNewestFirst)
{
    RecentScansModel model;
    for (int i = 1; i <= 25; ++i) {
        model.addScan(scanned(QStringLiteral("2026100000%1").arg(i, 2, 10, QLatin1Char('0')),
                          i % 2 ? VerdictStatus::Eligible : VerdictStatus::NotFound),
            kStart.addSecs(i));
    }
    ASSERT_EQ(model.rowCount(), RecentScansModel::kCapacity);
    ASSERT_EQ(model.rowCount(), 20);
    EXPECT_EQ(cell(model, 0, RecentScansModel::CardColumn), QStringLiteral("••••0025"));
    EXPECT_EQ(cell(model, 19, RecentScansModel::CardColumn), QStringLiteral("••••0006"));
    EXPECT_EQ(cell(model, 0, RecentScansModel::StatusColumn),
        verdictStatusTitle(VerdictStatus::Eligible));
    EXPECT_EQ(cell(model, 1, RecentScansModel::StatusColumn),
        verdictStatusTitle(VerdictStatus::NotFound));
    EXPECT_EQ(cell(model, 0, RecentScansModel::TimeColumn),
        kStart.addSecs(25).toLocalTime().time().toString(QStringLiteral("HH:mm:ss")));
}

TEST(UiRecentScansModel, NeverShowsTheFullNumberOrThePatronNumber)
{
    RecentScansModel model;
    model.addScan(scanned(QStringLiteral("12345670"), VerdictStatus::Eligible), kStart);
    model.addScan(scanned(QStringLiteral("A1234567B"), VerdictStatus::NoConsent), kStart);
    EXPECT_FALSE(anyCellContains(model, QStringLiteral("12345670")));
    EXPECT_FALSE(anyCellContains(model, QStringLiteral("A1234567B")));
    EXPECT_FALSE(anyCellContains(model, QStringLiteral("1234")));
    EXPECT_FALSE(anyCellContains(model, QStringLiteral("21234000123452")));
}

TEST(UiRecentScansList, IsAKeyboardReachableNamedView)
{
    RecentScansList list;
    EXPECT_FALSE(list.view()->accessibleName().isEmpty());
    EXPECT_TRUE(list.view()->focusPolicy() & Qt::TabFocus);
    list.addScan(scanned(QStringLiteral("12345670"), VerdictStatus::Eligible), kStart);
    EXPECT_EQ(list.view()->model()->rowCount(), 1);
}

TEST(UiRecentScansList, TheDeskAddsEachScan)
{
    test::DemoStoreFixture demo;
    QString problem;
    ASSERT_TRUE(demo.create(&problem)) << problem.toStdString();
    DeskView desk(demo.store, SystemClock::instance());
    desk.setDemoCards(demo.cards);
    RecentScansModel *model = desk.recentScans()->model();
    EXPECT_EQ(model->rowCount(), 0);
    for (const DemoCard &card : demo.cards) {
        QTest::keyClicks(desk.cardField(), card.code);
        QTest::keyClick(desk.cardField(), Qt::Key_Return);
    }
    ASSERT_EQ(model->rowCount(), demo.cards.size());
    const DemoCard &last = demo.cards.last();
    EXPECT_EQ(cell(*model, 0, RecentScansModel::StatusColumn), verdictStatusTitle(last.expected));
    EXPECT_EQ(
        cell(*model, 0, RecentScansModel::CardColumn), RecentScansModel::maskCardNumber(last.code));
    for (const DemoCard &card : demo.cards) {
        if (card.code.trimmed().size() > 4) {
            EXPECT_FALSE(anyCellContains(*model, card.code.trimmed()));
        }
    }
}

} // namespace cardbridge
