#include "DeskView.h"
#include "ScannerInputFilter.h"
#include "ScannerSettingsPage.h"
#include "SettingsDialog.h"
#include "UiTestHelpers.h"
#include "VerdictPanel.h"
#include "barcode/CheckDigit.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

// Types `text` into `widget` as key events, advancing the injected clock by `gapMs` before
// each key ("\r" is Enter, "\t" Tab).
void typeKeys(ManualClock &clock, QWidget *widget, const QString &text, qint64 gapMs)
{
    for (const QChar c : text) {
        clock.advanceMs(gapMs);
        if (c == u'\r')
            QTest::keyClick(widget, Qt::Key_Return);
        else if (c == u'\t')
            QTest::keyClick(widget, Qt::Key_Tab);
        else
            QTest::keyClick(widget, c.toLatin1());
    }
}

class UiScannerInputFilter : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(search);
        layout->addWidget(other);
        search->setObjectName(QStringLiteral("search"));
        window.show();
        QApplication::setActiveWindow(&window);
        search->setFocus();
        ASSERT_TRUE(test::waitUntil([&] { return QApplication::focusWidget() == search; }));
        qApp->installEventFilter(&filter);
    }
    void TearDown() override { qApp->removeEventFilter(&filter); }

    // Lets the classifier's deadline pass (the QTimer's job in the app).
    void pause(qint64 ms = 200)
    {
        clock.advanceMs(ms);
        filter.flushDue();
    }

    ManualClock clock;
    ScannerInputFilter filter { clock };
    QWidget window;
    QLineEdit *search = new QLineEdit(&window);
    QLineEdit *other = new QLineEdit(&window);
    QSignalSpy scans { &filter, &ScannerInputFilter::scanned };
};

} // namespace

TEST_F(UiScannerInputFilter, ScanIsCapturedAndNotTypedIntoTheFocusedField)
{
    typeKeys(clock, search, QStringLiteral("LHS3100001\r"), 4);
    EXPECT_EQ(search->text(), QString());
    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.front().front().toString(), QStringLiteral("LHS3100001"));
    EXPECT_EQ(filter.heldKeyCount(), 0);
}

TEST_F(UiScannerInputFilter, ScanWithoutTerminatorEndsAtThePause)
{
    typeKeys(clock, search, QStringLiteral("30234000517861"), 9);
    EXPECT_TRUE(scans.isEmpty());
    pause();
    EXPECT_EQ(search->text(), QString());
    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.front().front().toString(), QStringLiteral("30234000517861"));
}

TEST_F(UiScannerInputFilter, HumanTypingKeepsEveryLetterInOrder)
{
    typeKeys(clock, search, QStringLiteral("harry potter"), 140);
    pause();
    EXPECT_EQ(search->text(), QStringLiteral("harry potter"));
    // Fast bursts of three keys are still a person.
    search->clear();
    const qint64 gaps[] = { 150, 12, 15, 14, 180, 10, 18 };
    const QString word = QStringLiteral("dune ok");
    for (qsizetype i = 0; i < word.size(); ++i)
        typeKeys(clock, search, word.mid(i, 1), gaps[i]);
    pause();
    EXPECT_EQ(search->text(), word);
    EXPECT_TRUE(scans.isEmpty());
}

TEST_F(UiScannerInputFilter, HeldKeysReachTheWidgetThatHadTheFocus)
{
    typeKeys(clock, search, QStringLiteral("a"), 150);
    other->setFocus(); // focus moves before the key is released
    pause();
    EXPECT_EQ(search->text(), QStringLiteral("a"));
    EXPECT_EQ(other->text(), QString());
}

TEST_F(UiScannerInputFilter, ScanWhileAPersonIsMidWord)
{
    typeKeys(clock, search, QStringLiteral("har"), 160);
    clock.advanceMs(120);
    typeKeys(clock, search, QStringLiteral("LHS3100001\r"), 5);
    typeKeys(clock, search, QStringLiteral("ry"), 170);
    pause();
    EXPECT_EQ(search->text(), QStringLiteral("harry"));
    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.front().front().toString(), QStringLiteral("LHS3100001"));
}

TEST_F(UiScannerInputFilter, PrefixFramedScanIntoAnotherField)
{
    ScannerSettings settings;
    settings.prefix = QStringLiteral("#@");
    filter.setSettings(settings);
    other->setFocus();
    typeKeys(clock, other, QStringLiteral("#@]C0LHS3100001\t"), 45); // slow, but framed
    EXPECT_EQ(other->text(), QString());
    EXPECT_EQ(QApplication::focusWidget(), other) << "the Tab terminator did not move focus";
    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.front().front().toString(), QStringLiteral("LHS3100001"));
}

TEST_F(UiScannerInputFilter, PasswordFieldsAreLeftAlone)
{
    other->setEchoMode(QLineEdit::Password);
    other->setFocus();
    typeKeys(clock, other, QStringLiteral("secretpass"), 1);
    EXPECT_EQ(other->text(), QStringLiteral("secretpass"));
    EXPECT_TRUE(scans.isEmpty());
}

// The desk: scans go through scanned() even when its own field has the focus; what a person
// types there stays (manual entry for a damaged card).
class UiScannerDesk : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString problem;
        ASSERT_TRUE(demo.create(&problem)) << problem.toStdString();
        desk = std::make_unique<DeskView>(demo.store, SystemClock::instance());
        desk->resize(1200, 650);
        desk->show();
        QApplication::setActiveWindow(desk.get());
        desk->focusCardField();
        ASSERT_TRUE(test::waitUntil([&] { return desk->cardField()->hasFocus(); }));
        QObject::connect(&filter, &ScannerInputFilter::scanned, desk.get(), &DeskView::lookUp);
        qApp->installEventFilter(&filter);
    }
    void TearDown() override
    {
        qApp->removeEventFilter(&filter);
        desk.reset();
    }

    test::DemoStoreFixture demo;
    ManualClock clock;
    ScannerInputFilter filter { clock };
    std::unique_ptr<DeskView> desk;
};

