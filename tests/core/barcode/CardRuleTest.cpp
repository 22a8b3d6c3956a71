#include "barcode/CardRule.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

QString normalised(const char16_t *raw)
{
    return normaliseScannedText(QStringView(raw));
}

TEST(CardRuleNormalise, TrimsWhitespaceAndControlCharacters)
{
    EXPECT_EQ(normalised(u"  12345\r\n"), QStringLiteral("12345"));
    EXPECT_EQ(normalised(u"\t12345\t"), QStringLiteral("12345"));
    EXPECT_EQ(normaliseScannedText(QStringView(u"\0"
                                               u"\x01"
                                               u"12345"
                                               u"\0",
                  8)),
        QStringLiteral("12345"));
    EXPECT_EQ(normalised(u"\ufeff12345\u200b"), QStringLiteral("12345"));
    EXPECT_EQ(normalised(u" \r\n\t "), QString());
    EXPECT_EQ(normalised(u""), QString());
}

TEST(CardRuleNormalise, KeepsInnerSpaces)
{
    EXPECT_EQ(normalised(u" ab 12 "), QStringLiteral("AB 12"));
}

TEST(CardRuleNormalise, RemovesAimSymbologyIdentifier)
{
    EXPECT_EQ(normalised(u"]C012345"), QStringLiteral("12345"));
    EXPECT_EQ(normalised(u"]A0S1234567"), QStringLiteral("S1234567"));
    EXPECT_EQ(normalised(u"]F030234000517861"), QStringLiteral("30234000517861"));
    EXPECT_EQ(normalised(u"]L0ABC"), QStringLiteral("ABC"));
    EXPECT_EQ(normalised(u"]Q1stu:44"), QStringLiteral("STU:44"));
    EXPECT_EQ(normalised(u"\r\n]C0 12345 \n"), QStringLiteral("12345"));
    // Only at the start, and only in the ]<letter><modifier> shape.
    EXPECT_EQ(normalised(u"12]C0345"), QStringLiteral("12]C0345"));
    EXPECT_EQ(normalised(u"]C"), QStringLiteral("]C"));
    EXPECT_EQ(normalised(u"]1012"), QStringLiteral("]1012"));
}

TEST(CardRuleNormalise, RemovesCodabarStartStopOnlyWhenBothPresent)
{
    EXPECT_EQ(normalised(u"A30234000517861B"), QStringLiteral("30234000517861"));
    EXPECT_EQ(normalised(u"c12-34$5:6/7.8+9d"), QStringLiteral("12-34$5:6/7.8+9"));
    EXPECT_EQ(normalised(u"]F0A1234A"), QStringLiteral("1234"));
    EXPECT_EQ(normalised(u"A1234"), QStringLiteral("A1234"));
    EXPECT_EQ(normalised(u"1234B"), QStringLiteral("1234B"));
    // Not a Codabar body inside: a Code 39 card like "ABC123D" stays as it is.
    EXPECT_EQ(normalised(u"ABC123D"), QStringLiteral("ABC123D"));
    EXPECT_EQ(normalised(u"AB"), QStringLiteral("AB"));
    EXPECT_EQ(normalised(u"AED"), QStringLiteral("AED"));
}

TEST(CardRuleNormalise, UpperCases)
{
    EXPECT_EQ(normalised(u"s1234abc"), QStringLiteral("S1234ABC"));
}

// Found by card_rule_fuzzer (Latin-1 0xDF): full Unicode upper-casing may lengthen the text.
TEST(CardRuleNormalise, UpperCasingMayLengthen)
{
    EXPECT_EQ(normalised(u"1\u00df1"), QStringLiteral("1SS1"));
    CardRule rule;
    rule.symbologies = { Symbology::Code128 };
    rule.maxLength = 2; // "1ß" is two characters, "1SS" three
    EXPECT_EQ(applyCardRule(rule, u"1\u00df").match, CardMatch::NoMatch);
}

CardRule luhnRule()
{
    CardRule rule;
    rule.symbologies = { Symbology::Codabar };
    rule.pattern = QStringLiteral("\\d+");
    rule.minLength = 14;
    rule.maxLength = 14;
    rule.checkDigit = CheckDigitAlgorithm::Luhn;
    return rule;
}

TEST(CardRuleApply, MatchesAValidCode)
{
    const CardRuleOutcome outcome = applyCardRule(luhnRule(), u"A30234000517861B\r\n");
    EXPECT_EQ(outcome.match, CardMatch::Matched);
    EXPECT_EQ(outcome.code, QStringLiteral("30234000517861"));
}

