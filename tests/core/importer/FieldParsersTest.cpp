#include "importer/FieldParsers.h"

#include <gtest/gtest.h>

namespace cardbridge::importer {
namespace {

const QDate kToday(2026, 9, 15);

struct DateCase {
    const char16_t *text;
    QDate expected;
};

class FieldParserDates : public ::testing::TestWithParam<DateCase> { };

TEST_P(FieldParserDates, ReadsEveryDocumentedForm)
{
    const DateCase &c = GetParam();
    const auto parsed = parseImportDate(QStringView(c.text), kToday);
    ASSERT_TRUE(parsed.has_value())
        << QString::fromUtf16(c.text).toStdString() << ": " << parsed.error().toStdString();
    EXPECT_EQ(*parsed, c.expected) << QString::fromUtf16(c.text).toStdString();
}

INSTANTIATE_TEST_SUITE_P(FieldParser, FieldParserDates,
    ::testing::Values(
        // ISO
        DateCase { u"2026-09-07", QDate(2026, 9, 7) }, DateCase { u"2026-9-7", QDate(2026, 9, 7) },
        DateCase { u" 2026-09-07 ", QDate(2026, 9, 7) },
        DateCase { u"2026-09-07T14:03:11Z", QDate(2026, 9, 7) },
        DateCase { u"2026-09-07 14:03", QDate(2026, 9, 7) },
        DateCase { u"2026/09/07", QDate(2026, 9, 7) },
        // US month/day/year, with and without leading zeros, two-digit years
        DateCase { u"9/7/2026", QDate(2026, 9, 7) }, DateCase { u"09/07/2026", QDate(2026, 9, 7) },
        DateCase { u"12/31/2025", QDate(2025, 12, 31) }, DateCase { u"9/7/26", QDate(2026, 9, 7) },
        DateCase { u"9/7/98", QDate(1998, 9, 7) },
        DateCase { u"9/7/2026 2:03:11 PM", QDate(2026, 9, 7) },
        // Day-month name-year
        DateCase { u"7-Sep-2026", QDate(2026, 9, 7) },
        DateCase { u"07-Sep-2026", QDate(2026, 9, 7) },
        DateCase { u"7-SEP-2026", QDate(2026, 9, 7) },
        DateCase { u"7-sept-2026", QDate(2026, 9, 7) },
        DateCase { u"7-September-2026", QDate(2026, 9, 7) },
        DateCase { u"7-Sep-26", QDate(2026, 9, 7) }, DateCase { u"7 Sep 2026", QDate(2026, 9, 7) },
        DateCase { u"29-Feb-2028", QDate(2028, 2, 29) },
        // Excel serial numbers (1900 date system)
        DateCase { u"46272", QDate(2026, 9, 7) }, DateCase { u"46272.5833", QDate(2026, 9, 7) },
        DateCase { u"1", QDate(1900, 1, 1) }, DateCase { u"59", QDate(1900, 2, 28) },
        DateCase { u"61", QDate(1900, 3, 1) }, DateCase { u"45658", QDate(2025, 1, 1) }));

struct DateProblem {
    const char16_t *text;
    const char *reason;
};

class FieldParserDateProblems : public ::testing::TestWithParam<DateProblem> { };

TEST_P(FieldParserDateProblems, ExplainsInPlainWords)
{
    const DateProblem &c = GetParam();
    const auto parsed = parseImportDate(QStringView(c.text), kToday);
    ASSERT_FALSE(parsed.has_value()) << QString::fromUtf16(c.text).toStdString();
    EXPECT_EQ(parsed.error().toStdString(), c.reason);
}

INSTANTIATE_TEST_SUITE_P(FieldParser, FieldParserDateProblems,
    ::testing::Values(DateProblem { u"", "date is empty" },
        DateProblem { u"soon",
            "date \"soon\" is not YYYY-MM-DD, M/D/YYYY, D-Mon-YYYY or an "
            "Excel date number" },
        DateProblem { u"2026-02-30", "date \"2026-02-30\" does not exist" },
        DateProblem { u"2/30/2026", "date \"2/30/2026\" does not exist" },
        DateProblem { u"31/12/2026",
            "date \"31/12/2026\" does not exist: dates with \"/\" are read as month/day/year" },
        DateProblem { u"07-09-2026",
            "date \"07-09-2026\" is not YYYY-MM-DD, M/D/YYYY, "
            "D-Mon-YYYY or an Excel date number" },
        DateProblem { u"7-Sem-2026",
            "date \"7-Sem-2026\" is not YYYY-MM-DD, M/D/YYYY, "
            "D-Mon-YYYY or an Excel date number" },
        DateProblem {
            u"60", "date number 60 is 29 February 1900, a day that never was (a spreadsheet bug)" },
        DateProblem { u"0", "date \"0\" is not a day a spreadsheet can hold" },
        DateProblem { u"20260907", "date \"20260907\" is not a day a spreadsheet can hold" },
        DateProblem { u"1/2/3/2026",
            "date \"1/2/3/2026\" is not YYYY-MM-DD, M/D/YYYY, "
            "D-Mon-YYYY or an Excel date number" }));

TEST(FieldParserDate, LongTextIsNeverQuoted)
{
    const QString text = QString(500, QLatin1Char('9')) + QLatin1String("/x");
    const auto parsed = parseImportDate(text, kToday);
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error(),
        QStringLiteral("date is not YYYY-MM-DD, M/D/YYYY, D-Mon-YYYY or an Excel date number"));
}

TEST(FieldParserDate, DoesNotJudgeTheFuture)
{
    // The validator decides what "in the future" means; the parser only reads.
    EXPECT_EQ(parseImportDate(u"2030-01-01", kToday).value(), QDate(2030, 1, 1));
}

struct ConsentCase {
    const char16_t *text;
    bool inverted;
    std::optional<ConsentDecision> expected;
};

class FieldParserConsent : public ::testing::TestWithParam<ConsentCase> { };

TEST_P(FieldParserConsent, ReadsDocumentedValues)
{
    const ConsentCase &c = GetParam();
    const auto parsed = parseConsentValue(QStringView(c.text), c.inverted);
    ASSERT_TRUE(parsed.has_value()) << QString::fromUtf16(c.text).toStdString();
    EXPECT_EQ(*parsed, c.expected)
        << QString::fromUtf16(c.text).toStdString() << (c.inverted ? " (opt-out column)" : "");
}

constexpr auto G = ConsentDecision::Granted;
constexpr auto D = ConsentDecision::Declined;
constexpr auto W = ConsentDecision::Withdrawn;

INSTANTIATE_TEST_SUITE_P(FieldParser, FieldParserConsent,
    ::testing::Values(ConsentCase { u"yes", false, G }, ConsentCase { u"YES", false, G },
        ConsentCase { u" Yes ", false, G }, ConsentCase { u"y", false, G },
        ConsentCase { u"true", false, G }, ConsentCase { u"TRUE", false, G },
        ConsentCase { u"1", false, G }, ConsentCase { u"granted", false, G },
        ConsentCase { u"opt-in", false, G }, ConsentCase { u"Opt In", false, G },
        ConsentCase { u"optin", false, G }, ConsentCase { u"opted in", false, G },
        ConsentCase { u"no", false, D }, ConsentCase { u"N", false, D },
        ConsentCase { u"false", false, D }, ConsentCase { u"0", false, D },
        ConsentCase { u"declined", false, D }, ConsentCase { u"opt-out", false, D },
        ConsentCase { u"Opted Out", false, D }, ConsentCase { u"withdrawn", false, W },
        ConsentCase { u"WITHDRAWN", false, W }, ConsentCase { u"", false, std::nullopt },
        ConsentCase { u"   ", false, std::nullopt },
        // Under an "opt out" column yes means the parent refused.
        ConsentCase { u"yes", true, D }, ConsentCase { u"Y", true, D },
        ConsentCase { u"true", true, D }, ConsentCase { u"1", true, D },
        ConsentCase { u"no", true, G }, ConsentCase { u"n", true, G },
        ConsentCase { u"false", true, G }, ConsentCase { u"0", true, G },
        ConsentCase { u"withdrawn", true, W }, ConsentCase { u"opted out", true, D },
        ConsentCase { u"granted", true, G }, ConsentCase { u"", true, std::nullopt }));

TEST(FieldParserConsentProblems, NamesShortValuesOnly)
{
    const auto maybe = parseConsentValue(u"maybe", false);
    ASSERT_FALSE(maybe.has_value());
    EXPECT_EQ(maybe.error(),
        QStringLiteral("consent value \"maybe\" is not yes/no, granted/declined/withdrawn or "
                       "opt-in/opt-out"));
    const auto longValue = parseConsentValue(QString(200, QLatin1Char('q')), false);
    ASSERT_FALSE(longValue.has_value());
    EXPECT_EQ(longValue.error(),
        QStringLiteral(
            "consent value is not yes/no, granted/declined/withdrawn or opt-in/opt-out"));
    EXPECT_FALSE(parseConsentValue(u"yés", false).has_value());
    EXPECT_FALSE(parseConsentValue(u"2", true).has_value());
}

TEST(FieldParserContact, PlausibleEmail)
{
    for (const char16_t *good : { u"pat@example.org", u" a.b+c@mail.example.edu ", u"x@y.co" })
        EXPECT_TRUE(plausibleEmail(QStringView(good))) << QString::fromUtf16(good).toStdString();
    for (const char16_t *bad : { u"", u"example.org", u"@example.org", u"pat@", u"pat@example",
             u"pat@@example.org", u"pat@.example.org", u"pat@example.org.", u"pat @example.org",
             u"a@b@c.org", u"pat@exa..mple.org", u"pat.@example.org" })
        EXPECT_FALSE(plausibleEmail(QStringView(bad))) << QString::fromUtf16(bad).toStdString();
}

TEST(FieldParserContact, PlausiblePhone)
{
    for (const char16_t *good :
        { u"555-0100", u"(555) 010-0199", u"+1 555 010 0199", u"555.010.0199", u"555-010-0199 x204",
            u"555-010-0199 ext. 12", u"5550100", u"+44 20 7946 0958", u"555-010-0199x9" })
        EXPECT_TRUE(plausiblePhone(QStringView(good))) << QString::fromUtf16(good).toStdString();
    for (const char16_t *bad :
        { u"", u"12345", u"555-01", u"1234567890123456", u"555-0100 x", u"call me",
            u"555-0100 ext. abc", u"555+0100123", u"555/010/0199", u"555-010-0199 x1234567" })
        EXPECT_FALSE(plausiblePhone(QStringView(bad))) << QString::fromUtf16(bad).toStdString();
}

TEST(FieldParserQuote, QuotesShortPrintableValuesOnly)
{
    EXPECT_EQ(quotedIfShort(u"13"), QStringLiteral("\"13\""));
    EXPECT_EQ(quotedIfShort(QString(40, QLatin1Char('a'))),
        QLatin1Char('"') + QString(40, QLatin1Char('a')) + QLatin1Char('"'));
    EXPECT_EQ(quotedIfShort(QString(41, QLatin1Char('a'))), QString());
    EXPECT_EQ(quotedIfShort(u"a\nb"), QString());
}

} // namespace
} // namespace cardbridge::importer