TEST_F(UiScannerDesk, ScanIntoTheDeskFieldShowsTheVerdict)
{
    QSignalSpy scans(&filter, &ScannerInputFilter::scanned);
    QSignalSpy verdicts(desk.get(), &DeskView::verdictShown);
    const DemoCard card = demo.cards.front();
    typeKeys(clock, desk->cardField(), card.code + u'\r', 3);
    EXPECT_EQ(scans.size(), 1);
    ASSERT_EQ(verdicts.size(), 1);
    EXPECT_EQ(desk->verdictPanel()->status(), card.expected);
    EXPECT_EQ(desk->cardField()->text(), QString());
}

TEST_F(UiScannerDesk, TypedNumberWithAWrongCheckDigitStaysSelectedWithTheReason)
{
    QSignalSpy scans(&filter, &ScannerInputFilter::scanned);
    const QString body = QStringLiteral("1234567"); // Riverbend High: Luhn check digit
    const QChar right = computeCheckDigit(body, CheckDigitAlgorithm::Luhn).value();
    const QString typed = body + QChar(u'0' + (right.digitValue() + 1) % 10);
    typeKeys(clock, desk->cardField(), typed + u'\r', 150);
    EXPECT_TRUE(scans.isEmpty());
    EXPECT_EQ(desk->verdictPanel()->status(), VerdictStatus::Unrecognized);
    EXPECT_EQ(desk->cardField()->text(), typed);
    EXPECT_EQ(desk->cardField()->selectedText(), typed);
    EXPECT_TRUE(desk->entryProblemText().contains(QStringLiteral("check digit")))
        << desk->entryProblemText().toStdString();
    // Fixed and entered again: the message goes.
    desk->cardField()->clear();
    typeKeys(clock, desk->cardField(), body + right + u'\r', 150);
    EXPECT_NE(desk->verdictPanel()->status(), VerdictStatus::Unrecognized);
    EXPECT_EQ(desk->entryProblemText(), QString());
}

TEST(UiScannerSettingsPage, RoundTripsThroughQSettings)
{
    test::TempFolder folder;
    QSettings store(folder.file(QStringLiteral("desk.ini")), QSettings::IniFormat);
    ManualClock clock;
    ScannerInputFilter filter(clock);
    {
        ScannerSettingsPage page(&filter);
        page.prefixField()->setText(QStringLiteral("\\x02#"));
        page.suffixField()->setText(QStringLiteral("%"));
        page.terminatorBox()->setCurrentIndex(2);
        page.thresholdBox()->setValue(40);
        page.save(store);
        EXPECT_EQ(filter.settings().thresholdMs, 40) << "edits apply to the filter at once";
    }
    ScannerSettingsPage loaded(nullptr);
    loaded.load(store);
    EXPECT_EQ(loaded.settings().prefix, QStringLiteral("\x02#"));
    EXPECT_EQ(loaded.settings().suffix, QStringLiteral("%"));
    EXPECT_EQ(loaded.settings().terminator, ScanTerminator::None);
    EXPECT_EQ(loaded.settings().thresholdMs, 40);
    EXPECT_EQ(store.value(QStringLiteral("scanner/thresholdMs")).toInt(), 40);
}

TEST(UiScannerSettingsPage, RevertRestoresTheFilterSettings)
{
    ManualClock clock;
    ScannerInputFilter filter(clock);
    ScannerSettingsPage page(&filter);
    page.thresholdBox()->setValue(55);
    EXPECT_EQ(filter.settings().thresholdMs, 55);
    page.revert();
    EXPECT_EQ(filter.settings().thresholdMs, ScannerSettings {}.thresholdMs);
}

TEST(UiScannerSettingsPage, TestBoxShowsWhatArrivedAndHowItWasClassified)
{
    ManualClock clock;
    ScannerInputFilter filter(clock);
    SettingsDialog dialog;
    auto *page = new ScannerSettingsPage(&filter, &dialog);
    dialog.addPage(QStringLiteral("Scanner"), page);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    page->testField()->setFocus();
    ASSERT_TRUE(test::waitUntil([&] { return page->testField()->hasFocus(); }));
    QSignalSpy scans(&filter, &ScannerInputFilter::scanned);
    qApp->installEventFilter(&filter);

    typeKeys(clock, page->testField(), QStringLiteral("LHS3100001\r"), 4);
    EXPECT_EQ(page->receivedText(), QStringLiteral("LHS3100001\u23CE"));
    EXPECT_TRUE(page->classificationText().contains(QStringLiteral("timing")))
        << page->classificationText().toStdString();
    EXPECT_TRUE(scans.isEmpty()) << "a test scan never reaches the desk";

    typeKeys(clock, page->testField(), QStringLiteral("abc"), 150);
    clock.advanceMs(200);
    filter.flushDue();
    EXPECT_EQ(page->testField()->text(), QStringLiteral("abc"));
    EXPECT_EQ(page->receivedText(), QStringLiteral("abc"));
    EXPECT_TRUE(page->classificationText().startsWith(QStringLiteral("Typing")));
    qApp->removeEventFilter(&filter);
    EXPECT_EQ(dialog.pages()->count(), 1);
}

} // namespace cardbridge
