#include "SecretClipboard.h"
#include "VerdictPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

const QString kNumber = QStringLiteral("21234000123452");

QString clipboardText()
{
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
}

Verdict verdictWithPatron(VerdictStatus status)
{
    Verdict verdict;
    verdict.status = status;
    verdict.patronNumber = kNumber;
    verdict.student = StudentSummary { QStringLiteral("Amara"), QStringLiteral("O"),
        QStringLiteral("9"), QStringLiteral("Riverside High School") };
    return verdict;
}

class UiVerdictPanelCopy : public ::testing::Test {
protected:
    void SetUp() override { QGuiApplication::clipboard()->clear(); }
    void TearDown() override { QGuiApplication::clipboard()->clear(); }
};

} // namespace

TEST_F(UiVerdictPanelCopy, ButtonOnlyForEligible)
{
    VerdictPanel panel;
    EXPECT_FALSE(panel.copyButton()->isEnabled());
    EXPECT_FALSE(panel.copyButton()->accessibleName().isEmpty());
    for (const VerdictStatus status : kAllVerdictStatuses) {
        SCOPED_TRACE(verdictStatusKey(status).toStdString());
        panel.showVerdict(verdictWithPatron(status));
        const bool eligible = status == VerdictStatus::Eligible;
        EXPECT_EQ(panel.copyButton()->isEnabled(), eligible);
        EXPECT_EQ(!panel.copyButton()->isHidden(), eligible);
        QGuiApplication::clipboard()->clear();
        panel.copyPatronNumber();
        EXPECT_EQ(clipboardText(), eligible ? kNumber : QString());
        panel.clipboard()->clearIfOurs();
    }
    panel.showIdle();
    EXPECT_FALSE(panel.copyButton()->isEnabled());
}

TEST_F(UiVerdictPanelCopy, ShowsTheCountdownNote)
{
    VerdictPanel panel;
    panel.showVerdict(verdictWithPatron(VerdictStatus::Eligible));
    EXPECT_TRUE(panel.copyNoteText().isEmpty());
    QSignalSpy copied(&panel, &VerdictPanel::patronNumberCopied);
    panel.copyButton()->click();
    EXPECT_EQ(copied.count(), 1);
    EXPECT_EQ(clipboardText(), kNumber);
    EXPECT_EQ(panel.copyNoteText(), QStringLiteral("Copied — clears in 30 s"));
    // Another verdict: the note does not claim the new number is on the clipboard.
    panel.showVerdict(verdictWithPatron(VerdictStatus::NoConsent));
    EXPECT_TRUE(panel.copyNoteText().isEmpty());
    panel.clipboard()->clearIfOurs();
    EXPECT_TRUE(clipboardText().isEmpty());
}

TEST_F(UiVerdictPanelCopy, ButtonIsNamedAndReachableByKeyboard)
{
    VerdictPanel panel;
    panel.showVerdict(verdictWithPatron(VerdictStatus::Eligible));
    EXPECT_EQ(panel.copyButton()->accessibleName(), QStringLiteral("Copy patron number"));
    EXPECT_TRUE(panel.copyButton()->focusPolicy() & Qt::TabFocus);
    EXPECT_FALSE(panel.copyButton()->text().isEmpty());
}

} // namespace cardbridge
