#include "barcode/CheckDigit.h"

#include <array>

namespace cardbridge {

namespace {

struct AlgorithmEntry {
    CheckDigitAlgorithm algorithm;
    QLatin1String key;
};

constexpr std::array<AlgorithmEntry, 4> kAlgorithms { {
    { CheckDigitAlgorithm::None, QLatin1String("none") },
    { CheckDigitAlgorithm::Luhn, QLatin1String("luhn") },
    { CheckDigitAlgorithm::Mod10Weight31, QLatin1String("mod10_31") },
    { CheckDigitAlgorithm::Code39Mod43, QLatin1String("code39_mod43") },
} };

// The 43 characters of Code 39 in check-value order (ISO/IEC 16388).
constexpr QLatin1String kCode39Charset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%");

// ASCII digits only: QChar::isDigit() also accepts Arabic-Indic and other digits.
int asciiDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') ? int(u - u'0') : -1;
}

int code39Value(QChar c)
{
    if (c.unicode() > 0x7f)
        return -1;
    return int(kCode39Charset.indexOf(c));
}

// Sum of digits weighted from the right, the rightmost payload digit taking `firstWeight`.
// Luhn: weights 2,1,... with digit sums; mod10_31: weights 3,1,...
std::optional<int> weightedMod10(QStringView payload, bool luhn)
{
    int sum = 0;
    bool heavy = true; // the rightmost payload digit sits next to the check digit
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        const int digit = asciiDigit(payload[i]);
        if (digit < 0)
            return std::nullopt;
        if (luhn) {
            const int doubled = heavy ? digit * 2 : digit;
            sum += doubled > 9 ? doubled - 9 : doubled;
        } else {
            sum += heavy ? digit * 3 : digit;
        }
        heavy = !heavy;
    }
    return (10 - sum % 10) % 10;
}

std::optional<QChar> code39Mod43(QStringView payload)
{
    int sum = 0;
    for (QChar c : payload) {
        const int value = code39Value(c);
        if (value < 0)
            return std::nullopt;
        sum = (sum + value) % 43;
    }
    return QChar(kCode39Charset.at(sum));
}

} // namespace

QString checkDigitAlgorithmKey(CheckDigitAlgorithm algorithm)
{
    for (const auto &entry : kAlgorithms) {
        if (entry.algorithm == algorithm)
            return entry.key;
    }
    return {};
}

std::optional<CheckDigitAlgorithm> checkDigitAlgorithmFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (const auto &entry : kAlgorithms) {
        if (trimmed.compare(entry.key, Qt::CaseInsensitive) == 0)
            return entry.algorithm;
    }
    return std::nullopt;
}

bool hasValidCheckDigit(QStringView code, CheckDigitAlgorithm algorithm)
{
    if (algorithm == CheckDigitAlgorithm::None)
        return !code.isEmpty();
    if (code.size() < 2)
        return false;
    const std::optional<QChar> expected = computeCheckDigit(code.chopped(1), algorithm);
    return expected && *expected == code.back();
}

std::optional<QChar> computeCheckDigit(QStringView payload, CheckDigitAlgorithm algorithm)
{
    if (payload.isEmpty())
        return std::nullopt;
    switch (algorithm) {
    case CheckDigitAlgorithm::None:
        return std::nullopt;
    case CheckDigitAlgorithm::Luhn:
    case CheckDigitAlgorithm::Mod10Weight31: {
        const auto digit = weightedMod10(payload, algorithm == CheckDigitAlgorithm::Luhn);
        if (!digit)
            return std::nullopt;
        return QChar(char16_t(u'0' + *digit));
    }
    case CheckDigitAlgorithm::Code39Mod43:
        return code39Mod43(payload);
    }
    return std::nullopt;
}

bool checkDigitCovers(QStringView text, CheckDigitAlgorithm algorithm)
{
    if (algorithm == CheckDigitAlgorithm::None)
        return !text.isEmpty();
    // Computing over the whole text visits every character with the algorithm's alphabet.
    return computeCheckDigit(text, algorithm).has_value();
}

} // namespace cardbridge