TEST(CardRuleApply, BadCheckDigitOnlyWhenShapeFits)
{
    EXPECT_EQ(applyCardRule(luhnRule(), u"30234000517862").match, CardMatch::BadCheckDigit);
    EXPECT_EQ(applyCardRule(luhnRule(), u"3023400051786").match, CardMatch::NoMatch);
    EXPECT_EQ(applyCardRule(luhnRule(), u"302340005178610").match, CardMatch::NoMatch);
    EXPECT_EQ(applyCardRule(luhnRule(), u"3023400051786X").match, CardMatch::NoMatch);
}

TEST(CardRuleApply, NoMatchLeavesCodeEmpty)
{
    EXPECT_TRUE(applyCardRule(luhnRule(), u"hello").code.isEmpty());
}

TEST(CardRuleApply, EmptyInputNeverMatches)
{
    CardRule anything;
    anything.symbologies = { Symbology::Code128 };
    EXPECT_EQ(applyCardRule(anything, u"").match, CardMatch::NoMatch);
    EXPECT_EQ(applyCardRule(anything, u" \r\n").match, CardMatch::NoMatch);
    anything.minLength = 0;
    EXPECT_EQ(applyCardRule(anything, u"").match, CardMatch::NoMatch);
}

TEST(CardRuleApply, StripsPrefixAndSuffix)
{
    CardRule rule;
    rule.symbologies = { Symbology::Code39 };
    rule.prefix = QStringLiteral("sid");
    rule.suffix = QStringLiteral("/X");
    rule.pattern = QStringLiteral("[0-9]{6}");
    EXPECT_EQ(applyCardRule(rule, u"SID123456/X").code, QStringLiteral("123456"));
    EXPECT_EQ(applyCardRule(rule, u"]A0sid123456/x").code, QStringLiteral("123456"));
    // Prefix and suffix are optional ("stripped when present").
    EXPECT_EQ(applyCardRule(rule, u"123456").match, CardMatch::Matched);
    EXPECT_EQ(applyCardRule(rule, u"XID123456").match, CardMatch::NoMatch);
}

TEST(CardRuleApply, Code39Mod43WithPrefix)
{
    CardRule rule;
    rule.symbologies = { Symbology::Code39 };
    rule.prefix = QStringLiteral("S");
    rule.minLength = 4;
    rule.maxLength = 12;
    rule.checkDigit = CheckDigitAlgorithm::Code39Mod43;
    EXPECT_EQ(applyCardRule(rule, u"SCODE39W").code, QStringLiteral("CODE39W"));
    EXPECT_EQ(applyCardRule(rule, u"SCODE39X").match, CardMatch::BadCheckDigit);
    EXPECT_EQ(applyCardRule(rule, u"SCODE*9W").match, CardMatch::NoMatch);
}

TEST(CardRuleApply, PatternMustMatchInFull)
{
    CardRule rule;
    rule.symbologies = { Symbology::Code128 };
    rule.pattern = QStringLiteral("CB|[0-9]{4}");
    EXPECT_EQ(applyCardRule(rule, u"CB").match, CardMatch::Matched);
    EXPECT_EQ(applyCardRule(rule, u"1234").match, CardMatch::Matched);
    EXPECT_EQ(applyCardRule(rule, u"CB1234").match, CardMatch::NoMatch);
    EXPECT_EQ(applyCardRule(rule, u"12345").match, CardMatch::NoMatch);
}

TEST(CardRuleApply, InvalidPatternMatchesNothing)
{
    CardRule rule;
    rule.symbologies = { Symbology::Code128 };
    rule.pattern = QStringLiteral("([0-9]");
    EXPECT_EQ(applyCardRule(rule, u"1234").match, CardMatch::NoMatch);
}

TEST(CardRuleApply, IsFastWithACachedPattern)
{
    CardRule rule = luhnRule();
    rule.pattern = QStringLiteral("3[0-9]{4}(0[0-9]{3})[0-9]{5}");
    constexpr int kRounds = 20000;
    QElapsedTimer timer;
    timer.start();
    int matched = 0;
    for (int i = 0; i < kRounds; ++i)
        matched += applyCardRule(rule, u"]F0A30234000517861B\r\n").match == CardMatch::Matched;
    const double microsEach = double(timer.nsecsElapsed()) / 1000.0 / kRounds;
    EXPECT_EQ(matched, kRounds);
    // A few microseconds in release builds; generous for sanitizer and debug builds.
    EXPECT_LT(microsEach, 50.0);
}

