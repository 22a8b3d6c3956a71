#include "barcode/PatronNumberRule.h"

#include "barcode/JsonFields.h"

namespace cardbridge {

namespace {

const QLatin1String kKind("kind");
const QLatin1String kPrefix("prefix");
const QLatin1String kPadTo("pad_to");
const QLatin1String kTypeDigit("type_digit");
const QLatin1String kInstitution("institution");
const QLatin1String kCheckDigit("check_digit");
const QLatin1String kMaxLength("max_length");
const QLatin1String kPrefixed("prefixed");
const QLatin1String kLibraryNumber("library_number");

// A library number is type digit + 4-digit institution + number, 13 digits before the check.
constexpr qsizetype kLibraryNumberBody = 13;
constexpr qsizetype kInstitutionDigits = 4;
constexpr int kLongestPatronNumber = 64;

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

bool isAsciiAlnum(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')))
            return false;
    }
    return true;
}

// Printable ASCII without spaces: what fits in an ILS barcode field and a Codabar/Code 39 label.
bool isPlainPrefix(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() <= u' ' || c.unicode() > u'~')
            return false;
    }
    return true;
}

QString zeroPadded(QStringView number, qsizetype width)
{
    QString padded(qMax<qsizetype>(0, width - number.size()), u'0');
    padded.append(number);
    return padded;
}

// Messages never repeat the student number (GUIDE section 6).
Result<QString> derivePrefixed(const PatronNumberRule &rule, QStringView number)
{
    if (!isAsciiAlnum(number))
        return fail(ErrorCode::Validation,
            QStringLiteral("The student number must contain only letters and digits."));
    if (rule.padTo > 0 && number.size() > rule.padTo)
        return fail(ErrorCode::Validation,
            QStringLiteral("The student number has more than %1 characters.").arg(rule.padTo));
    return rule.prefix + zeroPadded(number, rule.padTo);
}

Result<QString> deriveLibraryNumber(const PatronNumberRule &rule, QStringView number)
{
    if (rule.typeDigit.size() != 1 || !isAsciiDigits(rule.typeDigit))
        return fail(ErrorCode::Validation, QStringLiteral("The type digit must be one digit."));
    if (rule.institution.size() != kInstitutionDigits || !isAsciiDigits(rule.institution))
        return fail(ErrorCode::Validation,
            QStringLiteral("The institution code must be exactly 4 digits."));
    if (!isAsciiDigits(number))
        return fail(
            ErrorCode::Validation, QStringLiteral("The student number must contain only digits."));
    const qsizetype room = kLibraryNumberBody - 1 - kInstitutionDigits;
    if (number.size() > room)
        return fail(ErrorCode::Validation,
            QStringLiteral("The student number has more than %1 digits.").arg(room));
    QString body = rule.typeDigit + rule.institution + zeroPadded(number, room);
    if (rule.checkDigit != CheckDigitAlgorithm::None) {
        const std::optional<QChar> check = computeCheckDigit(body, rule.checkDigit);
        if (!check)
            return fail(ErrorCode::Validation,
                QStringLiteral("No check digit could be computed for the library number."));
        body.append(*check);
    }
    return body;
}

} // namespace

Result<QString> derivePatronNumber(const PatronNumberRule &rule, QStringView studentNumber)
{
    const QStringView number = studentNumber.trimmed();
    if (number.isEmpty())
        return fail(ErrorCode::Validation, QStringLiteral("The student number is empty."));
    Result<QString> patron = rule.kind == PatronNumberRule::Kind::LibraryNumber
        ? deriveLibraryNumber(rule, number)
        : derivePrefixed(rule, number);
    if (patron && patron->size() > rule.maxLength)
        return fail(ErrorCode::Validation,
            QStringLiteral("The patron number would be longer than %1 characters.")
                .arg(rule.maxLength));
    return patron;
}

QJsonObject PatronNumberRule::toJson() const
{
    QJsonObject json { { kMaxLength, maxLength } };
    if (kind == Kind::LibraryNumber) {
        json.insert(kKind, kLibraryNumber);
        json.insert(kTypeDigit, typeDigit);
        json.insert(kInstitution, institution);
        json.insert(kCheckDigit, checkDigitAlgorithmKey(checkDigit));
    } else {
        json.insert(kKind, kPrefixed);
        json.insert(kPrefix, prefix);
        json.insert(kPadTo, padTo);
    }
    return json;
}

namespace {

void readPrefixed(const QJsonObject &json, PatronNumberRule *rule, QStringList *errors)
{
    if (jsonfields::readString(json, kPrefix, &rule->prefix, errors)
        && !isPlainPrefix(rule->prefix)) {
        errors->append(QStringLiteral("prefix: must be printable ASCII without spaces"));
    }
    if (jsonfields::readInt(json, kPadTo, &rule->padTo, errors)
        && (rule->padTo < 0 || rule->padTo > rule->maxLength)) {
        errors->append(QStringLiteral("pad_to: must be between 0 and max_length"));
    } else if (rule->prefix.size() + rule->padTo > rule->maxLength) {
        errors->append(QStringLiteral("pad_to: prefix plus padding is longer than max_length"));
    }
}

void readLibraryNumber(const QJsonObject &json, PatronNumberRule *rule, QStringList *errors)
{
    if (jsonfields::readString(json, kTypeDigit, &rule->typeDigit, errors)
        && (rule->typeDigit.size() != 1 || !isAsciiDigits(rule->typeDigit))) {
        errors->append(QStringLiteral("type_digit: must be one digit"));
    }
    if (jsonfields::readRequiredString(json, kInstitution, &rule->institution, errors)
        && (rule->institution.size() != kInstitutionDigits || !isAsciiDigits(rule->institution))) {
        errors->append(QStringLiteral("institution: must be exactly 4 digits"));
    }
    QString key;
    if (jsonfields::readString(json, kCheckDigit, &key, errors)) {
        if (const auto algorithm = checkDigitAlgorithmFromKey(key))
            rule->checkDigit = *algorithm;
        else
            errors->append(QStringLiteral("check_digit: unknown algorithm ")
                + jsonfields::quoted(key)
                + QStringLiteral(" (none, luhn, mod10_31, code39_mod43)"));
    }
    const qsizetype length
        = kLibraryNumberBody + (rule->checkDigit == CheckDigitAlgorithm::None ? 0 : 1);
    if (rule->maxLength < length)
        errors->append(
            QStringLiteral("max_length: a library number needs %1 characters").arg(length));
}

} // namespace

PatronNumberRule PatronNumberRule::fromJson(const QJsonObject &json, QStringList *errors)
{
    PatronNumberRule rule;
    if (jsonfields::readInt(json, kMaxLength, &rule.maxLength, errors)
        && (rule.maxLength < 1 || rule.maxLength > kLongestPatronNumber)) {
        errors->append(
            QStringLiteral("max_length: must be between 1 and %1").arg(kLongestPatronNumber));
    }
    QString kind;
    if (!jsonfields::readRequiredString(json, kKind, &kind, errors))
        return rule;
    if (kind == kLibraryNumber) {
        rule.kind = Kind::LibraryNumber;
        readLibraryNumber(json, &rule, errors);
    } else if (kind == kPrefixed) {
        rule.kind = Kind::Prefixed;
        readPrefixed(json, &rule, errors);
    } else {
        errors->append(QStringLiteral("kind: unknown kind ") + jsonfields::quoted(kind)
            + QStringLiteral(" (prefixed, library_number)"));
    }
    return rule;
}

} // namespace cardbridge
