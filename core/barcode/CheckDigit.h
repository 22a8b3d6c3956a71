#pragma once

#include <QString>

#include <optional>

namespace cardbridge {

// Check-digit schemes for card and patron numbers. Pluggable by name: several mod-10
// variants exist in the field (GUIDE section 3).
enum class CheckDigitAlgorithm {
    None,
    Luhn, // mod 10, weights 2,1 from the right ("30234000517861" is valid)
    Mod10Weight31, // mod 10, weights 3,1 from the right (EAN/UPC style)
    Code39Mod43, // Code 39 mod 43 over the Code 39 character set
};

// "none", "luhn", "mod10_31", "code39_mod43".
QString checkDigitAlgorithmKey(CheckDigitAlgorithm algorithm);
std::optional<CheckDigitAlgorithm> checkDigitAlgorithmFromKey(QStringView key);

// True when the last character of `code` is the correct check character for the rest.
// None accepts anything non-empty.
bool hasValidCheckDigit(QStringView code, CheckDigitAlgorithm algorithm);
// The check character to append to `payload`, or nullopt if payload has characters the
// algorithm does not cover. None and an empty payload give nullopt (nothing to append).
std::optional<QChar> computeCheckDigit(QStringView payload, CheckDigitAlgorithm algorithm);
// True when every character of `text` is one the algorithm works over (ASCII digits for the
// mod 10 schemes, the 43 Code 39 characters for mod 43). None covers any non-empty text.
bool checkDigitCovers(QStringView text, CheckDigitAlgorithm algorithm);

} // namespace cardbridge
