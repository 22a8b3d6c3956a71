#include "DeskView.h"

#include "DemoCardsHint.h"
#include "UiTestHelpers.h"
#include "VerdictPanel.h"
#include "store/ScanEventRepository.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

class UiDeskView : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString problem;
        ASSERT_TRUE(demo.create(&problem)) << problem.toStdString();
        ASSERT_EQ(demo.cards.size(), 8) << "one demo card per verdict status";
        desk = std::make_unique<DeskView>(demo.store, SystemClock::instance());
        desk->setDemoCards(demo.cards);
        desk->resize(1200, 650);
        desk->show();
        QApplication::setActiveWindow(desk.get());
        desk->focusCardField();
    }

    void TearDown() override { desk.reset(); }

    qint64 scanCount(VerdictStatus status) const
    {
        ScanEventRepository events(demo.store->database());
        auto count = events.countSince(status, since);
        return count ? *count : -1;
    }

    test::DemoStoreFixture demo;
    QDateTime since = SystemClock::instance().nowUtc().addSecs(-60);
    std::unique_ptr<DeskView> desk;
};

} // namespace

TEST_F(UiDeskView, EachDemoCardShowsItsVerdict)
{
    for (const DemoCard &card : demo.cards) {
        SCOPED_TRACE(verdictStatusKey(card.expected).toStdString());
        const qint64 before = scanCount(card.expected);
        QTest::keyClicks(desk->cardField(), card.code);
        QTest::keyClick(desk->cardField(), Qt::Key_Return);

        EXPECT_EQ(desk->verdictPanel()->status(), card.expected);
        EXPECT_EQ(desk->verdictPanel()->statusTitleText(), verdictStatusTitle(card.expected));
        EXPECT_EQ(desk->verdictPanel()->patronNumberText().isEmpty(),
            card.expected != VerdictStatus::Eligible);
        // Ready for the next scan.
        EXPECT_TRUE(desk->cardField()->text().isEmpty());
        EXPECT_EQ(desk->focusWidget(), desk->cardField());
        // And counted.
        EXPECT_EQ(scanCount(card.expected), before + 1);
        EXPECT_TRUE(desk->problemText().isEmpty()) << desk->problemText().toStdString();
    }
}

TEST_F(UiDeskView, StudentSummaryShowsOnlyTheFamilyInitial)
{
    const auto eligible = std::find_if(demo.cards.cbegin(), demo.cards.cend(),
        [](const auto &c) { return c.expected == VerdictStatus::Eligible; });
    ASSERT_NE(eligible, demo.cards.cend());
    desk->lookUp(eligible->code);
    // "Given F., grade 9, School": the second word is one letter and a full stop.
    const QString summary = desk->verdictPanel()->studentSummaryText();
    const QString name = summary.section(QStringLiteral(", "), 0, 0);
    const QStringList words = name.split(QLatin1Char(' '));
    ASSERT_GE(words.size(), 2) << summary.toStdString();
    EXPECT_EQ(words.last().size(), 2);
    EXPECT_TRUE(words.last().endsWith(QLatin1Char('.')));
    EXPECT_TRUE(summary.contains(QStringLiteral("grade ")));
}

TEST_F(UiDeskView, ClickingADemoCardLooksItUp)
{
    const auto buttons = desk->demoCardsHint()->findChildren<QToolButton *>();
    QToolButton *notFound = nullptr;
    for (QToolButton *button : buttons) {
        if (button->text().startsWith(verdictStatusTitle(VerdictStatus::NotFound)))
            notFound = button;
    }
    ASSERT_NE(notFound, nullptr);
    QTest::mouseClick(notFound, Qt::LeftButton);
    EXPECT_EQ(desk->verdictPanel()->status(), VerdictStatus::NotFound);
    EXPECT_EQ(desk->focusWidget(), desk->cardField());
    EXPECT_EQ(scanCount(VerdictStatus::NotFound), 1);
}

TEST_F(UiDeskView, EmptyEnterDoesNothing)
{
    QTest::keyClicks(desk->cardField(), QStringLiteral("   "));
    QTest::keyClick(desk->cardField(), Qt::Key_Return);
    EXPECT_FALSE(desk->verdictPanel()->status().has_value());
    EXPECT_TRUE(desk->cardField()->text().isEmpty());
}

TEST_F(UiDeskView, DemoHintCollapses)
{
    DemoCardsHint *hint = desk->demoCardsHint();
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->isExpanded());
    hint->setExpanded(false);
    EXPECT_FALSE(hint->isExpanded());
}

} // namespace cardbridge
