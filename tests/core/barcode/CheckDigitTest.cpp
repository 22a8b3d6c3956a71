#include "barcode/CheckDigit.h"

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

struct KnownCode {
    CheckDigitAlgorithm algorithm;
    const char16_t *code; // check character last
};

// Published examples: the library number from GUIDE section 4, the classic Luhn sample, a
// test card number, EAN-13 / UPC-A / EAN-8 labels, and Code 39 mod 43 samples
// (CODE39: 12+24+13+14+3+9 = 75 = 43+32 -> 'W'; "%%%": 3*42 = 126 = 2*43+40 -> '/').
const KnownCode kValidCodes[] = {
    { CheckDigitAlgorithm::Luhn, u"30234000517861" },
    { CheckDigitAlgorithm::Luhn, u"79927398713" },
    { CheckDigitAlgorithm::Luhn, u"4111111111111111" },
    { CheckDigitAlgorithm::Luhn, u"00" },
    { CheckDigitAlgorithm::Mod10Weight31, u"4006381333931" },
    { CheckDigitAlgorithm::Mod10Weight31, u"036000291452" },
    { CheckDigitAlgorithm::Mod10Weight31, u"96385074" },
    { CheckDigitAlgorithm::Code39Mod43, u"CODE39W" },
    { CheckDigitAlgorithm::Code39Mod43, u"HELLO WORLD." },
    { CheckDigitAlgorithm::Code39Mod43, u"%%%/" },
    { CheckDigitAlgorithm::Code39Mod43, u"00" },
};

class CheckDigitKnownValues : public ::testing::TestWithParam<KnownCode> { };

TEST_P(CheckDigitKnownValues, ValidatesAndComputes)
{
    const QString code = QString::fromUtf16(GetParam().code);
    EXPECT_TRUE(hasValidCheckDigit(code, GetParam().algorithm));
    EXPECT_EQ(computeCheckDigit(QStringView(code).chopped(1), GetParam().algorithm), code.back());
}

// Every single-character change of a valid code must be caught (mod 10 with digits, mod 43
// with its own alphabet, catch all single substitutions).
TEST_P(CheckDigitKnownValues, EverySingleSubstitutionIsInvalid)
{
    const QString code = QString::fromUtf16(GetParam().code);
    const bool digits = GetParam().algorithm != CheckDigitAlgorithm::Code39Mod43;
    const QString alphabet = digits ? QStringLiteral("0123456789")
                                    : QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%");
    for (qsizetype i = 0; i < code.size(); ++i) {
        for (QChar replacement : alphabet) {
            if (replacement == code[i])
                continue;
            QString changed = code;
            changed[i] = replacement;
            EXPECT_FALSE(hasValidCheckDigit(changed, GetParam().algorithm))
                << "position " << i << " -> " << replacement.toLatin1();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Barcode, CheckDigitKnownValues, ::testing::ValuesIn(kValidCodes));

TEST(CheckDigit, LuhnLibraryNumberOneDigitChangeIsInvalid)
{
    EXPECT_TRUE(hasValidCheckDigit(u"30234000517861", CheckDigitAlgorithm::Luhn));
    EXPECT_FALSE(hasValidCheckDigit(u"30234000517862", CheckDigitAlgorithm::Luhn));
    EXPECT_FALSE(hasValidCheckDigit(u"30234000527861", CheckDigitAlgorithm::Luhn));
    EXPECT_EQ(computeCheckDigit(u"3023400051786", CheckDigitAlgorithm::Luhn), QChar(u'1'));
}

TEST(CheckDigit, RejectsCharactersOutsideTheAlphabet)
{
    EXPECT_FALSE(hasValidCheckDigit(u"3023400051786X", CheckDigitAlgorithm::Luhn));
    EXPECT_FALSE(computeCheckDigit(u"12A4", CheckDigitAlgorithm::Luhn));
    EXPECT_FALSE(computeCheckDigit(u"12 4", CheckDigitAlgorithm::Mod10Weight31));
    // Arabic-Indic digits are digits to Unicode, not to a library system.
    EXPECT_FALSE(computeCheckDigit(u"\u0661\u0662", CheckDigitAlgorithm::Luhn));
    EXPECT_FALSE(computeCheckDigit(u"code39", CheckDigitAlgorithm::Code39Mod43));
    EXPECT_FALSE(computeCheckDigit(u"AB*C", CheckDigitAlgorithm::Code39Mod43));
    EXPECT_FALSE(hasValidCheckDigit(u"\u00c9W", CheckDigitAlgorithm::Code39Mod43));
}

TEST(CheckDigit, EmptyAndTooShort)
{
    EXPECT_FALSE(computeCheckDigit(u"", CheckDigitAlgorithm::Luhn));
    EXPECT_FALSE(hasValidCheckDigit(u"", CheckDigitAlgorithm::Luhn));
    EXPECT_FALSE(hasValidCheckDigit(u"0", CheckDigitAlgorithm::Luhn));
    EXPECT_FALSE(hasValidCheckDigit(u"", CheckDigitAlgorithm::None));
}

TEST(CheckDigit, NoneAcceptsAnythingNonEmptyAndComputesNothing)
{
    EXPECT_TRUE(hasValidCheckDigit(u"x", CheckDigitAlgorithm::None));
    EXPECT_TRUE(hasValidCheckDigit(u"ANY THING 123", CheckDigitAlgorithm::None));
    EXPECT_FALSE(computeCheckDigit(u"123", CheckDigitAlgorithm::None));
}

TEST(CheckDigit, CoversMatchesTheAlphabet)
{
    EXPECT_TRUE(checkDigitCovers(u"0123", CheckDigitAlgorithm::Luhn));
    EXPECT_FALSE(checkDigitCovers(u"01A3", CheckDigitAlgorithm::Mod10Weight31));
    EXPECT_TRUE(checkDigitCovers(u"A-1 $/+%.", CheckDigitAlgorithm::Code39Mod43));
    EXPECT_FALSE(checkDigitCovers(u"a", CheckDigitAlgorithm::Code39Mod43));
    EXPECT_TRUE(checkDigitCovers(u"ä", CheckDigitAlgorithm::None));
    EXPECT_FALSE(checkDigitCovers(u"", CheckDigitAlgorithm::None));
}

TEST(CheckDigit, KeysRoundTrip)
{
    const struct {
        CheckDigitAlgorithm algorithm;
        const char *key;
    } keys[] = {
        { CheckDigitAlgorithm::None, "none" },
        { CheckDigitAlgorithm::Luhn, "luhn" },
        { CheckDigitAlgorithm::Mod10Weight31, "mod10_31" },
        { CheckDigitAlgorithm::Code39Mod43, "code39_mod43" },
    };
    for (const auto &entry : keys) {
        EXPECT_EQ(checkDigitAlgorithmKey(entry.algorithm), QLatin1String(entry.key));
        EXPECT_EQ(checkDigitAlgorithmFromKey(QString::fromLatin1(entry.key)), entry.algorithm);
    }
    EXPECT_EQ(checkDigitAlgorithmFromKey(u"LUHN"), CheckDigitAlgorithm::Luhn);
    EXPECT_FALSE(checkDigitAlgorithmFromKey(u"mod11"));
    EXPECT_FALSE(checkDigitAlgorithmFromKey(u""));
}

} // namespace
} // namespace cardbridge
