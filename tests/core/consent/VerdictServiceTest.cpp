#include "consent/VerdictService.h"

#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace cardbridge;
using test::TestStudent;

namespace {

struct Case {
    const char *name;
    ConsentModel model;
    TestStudent student;
    VerdictStatus expected;
    QDate today = QDate(2026, 10, 1);
};

std::ostream &operator<<(std::ostream &out, const Case &c)
{
    return out << c.name;
}

TestStudent student(std::optional<ConsentDecision> consent)
{
    TestStudent s;
    s.number = QStringLiteral("1234567");
    s.consent = consent;
    return s;
}

TestStudent with(TestStudent s, auto change)
{
    change(s);
    return s;
}

const auto Granted = ConsentDecision::Granted;
const auto Declined = ConsentDecision::Declined;
const auto Withdrawn = ConsentDecision::Withdrawn;
const auto OptIn = ConsentModel::OptIn;
const auto OptOut = ConsentModel::OptOut;

const Case kCases[] = {
    { "OptInGrantedIsEligible", OptIn, student(Granted), VerdictStatus::Eligible },
    { "OptInNoDecisionIsNoConsent", OptIn, student(std::nullopt), VerdictStatus::NoConsent },
    { "OptInDeclinedIsNoConsent", OptIn, student(Declined), VerdictStatus::NoConsent },
    { "OptInWithdrawnIsWithdrawn", OptIn, student(Withdrawn), VerdictStatus::Withdrawn },
    { "OptOutNoDecisionIsEligible", OptOut, student(std::nullopt), VerdictStatus::Eligible },
    { "OptOutGrantedIsEligible", OptOut, student(Granted), VerdictStatus::Eligible },
    { "OptOutRefusedIsNoConsent", OptOut, student(Declined), VerdictStatus::NoConsent },
    { "OptOutWithdrawnIsWithdrawn", OptOut, student(Withdrawn), VerdictStatus::Withdrawn },
    { "OptInExpiredConsent", OptIn,
        with(student(Granted), [](TestStudent &s) { s.consentValidUntil = QDate(2026, 7, 31); }),
        VerdictStatus::Expired },
    { "OptOutExpiredConsent", OptOut,
        with(student(Granted), [](TestStudent &s) { s.consentValidUntil = QDate(2026, 7, 31); }),
        VerdictStatus::Expired },
    { "OptInAgreementOver", OptIn, student(Granted), VerdictStatus::Expired, QDate(2027, 8, 1) },
    { "OptOutAgreementOver", OptOut, student(std::nullopt), VerdictStatus::Expired,
        QDate(2027, 8, 1) },
    { "OptInAgreementNotStarted", OptIn, student(Granted), VerdictStatus::Expired,
        QDate(2026, 7, 1) },
    { "OptInGradeOutOfScope", OptIn,
        with(student(Granted), [](TestStudent &s) { s.grade = QStringLiteral("8"); }),
        VerdictStatus::OutOfScope },
    { "OptOutGradeOutOfScope", OptOut,
        with(student(std::nullopt), [](TestStudent &s) { s.grade = QStringLiteral("K"); }),
        VerdictStatus::OutOfScope },
    { "OptInSchoolDroppedFromAgreement", OptIn,
        with(student(Granted), [](TestStudent &s) { s.school = QStringLiteral("OLD"); }),
        VerdictStatus::OutOfScope },
    { "OptOutDepartedStudent", OptOut,
        with(student(std::nullopt), [](TestStudent &s) { s.departed = true; }),
        VerdictStatus::OutOfScope },
    { "OptInBlockedCard", OptIn,
        with(student(Granted), [](TestStudent &s) { s.card = CardState::Blocked; }),
        VerdictStatus::CardBlocked },
    { "OptOutReplacedCard", OptOut,
        with(student(std::nullopt), [](TestStudent &s) { s.card = CardState::Replaced; }),
        VerdictStatus::CardBlocked },
};

class VerdictTable : public ::testing::TestWithParam<Case> { };

} // namespace

