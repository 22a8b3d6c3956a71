#pragma once

#include "barcode/CheckDigit.h"
#include "common/Error.h"

#include <QJsonObject>
#include <QString>

namespace cardbridge {

// How the library patron barcode is derived from a student number (GUIDE section 3).
struct PatronNumberRule {
    enum class Kind {
        Prefixed, // prefix + student number, left-padded with zeros to `padTo` digits
        LibraryNumber, // 14-digit Codabar library number: type digit + institution + number + check
    };
    Kind kind = Kind::Prefixed;
    QString prefix; // Prefixed: e.g. "990000"
    int padTo = 0; // Prefixed: 0 = no padding
    QString typeDigit = QStringLiteral("2"); // LibraryNumber
    QString institution; // LibraryNumber: 4 digits
    CheckDigitAlgorithm checkDigit = CheckDigitAlgorithm::Luhn; // LibraryNumber
    int maxLength = 20; // Polaris limit for PatronBarcode

    QJsonObject toJson() const;
    static PatronNumberRule fromJson(const QJsonObject &json, QStringList *errors);
};

// The patron number for a student number, or Validation when it cannot be made (the
// student number is not all digits for LibraryNumber, or the result is too long).
Result<QString> derivePatronNumber(const PatronNumberRule &rule, QStringView studentNumber);

} // namespace cardbridge
