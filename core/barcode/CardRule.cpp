#include "barcode/CardRule.h"

#include "barcode/JsonFields.h"
#include "barcode/RegexCache.h"

#include <QJsonArray>

namespace cardbridge {

namespace {

const QLatin1String kSymbologies("symbologies");
const QLatin1String kPrefix("prefix");
const QLatin1String kSuffix("suffix");
const QLatin1String kPattern("pattern");
const QLatin1String kMinLength("min_length");
const QLatin1String kMaxLength("max_length");
const QLatin1String kCheckDigit("check_digit");
const QLatin1String kBarcodeTemplate("barcode_from_student_number");
const QLatin1String kNumberToken("{number}");
const QLatin1String kCheckToken("{check}");

// Longest card code a rule may ask for; keeps a typo in the agreement file from meaning "any".
constexpr int kLongestCode = 256;

bool isJunk(QChar c)
{
    if (c.isSpace())
        return true;
    const QChar::Category category = c.category();
    // Other_Format covers the byte-order mark and zero-width characters some tools paste.
    return category == QChar::Other_Control || category == QChar::Other_Format;
}

QStringView trimJunk(QStringView text)
{
    while (!text.isEmpty() && isJunk(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isJunk(text.back()))
        text.chop(1);
    return text;
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiLetter(c) || (u >= u'0' && u <= u'9');
}

// ISO/IEC 15424: ']' + symbology code letter + one modifier character.
QStringView stripAimIdentifier(QStringView text)
{
    if (text.size() >= 3 && text[0] == u']' && isAsciiLetter(text[1]) && isAsciiAlnum(text[2]))
        return text.sliced(3);
    return text;
}

bool isCodabarStartStop(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'D') || (u >= u'a' && u <= u'd');
}

bool isCodabarBody(QStringView body)
{
    if (body.isEmpty())
        return false;
    for (QChar c : body) {
        const char16_t u = c.unicode();
        const bool digit = u >= u'0' && u <= u'9';
        if (!digit && !QLatin1String("-$:/.+").contains(c))
            return false;
    }
    return true;
}

// Only when both ends carry A-D and the inside is Codabar data: "A1234B" but not "ABC123".
QStringView stripCodabarStartStop(QStringView text)
{
    if (text.size() >= 3 && isCodabarStartStop(text.front()) && isCodabarStartStop(text.back())
        && isCodabarBody(text.sliced(1, text.size() - 2))) {
        return text.sliced(1, text.size() - 2);
    }
    return text;
}

} // namespace

QString normaliseScannedText(QStringView raw)
{
    QStringView text = trimJunk(raw);
    text = trimJunk(stripAimIdentifier(text));
    text = stripCodabarStartStop(text);
    return text.toString().toUpper();
}

CardRuleOutcome applyCardRule(const CardRule &rule, QStringView raw)
{
    const QString normalised = normaliseScannedText(raw);
    QStringView code = normalised;
    // The normalised text is upper case; the rule's prefix and suffix may not be.
    if (!rule.prefix.isEmpty() && code.startsWith(rule.prefix, Qt::CaseInsensitive))
        code = code.sliced(rule.prefix.size());
    if (!rule.suffix.isEmpty() && code.endsWith(rule.suffix, Qt::CaseInsensitive))
        code.chop(rule.suffix.size());

    CardRuleOutcome outcome;
    if (code.isEmpty() || code.size() < rule.minLength || code.size() > rule.maxLength)
        return outcome;
    if (!rule.pattern.isEmpty() && !regexcache::matchesFully(rule.pattern, code))
        return outcome;
    if (!checkDigitCovers(code, rule.checkDigit))
        return outcome;
    outcome.code = code.toString();
    outcome.match
        = hasValidCheckDigit(code, rule.checkDigit) ? CardMatch::Matched : CardMatch::BadCheckDigit;
    return outcome;
}

namespace {

QString effectiveTemplate(const CardRule &rule)
{
    if (!rule.barcodeTemplate.isEmpty())
        return rule.barcodeTemplate;
    return rule.checkDigit == CheckDigitAlgorithm::None ? QString(kNumberToken)
                                                        : kNumberToken + kCheckToken;
}

} // namespace

std::optional<QString> cardBarcodeForStudentNumber(const CardRule &rule, QStringView number)
{
    if (number.isEmpty())
        return std::nullopt;
    QString barcode = effectiveTemplate(rule);
    barcode.replace(kNumberToken, number.toString().toUpper());
    if (const qsizetype at = barcode.indexOf(kCheckToken); at >= 0) {
        const std::optional<QChar> check
            = computeCheckDigit(QStringView(barcode).first(at), rule.checkDigit);
        if (!check)
            return std::nullopt;
        barcode.replace(at, kCheckToken.size(), *check);
    }
    const CardRuleOutcome outcome = applyCardRule(rule, barcode);
    if (outcome.match != CardMatch::Matched)
        return std::nullopt;
    return outcome.code;
}

std::optional<int> fixedStudentNumberLength(const CardRule &rule)
{
    if (rule.minLength != rule.maxLength)
        return std::nullopt;
    QString shape = effectiveTemplate(rule);
    const qsizetype literal = shape.remove(kNumberToken).remove(kCheckToken).size();
    const int checkLength = effectiveTemplate(rule).contains(kCheckToken) ? 1 : 0;
    const int length = rule.minLength - int(literal) - checkLength;
    if (length < 1)
        return std::nullopt;
    return length;
}

QJsonObject CardRule::toJson() const
{
    QJsonArray names;
    for (Symbology symbology : symbologies)
        names.append(symbologyName(symbology));
    QJsonObject json {
        { kSymbologies, names },
        { kPrefix, prefix },
        { kSuffix, suffix },
        { kPattern, pattern },
        { kMinLength, minLength },
        { kMaxLength, maxLength },
        { kCheckDigit, checkDigitAlgorithmKey(checkDigit) },
    };
    if (!barcodeTemplate.isEmpty())
        json.insert(kBarcodeTemplate, barcodeTemplate);
    return json;
}

namespace {

void readSymbologies(const QJsonObject &json, CardRule *rule, QStringList *errors)
{
    const QJsonValue value = json.value(kSymbologies);
    if (value.isUndefined() || value.isNull()) {
        errors->append(QStringLiteral("symbologies: required"));
        return;
    }
    const QJsonArray names = value.toArray();
    if (!value.isArray() || names.isEmpty()) {
        errors->append(QStringLiteral("symbologies: must be a non-empty array of names"));
        return;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString where = QStringLiteral("symbologies[%1]: ").arg(i);
        if (!names.at(i).isString()) {
            errors->append(where + QStringLiteral("must be a string"));
            continue;
        }
        const QString name = names.at(i).toString();
        const std::optional<Symbology> symbology = symbologyFromName(name);
        if (!symbology) {
            errors->append(where + QStringLiteral("unknown symbology ") + jsonfields::quoted(name));
            continue;
        }
        if (!rule->symbologies.contains(*symbology))
            rule->symbologies.append(*symbology);
    }
}

void readLengths(const QJsonObject &json, CardRule *rule, QStringList *errors)
{
    jsonfields::readInt(json, kMinLength, &rule->minLength, errors);
    jsonfields::readInt(json, kMaxLength, &rule->maxLength, errors);
    if (rule->maxLength < 1 || rule->maxLength > kLongestCode) {
        errors->append(QStringLiteral("max_length: must be between 1 and %1").arg(kLongestCode));
        return;
    }
    if (rule->minLength < 1 || rule->minLength > rule->maxLength)
        errors->append(QStringLiteral("min_length: must be between 1 and max_length"));
}

} // namespace

CardRule CardRule::fromJson(const QJsonObject &json, QStringList *errors)
{
    CardRule rule;
    readSymbologies(json, &rule, errors);
    jsonfields::readString(json, kPrefix, &rule.prefix, errors);
    jsonfields::readString(json, kSuffix, &rule.suffix, errors);
    if (jsonfields::readString(json, kPattern, &rule.pattern, errors) && !rule.pattern.isEmpty()) {
        const QString problem = regexcache::patternError(rule.pattern);
        if (!problem.isEmpty())
            errors->append(QStringLiteral("pattern: invalid regular expression: ") + problem);
    }
    readLengths(json, &rule, errors);
    if (jsonfields::readString(json, kBarcodeTemplate, &rule.barcodeTemplate, errors)
        && !rule.barcodeTemplate.contains(kNumberToken))
        errors->append(QStringLiteral("barcode_from_student_number: must contain {number}"));
    QString key;
    if (jsonfields::readString(json, kCheckDigit, &key, errors)) {
        if (const auto algorithm = checkDigitAlgorithmFromKey(key))
            rule.checkDigit = *algorithm;
        else
            errors->append(QStringLiteral("check_digit: unknown algorithm ")
                + jsonfields::quoted(key)
                + QStringLiteral(" (none, luhn, mod10_31, code39_mod43)"));
    }
    return rule;
}

} // namespace cardbridge