TEST_P(VerdictTable, ShowsTheStatusTheRulesDemand)
{
    const Case &c = GetParam();
    test::TestStore fixture(c.model);
    const QString barcode = fixture.add(c.student);
    ManualClock clock(QDateTime(c.today, QTime(10, 0), Qt::UTC));
    VerdictService service(fixture.store().database(), clock);

    const Verdict verdict = service.lookup(barcode);
    EXPECT_EQ(verdictStatusKey(verdict.status), verdictStatusKey(c.expected))
        << qPrintable(verdict.message);
    EXPECT_EQ(verdict.input, barcode);
    ASSERT_TRUE(verdict.student.has_value());
    EXPECT_EQ(verdict.student->givenName, QStringLiteral("Avery"));
    EXPECT_EQ(verdict.student->familyInitial, QStringLiteral("B"));
    EXPECT_EQ(verdict.student->grade, c.student.grade);
    EXPECT_GT(verdict.studentId, 0);
    // Only an eligible card gives a patron number; a withdrawn one must not reuse the old one.
    EXPECT_EQ(verdict.patronNumber.has_value(), c.expected == VerdictStatus::Eligible);
    EXPECT_FALSE(verdict.message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(BothConsentModels, VerdictTable, ::testing::ValuesIn(kCases),
    [](const auto &param) { return std::string(param.param.name); });

class VerdictServiceTest : public ::testing::TestWithParam<ConsentModel> {
protected:
    ManualClock clock { QDateTime(QDate(2026, 10, 1), QTime(10, 0), Qt::UTC) };
};

TEST_P(VerdictServiceTest, AValidCardWithNoRecordIsNotFound)
{
    test::TestStore fixture(GetParam());
    VerdictService service(fixture.store().database(), clock);
    const Verdict verdict = service.lookup(test::withLuhn(QStringLiteral("7654321")));
    EXPECT_EQ(verdict.status, VerdictStatus::NotFound);
    EXPECT_FALSE(verdict.student.has_value());
    EXPECT_FALSE(verdict.patronNumber.has_value());
}

TEST_P(VerdictServiceTest, CodesThatMatchNoCardRuleAreUnrecognized)
{
    test::TestStore fixture(GetParam());
    VerdictService service(fixture.store().database(), clock);
    for (const QString &code : { QStringLiteral("9780306406157"), QStringLiteral("hello"),
             QStringLiteral(""), QStringLiteral("   "), QStringLiteral("1234") }) {
        const Verdict verdict = service.lookup(code);
        EXPECT_EQ(verdict.status, VerdictStatus::Unrecognized) << qPrintable(code);
        EXPECT_FALSE(verdict.student.has_value());
    }
}

TEST_P(VerdictServiceTest, AWrongCheckDigitIsUnrecognizedAndSaysSo)
{
    test::TestStore fixture(GetParam());
    TestStudent s;
    s.number = QStringLiteral("1234567");
    s.consent = ConsentDecision::Granted;
    QString barcode = fixture.add(s);
    barcode[7]
        = QLatin1Char(barcode.at(7) == QLatin1Char('9') ? '0' : char(barcode.at(7).toLatin1() + 1));
    VerdictService service(fixture.store().database(), clock);
    const Verdict verdict = service.lookup(barcode);
    EXPECT_EQ(verdict.status, VerdictStatus::Unrecognized);
    EXPECT_TRUE(verdict.message.contains(QStringLiteral("check digit")));
    EXPECT_TRUE(verdict.checkDigitWrong);
    EXPECT_FALSE(service.lookup(QStringLiteral("hello")).checkDigitWrong);
}

INSTANTIATE_TEST_SUITE_P(BothConsentModels, VerdictServiceTest,
    ::testing::Values(ConsentModel::OptIn, ConsentModel::OptOut));

TEST(VerdictService, EligiblePatronNumberIsTheLibraryNumberWithAValidCheckDigit)
{
    test::TestStore fixture(ConsentModel::OptIn);
    TestStudent s;
    s.number = QStringLiteral("1234567");
    s.consent = ConsentDecision::Granted;
    const QString barcode = fixture.add(s);
    ManualClock clock(QDateTime(QDate(2026, 10, 1), QTime(10, 0), Qt::UTC));
    VerdictService service(fixture.store().database(), clock);
    // Scanners add an AIM identifier, whitespace and a terminator: all are ignored.
    const Verdict verdict
        = service.lookup(QStringLiteral("]C0") + barcode + QStringLiteral("\r\n"));
    ASSERT_EQ(verdict.status, VerdictStatus::Eligible);
    ASSERT_TRUE(verdict.patronNumber.has_value());
    // type digit 2, institution 3021, the student number padded to 8 digits, Luhn check digit
    EXPECT_EQ(*verdict.patronNumber, test::withLuhn(QStringLiteral("2302101234567")));
    EXPECT_EQ(verdict.patronNumber->size(), 14);
    EXPECT_TRUE(hasValidCheckDigit(*verdict.patronNumber, CheckDigitAlgorithm::Luhn));
}

TEST(VerdictService, TheDeskSummaryHoldsNoMoreThanTheDeskMaySee)
{
    test::TestStore fixture(ConsentModel::OptOut);
    TestStudent s;
    s.number = QStringLiteral("2345678");
    s.givenName = QStringLiteral("Ximena");
    s.familyName = QStringLiteral("valdivia");
    const QString barcode = fixture.add(s);
    ManualClock clock(QDateTime(QDate(2026, 10, 1), QTime(10, 0), Qt::UTC));
    VerdictService service(fixture.store().database(), clock);
    const Verdict verdict = service.lookup(barcode);
    ASSERT_TRUE(verdict.student.has_value());
    EXPECT_EQ(verdict.student->familyInitial, QStringLiteral("V"));
    EXPECT_EQ(verdict.student->school, QStringLiteral("North High School"));
    EXPECT_FALSE(verdict.message.contains(QStringLiteral("valdivia"), Qt::CaseInsensitive));
}
