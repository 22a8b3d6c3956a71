#include "barcode/PatronNumberRule.h"

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

PatronNumberRule prefixedRule()
{
    PatronNumberRule rule;
    rule.kind = PatronNumberRule::Kind::Prefixed;
    rule.prefix = QStringLiteral("990000");
    rule.padTo = 7;
    return rule;
}

PatronNumberRule libraryRule()
{
    PatronNumberRule rule;
    rule.kind = PatronNumberRule::Kind::LibraryNumber;
    rule.typeDigit = QStringLiteral("2");
    rule.institution = QStringLiteral("1234");
    return rule;
}

TEST(PatronNumberPrefixed, PrefixesAndPads)
{
    EXPECT_EQ(
        derivePatronNumber(prefixedRule(), u"1234567").value(), QStringLiteral("9900001234567"));
    EXPECT_EQ(derivePatronNumber(prefixedRule(), u"4567").value(), QStringLiteral("9900000004567"));
    EXPECT_EQ(
        derivePatronNumber(prefixedRule(), u" 4567\n").value(), QStringLiteral("9900000004567"));
}

TEST(PatronNumberPrefixed, NoPaddingWhenPadToIsZero)
{
    PatronNumberRule rule = prefixedRule();
    rule.padTo = 0;
    EXPECT_EQ(derivePatronNumber(rule, u"45").value(), QStringLiteral("99000045"));
}

TEST(PatronNumberPrefixed, TooLongForPaddingIsValidation)
{
    const auto result = derivePatronNumber(prefixedRule(), u"12345678");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Validation);
    // Messages never carry the number itself.
    EXPECT_FALSE(result.error().message.contains(QStringLiteral("12345678")));
}

TEST(PatronNumberPrefixed, RejectsEmptyAndOddCharacters)
{
    EXPECT_FALSE(derivePatronNumber(prefixedRule(), u""));
    EXPECT_FALSE(derivePatronNumber(prefixedRule(), u"  "));
    EXPECT_FALSE(derivePatronNumber(prefixedRule(), u"12 34"));
    EXPECT_FALSE(derivePatronNumber(prefixedRule(), u"12;34"));
}

TEST(PatronNumberPrefixed, ResultLongerThanMaxLengthIsValidation)
{
    PatronNumberRule rule = prefixedRule();
    rule.padTo = 0;
    rule.maxLength = 10;
    EXPECT_TRUE(derivePatronNumber(rule, u"1234"));
    const auto result = derivePatronNumber(rule, u"12345");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Validation);
}

TEST(PatronNumberLibrary, BuildsA14DigitLuhnNumber)
{
    const auto result = derivePatronNumber(libraryRule(), u"567");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->size(), 14);
    EXPECT_TRUE(result->startsWith(QStringLiteral("2123400000567")));
    EXPECT_TRUE(hasValidCheckDigit(*result, CheckDigitAlgorithm::Luhn));
}

TEST(PatronNumberLibrary, ReproducesTheKnownLibraryNumber)
{
    PatronNumberRule rule = libraryRule();
    rule.typeDigit = QStringLiteral("3");
    rule.institution = QStringLiteral("0234");
    EXPECT_EQ(derivePatronNumber(rule, u"00051786").value(), QStringLiteral("30234000517861"));
    EXPECT_EQ(derivePatronNumber(rule, u"51786").value(), QStringLiteral("30234000517861"));
}

TEST(PatronNumberLibrary, OtherCheckDigitSchemes)
{
    PatronNumberRule rule = libraryRule();
    rule.checkDigit = CheckDigitAlgorithm::Mod10Weight31;
    const auto weighted = derivePatronNumber(rule, u"42");
    ASSERT_TRUE(weighted);
    EXPECT_TRUE(hasValidCheckDigit(*weighted, CheckDigitAlgorithm::Mod10Weight31));
    rule.checkDigit = CheckDigitAlgorithm::None;
    EXPECT_EQ(derivePatronNumber(rule, u"42").value(), QStringLiteral("2123400000042"));
}

TEST(PatronNumberLibrary, StudentNumberMustBeDigitsAndFit)
{
    EXPECT_TRUE(derivePatronNumber(libraryRule(), u"12345678"));
    for (const char16_t *bad : { u"123456789", u"12A4", u"-12", u"\u0661\u0662", u"" }) {
        const auto result = derivePatronNumber(libraryRule(), QStringView(bad));
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().code, ErrorCode::Validation);
    }
}

TEST(PatronNumberLibrary, InvalidRuleIsValidation)
{
    PatronNumberRule rule = libraryRule();
    rule.institution = QStringLiteral("123");
    EXPECT_FALSE(derivePatronNumber(rule, u"1"));
    rule = libraryRule();
    rule.typeDigit = QStringLiteral("22");
    EXPECT_FALSE(derivePatronNumber(rule, u"1"));
    rule = libraryRule();
    rule.maxLength = 13;
    EXPECT_FALSE(derivePatronNumber(rule, u"1"));
}

