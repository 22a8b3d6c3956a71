#include "demo/DemoAgreement.h"

namespace cardbridge {

namespace {

CardRule rule(Symbology symbology, QString pattern, int length, CheckDigitAlgorithm check)
{
    CardRule cardRule;
    cardRule.symbologies = { symbology };
    cardRule.pattern = std::move(pattern);
    cardRule.minLength = length;
    cardRule.maxLength = length;
    cardRule.checkDigit = check;
    return cardRule;
}

} // namespace

Agreement demoAgreement(const QDate &today)
{
    Agreement agreement;
    agreement.name = QStringLiteral("Riverbend library card program (demo)");
    agreement.partnerDistrict = QStringLiteral("Riverbend Unified School District (synthetic)");
    const int startYear = today.month() >= 8 ? today.year() : today.year() - 1;
    agreement.schoolYearStart = QDate(startYear, 8, 1);
    agreement.schoolYearEnd = QDate(startYear + 1, 7, 31);
    agreement.consentModel = ConsentModel::OptOut;
    agreement.gradesInScope = { QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
        QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12") };
    agreement.patronRule.kind = PatronNumberRule::Kind::LibraryNumber;
    agreement.patronRule.typeDigit = QStringLiteral("2");
    agreement.patronRule.institution = QStringLiteral("3021");
    agreement.patronRule.checkDigit = CheckDigitAlgorithm::Luhn;

    CardRule mcm = rule(Symbology::Code39, QStringLiteral("2[0-9]{6}[0-9A-Z. $/+%-]"), 8,
        CheckDigitAlgorithm::Code39Mod43);
    mcm.prefix = QStringLiteral("S");
    CardRule lhs
        = rule(Symbology::Code128, QStringLiteral("LHS3[0-9]{6}"), 10, CheckDigitAlgorithm::None);
    lhs.barcodeTemplate = QStringLiteral("LHS{number}");
    CardRule oes
        = rule(Symbology::QRCode, QStringLiteral("OES-4[0-9]{6}"), 11, CheckDigitAlgorithm::None);
    oes.barcodeTemplate = QStringLiteral("OES-{number}");
    agreement.schools = {
        { QStringLiteral("RHS"), QStringLiteral("Riverbend High School"),
            rule(Symbology::Codabar, QStringLiteral("1[0-9]{7}"), 8, CheckDigitAlgorithm::Luhn) },
        { QStringLiteral("LHS"), QStringLiteral("Lakeside High School"), lhs },
        { QStringLiteral("MCM"), QStringLiteral("Mill Creek Middle School"), mcm },
        { QStringLiteral("OES"), QStringLiteral("Oak Elementary School"), oes },
    };
    return agreement;
}

QString demoCardBarcode(const QString &schoolCode, const QString &studentNumber)
{
    if (schoolCode == QStringLiteral("RHS"))
        return studentNumber
            + computeCheckDigit(studentNumber, CheckDigitAlgorithm::Luhn)
                  .value_or(QLatin1Char('0'));
    if (schoolCode == QStringLiteral("MCM"))
        return studentNumber
            + computeCheckDigit(studentNumber, CheckDigitAlgorithm::Code39Mod43)
                  .value_or(QLatin1Char('0'));
    if (schoolCode == QStringLiteral("LHS"))
        return QStringLiteral("LHS") + studentNumber;
    return QStringLiteral("OES-") + studentNumber;
}

} // namespace cardbridge
