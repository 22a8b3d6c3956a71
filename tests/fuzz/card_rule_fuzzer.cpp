// libFuzzer target for everything that reads what a scanner or a person typed: the scan
// normaliser, card rules (fixed ones and ones parsed from the input as JSON) and the patron
// number derivation. Besides crashes it checks the promises the headers make.
#include "barcode/CardRule.h"
#include "barcode/PatronNumberRule.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace cardbridge;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

QList<CardRule> makeRules()
{
    CardRule luhn;
    luhn.symbologies = { Symbology::Codabar };
    luhn.pattern = QStringLiteral("[0-9]+");
    luhn.minLength = 14;
    luhn.maxLength = 14;
    luhn.checkDigit = CheckDigitAlgorithm::Luhn;

    CardRule code39;
    code39.symbologies = { Symbology::Code39 };
    code39.prefix = QStringLiteral("SID");
    code39.suffix = QStringLiteral("/");
    code39.minLength = 4;
    code39.maxLength = 16;
    code39.checkDigit = CheckDigitAlgorithm::Code39Mod43;

    CardRule pattern;
    pattern.symbologies = { Symbology::Code128, Symbology::QRCode };
    pattern.pattern = QStringLiteral("(S|T)[0-9]{5,8}(-[A-Z]{1,3})?|STU:[0-9]+");
    pattern.maxLength = 24;
    pattern.checkDigit = CheckDigitAlgorithm::None;
    return { luhn, code39, pattern };
}

PatronNumberRule makePrefixed()
{
    PatronNumberRule rule;
    rule.prefix = QStringLiteral("990000");
    rule.padTo = 7;
    return rule;
}

PatronNumberRule makeLibrary()
{
    PatronNumberRule rule;
    rule.kind = PatronNumberRule::Kind::LibraryNumber;
    rule.institution = QStringLiteral("0234");
    rule.typeDigit = QStringLiteral("3");
    return rule;
}

void checkOutcome(const CardRule &rule, const CardRuleOutcome &outcome)
{
    if (outcome.match == CardMatch::NoMatch) {
        require(outcome.code.isEmpty());
        return;
    }
    require(!outcome.code.isEmpty());
    require(outcome.code.size() >= rule.minLength && outcome.code.size() <= rule.maxLength);
    require(
        hasValidCheckDigit(outcome.code, rule.checkDigit) == (outcome.match == CardMatch::Matched));
}

void checkPatron(const PatronNumberRule &rule, QStringView studentNumber)
{
    const Result<QString> patron = derivePatronNumber(rule, studentNumber);
    if (!patron) {
        require(patron.error().code == ErrorCode::Validation);
        return;
    }
    require(!patron->isEmpty() && patron->size() <= rule.maxLength);
    if (rule.kind == PatronNumberRule::Kind::LibraryNumber) {
        require(patron->size() == 14);
        require(hasValidCheckDigit(*patron, rule.checkDigit));
    }
}

void fuzzText(QStringView text)
{
    static const QList<CardRule> rules = makeRules();
    static const PatronNumberRule prefixed = makePrefixed();
    static const PatronNumberRule library = makeLibrary();

    const QString normalised = normaliseScannedText(text);
    // Only trimming shrinks it; upper-casing may lengthen ("ß" -> "SS"), at most threefold.
    require(normalised.size() <= 3 * text.size());
    for (const CardRule &rule : rules)
        checkOutcome(rule, applyCardRule(rule, text));
    checkPatron(prefixed, text);
    checkPatron(library, text);
    checkPatron(library, normalised);
}

// Rules as they arrive in an agreement file: whatever parses must be safe to apply.
void fuzzJson(const QByteArray &bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return;
    QStringList errors;
    const CardRule rule = CardRule::fromJson(document.object(), &errors);
    if (errors.isEmpty()) {
        checkOutcome(rule, applyCardRule(rule, u"]C0A30234000517861B\r\n"));
        require(CardRule::fromJson(rule.toJson(), &errors).toJson() == rule.toJson());
    }
    errors.clear();
    const PatronNumberRule patronRule = PatronNumberRule::fromJson(document.object(), &errors);
    if (errors.isEmpty())
        checkPatron(patronRule, u"51786");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzzText(QString::fromUtf8(bytes));
    fuzzText(QString::fromLatin1(bytes));
    fuzzJson(bytes);
    return 0;
}