QStringList errorsFor(const QJsonObject &json)
{
    QStringList errors;
    PatronNumberRule::fromJson(json, &errors);
    return errors;
}

TEST(PatronNumberJson, PrefixedRoundTrips)
{
    const PatronNumberRule rule = prefixedRule();
    QStringList errors;
    const PatronNumberRule back = PatronNumberRule::fromJson(rule.toJson(), &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_EQ(back.kind, PatronNumberRule::Kind::Prefixed);
    EXPECT_EQ(back.prefix, rule.prefix);
    EXPECT_EQ(back.padTo, rule.padTo);
    EXPECT_EQ(back.maxLength, rule.maxLength);
    EXPECT_EQ(rule.toJson().value(QStringLiteral("kind")).toString(), QStringLiteral("prefixed"));
}

TEST(PatronNumberJson, LibraryNumberRoundTrips)
{
    PatronNumberRule rule = libraryRule();
    rule.checkDigit = CheckDigitAlgorithm::Mod10Weight31;
    rule.maxLength = 14;
    const QJsonObject json = rule.toJson();
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("library_number"));
    EXPECT_EQ(json.value(QStringLiteral("institution")).toString(), QStringLiteral("1234"));
    QStringList errors;
    const PatronNumberRule back = PatronNumberRule::fromJson(json, &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_EQ(back.kind, PatronNumberRule::Kind::LibraryNumber);
    EXPECT_EQ(back.typeDigit, rule.typeDigit);
    EXPECT_EQ(back.institution, rule.institution);
    EXPECT_EQ(back.checkDigit, rule.checkDigit);
    EXPECT_EQ(back.maxLength, 14);
}

TEST(PatronNumberJson, DefaultsForLibraryNumber)
{
    QStringList errors;
    const PatronNumberRule rule = PatronNumberRule::fromJson(
        { { QStringLiteral("kind"), QStringLiteral("library_number") },
            { QStringLiteral("institution"), QStringLiteral("0234") } },
        &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_EQ(rule.typeDigit, QStringLiteral("2"));
    EXPECT_EQ(rule.checkDigit, CheckDigitAlgorithm::Luhn);
    EXPECT_EQ(rule.maxLength, 20);
}

TEST(PatronNumberJson, ReportsProblems)
{
    const QString kind = QStringLiteral("kind");
    const QString library = QStringLiteral("library_number");
    EXPECT_EQ(errorsFor({}), QStringList { QStringLiteral("kind: required") });
    EXPECT_EQ(errorsFor({ { kind, QStringLiteral("magic") } }).size(), 1);
    EXPECT_EQ(
        errorsFor({ { kind, library } }), QStringList { QStringLiteral("institution: required") });
    EXPECT_EQ(
        errorsFor({ { kind, library }, { QStringLiteral("institution"), QStringLiteral("12a4") } }),
        QStringList { QStringLiteral("institution: must be exactly 4 digits") });
    EXPECT_EQ(
        errorsFor({ { kind, library }, { QStringLiteral("institution"), QStringLiteral("1234") },
            { QStringLiteral("type_digit"), QStringLiteral("x") } }),
        QStringList { QStringLiteral("type_digit: must be one digit") });
    EXPECT_EQ(
        errorsFor({ { kind, library }, { QStringLiteral("institution"), QStringLiteral("1234") },
                      { QStringLiteral("check_digit"), QStringLiteral("mod11") } })
            .size(),
        1);
    EXPECT_EQ(
        errorsFor({ { kind, library }, { QStringLiteral("institution"), QStringLiteral("1234") },
                      { QStringLiteral("max_length"), 10 } })
            .size(),
        1);
    EXPECT_EQ(errorsFor({ { kind, QStringLiteral("prefixed") }, { QStringLiteral("pad_to"), -1 } })
                  .size(),
        1);
    EXPECT_EQ(errorsFor({ { kind, QStringLiteral("prefixed") },
                            { QStringLiteral("prefix"), QStringLiteral("9900000000") },
                            { QStringLiteral("pad_to"), 12 } })
                  .size(),
        1);
    EXPECT_EQ(errorsFor({ { kind, QStringLiteral("prefixed") },
                            { QStringLiteral("prefix"), QStringLiteral("99 00") } })
                  .size(),
        1);
    EXPECT_EQ(
        errorsFor({ { kind, QStringLiteral("prefixed") }, { QStringLiteral("max_length"), 0 } })
            .size(),
        1);
}

} // namespace
} // namespace cardbridge
