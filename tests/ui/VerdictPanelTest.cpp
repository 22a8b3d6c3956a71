#include "VerdictPanel.h"

#include "VerdictText.h"

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

Verdict sampleVerdict(VerdictStatus status)
{
    Verdict verdict;
    verdict.status = status;
    verdict.input = QStringLiteral("A1234567B");
    // Every status gets a patron number here: the panel must show it for eligible only.
    verdict.patronNumber = QStringLiteral("21234000123452");
    verdict.student = StudentSummary { QStringLiteral("Amara"), QStringLiteral("O"),
        QStringLiteral("9"), QStringLiteral("Riverside High School") };
    verdict.message = QStringLiteral("Synthetic reason for the test.");
    verdict.studentId = 42;
    return verdict;
}

} // namespace

TEST(UiVerdictPanel, StartsIdle)
{
    VerdictPanel panel;
    EXPECT_FALSE(panel.status().has_value());
    EXPECT_EQ(panel.statusTitleText(), QStringLiteral("Scan a student ID card"));
    EXPECT_TRUE(panel.patronNumberText().isEmpty());
    EXPECT_TRUE(panel.studentSummaryText().isEmpty());
}

TEST(UiVerdictPanel, ShowsTitleAndNextStepForEachStatus)
{
    VerdictPanel panel;
    for (const VerdictStatus status : kAllVerdictStatuses) {
        SCOPED_TRACE(verdictStatusKey(status).toStdString());
        panel.showVerdict(sampleVerdict(status));
        EXPECT_EQ(panel.status(), status);
        EXPECT_EQ(panel.statusTitleText(), verdictStatusTitle(status));
        EXPECT_EQ(panel.nextStepText(), verdictNextStep(status));
        EXPECT_FALSE(panel.statusTitleText().isEmpty());
        EXPECT_FALSE(panel.nextStepText().isEmpty());
        EXPECT_EQ(panel.messageText(), QStringLiteral("Synthetic reason for the test."));
        EXPECT_TRUE(panel.accessibleDescription().startsWith(verdictStatusTitle(status)));
    }
}

TEST(UiVerdictPanel, TitleIsLargeAndBold)
{
    VerdictPanel panel;
    panel.showVerdict(sampleVerdict(VerdictStatus::Eligible));
    bool found = false;
    for (const QWidget *child : panel.findChildren<QWidget *>()) {
        if (child->accessibleName() == QStringLiteral("Verdict")) {
            found = true;
            EXPECT_GE(child->font().pointSizeF(), 28.0);
            EXPECT_TRUE(child->font().bold());
        }
    }
    EXPECT_TRUE(found);
}

TEST(UiVerdictPanel, PatronNumberOnlyForEligible)
{
    VerdictPanel panel;
    for (const VerdictStatus status : kAllVerdictStatuses) {
        SCOPED_TRACE(verdictStatusKey(status).toStdString());
        panel.showVerdict(sampleVerdict(status));
        if (status == VerdictStatus::Eligible) {
            EXPECT_EQ(panel.patronNumberText(), QStringLiteral("21234000123452"));
            EXPECT_TRUE(panel.accessibleDescription().contains(QStringLiteral("21234000123452")));
        } else {
            EXPECT_TRUE(panel.patronNumberText().isEmpty());
            EXPECT_FALSE(panel.accessibleDescription().contains(QStringLiteral("21234000123452")));
        }
    }
}

TEST(UiVerdictPanel, StudentSummaryIsFirstNameInitialGradeSchool)
{
    VerdictPanel panel;
    panel.showVerdict(sampleVerdict(VerdictStatus::Eligible));
    EXPECT_EQ(
        panel.studentSummaryText(), QStringLiteral("Amara O., grade 9, Riverside High School"));
}

TEST(UiVerdictPanel, NeverShowsMoreThanTheFamilyInitial)
{
    VerdictPanel panel;
    Verdict verdict = sampleVerdict(VerdictStatus::Eligible);
    verdict.student->familyInitial = QStringLiteral("Okonkwo"); // a whole name slipped through
    panel.showVerdict(verdict);
    EXPECT_EQ(
        panel.studentSummaryText(), QStringLiteral("Amara O., grade 9, Riverside High School"));
    EXPECT_FALSE(panel.studentSummaryText().contains(QStringLiteral("Okonkwo")));
    EXPECT_FALSE(panel.accessibleDescription().contains(QStringLiteral("Okonkwo")));
}

TEST(UiVerdictPanel, NoStudentSummaryWhenTheVerdictHasNone)
{
    VerdictPanel panel;
    Verdict verdict = sampleVerdict(VerdictStatus::Unrecognized);
    verdict.student.reset();
    panel.showVerdict(verdict);
    EXPECT_TRUE(panel.studentSummaryText().isEmpty());
    panel.showIdle();
    EXPECT_FALSE(panel.status().has_value());
}

TEST(UiVerdictText, InitialIsOneGrapheme)
{
    EXPECT_EQ(familyInitialOnly(QStringLiteral("Łukasiewicz")), QStringLiteral("Ł"));
    EXPECT_EQ(familyInitialOnly(QStringLiteral("  ")), QString());
    // "e" followed by a combining acute accent: one user-perceived character.
    EXPECT_EQ(familyInitialOnly(QStringLiteral("e\u0301clair")), QStringLiteral("e\u0301"));
}

TEST(UiVerdictText, SummaryLeavesOutEmptyParts)
{
    EXPECT_EQ(formatStudentSummary({ QStringLiteral("Given"), QStringLiteral("F"), QString(),
                  QStringLiteral("School") }),
        QStringLiteral("Given F., School"));
    EXPECT_EQ(formatStudentSummary(
                  { QStringLiteral("Given"), QString(), QStringLiteral("K"), QString() }),
        QStringLiteral("Given, grade K"));
}

} // namespace cardbridge
