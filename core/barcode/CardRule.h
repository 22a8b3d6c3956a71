#pragma once

#include "barcode/CheckDigit.h"
#include "barcode/Symbology.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cardbridge {

// How a school's ID card barcode is recognised (GUIDE section 3, "card rule").
struct CardRule {
    QList<Symbology> symbologies;
    QString prefix; // stripped when present (issuer or scanner prefix)
    QString suffix; // stripped when present
    QString pattern; // regular expression the normalised code must match in full; empty: any
    int minLength = 1; // of the normalised code, check digit included
    int maxLength = 32;
    CheckDigitAlgorithm checkDigit = CheckDigitAlgorithm::None;
    // How the card barcode is made from the school's student number, for imports: "{number}"
    // and "{check}" (the check digit over everything before it) are replaced; other characters
    // are literal. Empty: "{number}{check}" when there is a check digit, else "{number}".
    QString barcodeTemplate;

    // JSON form used in the agreement file and the store.
    QJsonObject toJson() const;
    // Fills `errors` with "field: problem" entries (relative paths) when invalid.
    static CardRule fromJson(const QJsonObject &json, QStringList *errors);
};

// Generic clean-up of anything a scanner or a person typed: trims whitespace and control
// characters (CR, LF, TAB, NUL), removes an AIM symbology identifier ("]C0", "]A0", ...),
// removes Codabar start/stop characters (A-D on both ends) and upper-cases.
QString normaliseScannedText(QStringView raw);

enum class CardMatch {
    Matched, // the code fits the rule; `code` holds the normalised card barcode
    NoMatch, // pattern, length or characters do not fit
    BadCheckDigit, // fits the pattern and length, but the check digit is wrong
};

struct CardRuleOutcome {
    CardMatch match = CardMatch::NoMatch;
    QString code;
};

// Applies normaliseScannedText, strips the rule's prefix and suffix, then checks pattern,
// length and check digit.
CardRuleOutcome applyCardRule(const CardRule &rule, QStringView raw);

// The card barcode this rule gives a student number (by barcodeTemplate), when it fits the
// rule; std::nullopt when it does not.
std::optional<QString> cardBarcodeForStudentNumber(const CardRule &rule, QStringView number);

// The one length a student number must have under this rule, when the rule fixes the card's
// length (min_length == max_length); leading zeros a spreadsheet stripped show as shorter.
std::optional<int> fixedStudentNumberLength(const CardRule &rule);

} // namespace cardbridge