TEST(CardRuleJson, RoundTrips)
{
    CardRule rule;
    rule.symbologies = { Symbology::Codabar, Symbology::QRCode };
    rule.prefix = QStringLiteral("P");
    rule.suffix = QStringLiteral("S");
    rule.pattern = QStringLiteral("\\d+");
    rule.minLength = 5;
    rule.maxLength = 14;
    rule.checkDigit = CheckDigitAlgorithm::Mod10Weight31;

    const QJsonObject json = rule.toJson();
    EXPECT_EQ(json.value(QStringLiteral("symbologies")).toArray(),
        QJsonArray({ QStringLiteral("Codabar"), QStringLiteral("QRCode") }));
    EXPECT_EQ(json.value(QStringLiteral("check_digit")).toString(), QStringLiteral("mod10_31"));
    EXPECT_EQ(json.value(QStringLiteral("min_length")).toInt(), 5);

    QStringList errors;
    const CardRule back = CardRule::fromJson(json, &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_EQ(back.symbologies, rule.symbologies);
    EXPECT_EQ(back.prefix, rule.prefix);
    EXPECT_EQ(back.suffix, rule.suffix);
    EXPECT_EQ(back.pattern, rule.pattern);
    EXPECT_EQ(back.minLength, rule.minLength);
    EXPECT_EQ(back.maxLength, rule.maxLength);
    EXPECT_EQ(back.checkDigit, rule.checkDigit);
}

TEST(CardRuleJson, MissingOptionalKeysTakeDefaults)
{
    QStringList errors;
    const CardRule rule = CardRule::fromJson(
        QJsonObject { { QStringLiteral("symbologies"), QJsonArray { QStringLiteral("code 39") } } },
        &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_EQ(rule.symbologies, QList<Symbology> { Symbology::Code39 });
    EXPECT_TRUE(rule.prefix.isEmpty());
    EXPECT_TRUE(rule.pattern.isEmpty());
    EXPECT_EQ(rule.minLength, CardRule {}.minLength);
    EXPECT_EQ(rule.maxLength, CardRule {}.maxLength);
    EXPECT_EQ(rule.checkDigit, CheckDigitAlgorithm::None);
}

QStringList errorsFor(const QJsonObject &json)
{
    QStringList errors;
    CardRule::fromJson(json, &errors);
    return errors;
}

TEST(CardRuleJson, SymbologiesAreRequired)
{
    EXPECT_EQ(errorsFor({}), QStringList { QStringLiteral("symbologies: required") });
    EXPECT_EQ(errorsFor({ { QStringLiteral("symbologies"), QJsonArray {} } }).size(), 1);
    EXPECT_EQ(errorsFor({ { QStringLiteral("symbologies"), QStringLiteral("Code39") } }).size(), 1);
}

TEST(CardRuleJson, ReportsUnknownSymbologyWithIndex)
{
    const QStringList errors = errorsFor({ { QStringLiteral("symbologies"),
        QJsonArray { QStringLiteral("Code39"), QStringLiteral("Foo"), 7 } } });
    EXPECT_EQ(errors,
        (QStringList { QStringLiteral("symbologies[1]: unknown symbology \"Foo\""),
            QStringLiteral("symbologies[2]: must be a string") }));
}

TEST(CardRuleJson, ReportsInvalidPattern)
{
    const QStringList errors
        = errorsFor({ { QStringLiteral("symbologies"), QJsonArray { QStringLiteral("QR") } },
            { QStringLiteral("pattern"), QStringLiteral("([0-9]") } });
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors[0].startsWith(QStringLiteral("pattern: invalid regular expression: ")))
        << errors[0].toStdString();
}

TEST(CardRuleJson, ReportsBadLengthsAndKeys)
{
    const QJsonArray qr { QStringLiteral("QR") };
    EXPECT_EQ(
        errorsFor({ { QStringLiteral("symbologies"), qr }, { QStringLiteral("min_length"), 0 } }),
        QStringList { QStringLiteral("min_length: must be between 1 and max_length") });
    EXPECT_EQ(errorsFor({ { QStringLiteral("symbologies"), qr },
                  { QStringLiteral("min_length"), 10 }, { QStringLiteral("max_length"), 8 } }),
        QStringList { QStringLiteral("min_length: must be between 1 and max_length") });
    EXPECT_EQ(
        errorsFor({ { QStringLiteral("symbologies"), qr }, { QStringLiteral("max_length"), 0 } })
            .size(),
        1);
    EXPECT_EQ(
        errorsFor({ { QStringLiteral("symbologies"), qr }, { QStringLiteral("min_length"), 2.5 } }),
        QStringList { QStringLiteral("min_length: must be a whole number") });
    EXPECT_EQ(
        errorsFor({ { QStringLiteral("symbologies"), qr }, { QStringLiteral("prefix"), 12 } }),
        QStringList { QStringLiteral("prefix: must be a string") });
    const QStringList checkErrors = errorsFor({ { QStringLiteral("symbologies"), qr },
        { QStringLiteral("check_digit"), QStringLiteral("mod11") } });
    ASSERT_EQ(checkErrors.size(), 1);
    EXPECT_TRUE(
        checkErrors[0].startsWith(QStringLiteral("check_digit: unknown algorithm \"mod11\"")));
}

} // namespace
} // namespace cardbridge
