#include "support/TestStore.h"

#include "barcode/CheckDigit.h"
#include "store/AgreementRepository.h"

#include <gtest/gtest.h>

namespace cardbridge::test {

namespace {
const QDateTime kLoadTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
}

QString withLuhn(const QString &digits)
{
    return digits + computeCheckDigit(digits, CheckDigitAlgorithm::Luhn).value_or(QLatin1Char('?'));
}

Agreement testAgreement(ConsentModel model)
{
    Agreement agreement;
    agreement.name = QStringLiteral("Test agreement");
    agreement.partnerDistrict = QStringLiteral("Test Unified");
    agreement.schoolYearStart = QDate(2026, 8, 1);
    agreement.schoolYearEnd = QDate(2027, 7, 31);
    agreement.consentModel = model;
    agreement.gradesInScope
        = { QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12") };
    agreement.patronRule.kind = PatronNumberRule::Kind::LibraryNumber;
    agreement.patronRule.institution = QStringLiteral("3021");
    CardRule rule;
    rule.symbologies = { Symbology::Code128 };
    rule.pattern = QStringLiteral("[0-9]{8}");
    rule.minLength = 8;
    rule.maxLength = 8;
    rule.checkDigit = CheckDigitAlgorithm::Luhn;
    agreement.schools = { { QStringLiteral("NHS"), QStringLiteral("North High School"), rule },
        { QStringLiteral("OLD"), QStringLiteral("Old Town High"), rule } };
    return agreement;
}

TestStore::TestStore(ConsentModel model)
    : m_path(m_folder.file(QStringLiteral("test.store")))
{
    auto created = Store::create(m_path, passphrase(), quickKdf());
    if (!created) {
        ADD_FAILURE() << qPrintable(created.error().message);
        return;
    }
    m_store = std::move(*created);
    AgreementRepository agreements(m_store->database());
    Agreement agreement = testAgreement(model);
    EXPECT_TRUE(agreements.apply(agreement, kLoadTime).has_value());
    agreement.schools.removeLast(); // the next version of the agreement dropped "OLD"
    EXPECT_TRUE(agreements.apply(agreement, kLoadTime).has_value());
}

QString TestStore::add(const TestStudent &student)
{
    auto schools = AgreementRepository(m_store->database()).schools();
    qint64 schoolId = 0;
    for (const SchoolRecord &school : *schools)
        if (school.code == student.school)
            schoolId = school.id;
    StudentRepository students(m_store->database());
    NewStudent row { schoolId, student.number, student.givenName, student.familyName, student.grade,
        QStringLiteral("guardian@example.org"), QString(), QString() };
    auto id = students.insert(row, kLoadTime);
    EXPECT_TRUE(id.has_value());
    const QString barcode = withLuhn(student.number);
    EXPECT_TRUE(students.addCard(*id, schoolId, barcode, student.card, kLoadTime).has_value());
    if (student.consent) {
        ConsentRecord record;
        record.studentId = *id;
        record.decision = *student.consent;
        record.givenBy = QStringLiteral("A. Guardian");
        record.decidedOn = QDate(2026, 8, 20);
        record.channel = QStringLiteral("registration packet");
        record.validUntil = student.consentValidUntil;
        EXPECT_TRUE(students.recordConsent(record, kLoadTime).has_value());
    }
    if (student.departed) {
        EXPECT_TRUE(students.markDeparted(*id, kLoadTime).has_value());
    }
    return barcode;
}

} // namespace cardbridge::test
