#include "importer/RowValidator.h"

#include "demo/DemoAgreement.h"

#include <gtest/gtest.h>

namespace cardbridge::importer {
namespace {

const QDate kToday(2026, 9, 15);

// The demo district's four schools, plus one whose numbers may start with zero and one that
// the agreement no longer covers.
ValidationContext demoContext()
{
    ValidationContext context;
    const Agreement agreement = demoAgreement(kToday);
    qint64 id = 1;
    for (const SchoolDefinition &school : agreement.schools)
        context.schools.append(
            SchoolRecord { id++, school.code, school.name, true, school.cardRule });
    CardRule zeros;
    zeros.symbologies = { Symbology::Code128 };
    zeros.pattern = QStringLiteral("[0-9]{7}");
    zeros.minLength = 7;
    zeros.maxLength = 7;
    context.schools.append(
        SchoolRecord { 5, QStringLiteral("ZHS"), QStringLiteral("Zero Hill School"), true, zeros });
    context.schools.append(SchoolRecord { 6, QStringLiteral("OLD"),
        QStringLiteral("Old Mill School"), false, agreement.schools.first().cardRule });
    context.agreement = agreement;
    context.today = kToday;
    return context;
}

const QStringList kHeader { QStringLiteral("Student ID"), QStringLiteral("First Name"),
    QStringLiteral("Last Name"), QStringLiteral("Grade"), QStringLiteral("School"),
    QStringLiteral("Consent"), QStringLiteral("Date Signed"), QStringLiteral("Parent/Guardian"),
    QStringLiteral("Form Version"), QStringLiteral("Channel"), QStringLiteral("Email"),
    QStringLiteral("Phone"), QStringLiteral("Address") };

using Cells = QList<std::pair<QString, QString>>;

// A valid synthetic row of kHeader (or `header`) with some cells replaced.
SourceRow makeRow(const Cells &changes = {}, int line = 2, const QStringList &header = kHeader)
{
    const QHash<QString, QString> base {
        { QStringLiteral("Student ID"), QStringLiteral("1234567") },
        { QStringLiteral("First Name"), QStringLiteral("Avery") },
        { QStringLiteral("Last Name"), QStringLiteral("Testperson") },
        { QStringLiteral("Grade"), QStringLiteral("09") },
        { QStringLiteral("School"), QStringLiteral("RHS") },
        { QStringLiteral("Consent"), QStringLiteral("Yes") },
        { QStringLiteral("Date Signed"), QStringLiteral("2026-09-01") },
        { QStringLiteral("Parent/Guardian"), QStringLiteral("Robin Testperson") },
        { QStringLiteral("Form Version"), QStringLiteral("2026-A") },
        { QStringLiteral("Channel"), QStringLiteral("registration packet") },
        { QStringLiteral("Email"), QStringLiteral("robin@example.org") },
        { QStringLiteral("Phone"), QStringLiteral("555-010-0199") },
        { QStringLiteral("Address"), QStringLiteral("1 Example Way") },
    };
    SourceRow row;
    row.line = line;
    for (const QString &name : header) {
        QString value = base.value(name);
        for (const auto &[column, changed] : changes)
            if (column == name)
                value = changed;
        row.cells.append(value);
    }
    return row;
}

RowValidator validatorFor(const QStringList &header = kHeader, ValidationOptions options = {},
    ValidationContext context = demoContext())
{
    return RowValidator(header, autoMapColumns(header).mapping, std::move(context), options);
}

std::string describe(const QList<Finding> &findings)
{
    std::string text;
    for (const Finding &finding : findings)
        text += "[line " + std::to_string(finding.line) + ", " + finding.column.toStdString() + ": "
            + finding.reason.toStdString() + "] ";
    return text;
}

TEST(RowValidator, AcceptsAValidRowInStoreTerms)
{
    const RowValidator validator = validatorFor();
    EXPECT_TRUE(validator.mappingProblems().isEmpty());
    QList<Finding> findings;
    const std::optional<ImportRow> row = validator.validate(makeRow({}, 7), &findings);
    ASSERT_TRUE(row.has_value()) << describe(findings);
    EXPECT_TRUE(findings.isEmpty()) << describe(findings);
    EXPECT_EQ(row->line, 7);
    EXPECT_EQ(row->schoolId, 1);
    EXPECT_EQ(row->studentNumber, QStringLiteral("1234567"));
    EXPECT_EQ(row->cardBarcode, demoCardBarcode(QStringLiteral("RHS"), QStringLiteral("1234567")));
    EXPECT_EQ(row->givenName, QStringLiteral("Avery"));
    EXPECT_EQ(row->familyName, QStringLiteral("Testperson"));
    EXPECT_EQ(row->grade, QStringLiteral("9"));
    EXPECT_EQ(row->decision, ConsentDecision::Granted);
    EXPECT_EQ(row->decidedOn, QDate(2026, 9, 1));
    EXPECT_EQ(row->guardian, QStringLiteral("Robin Testperson"));
    EXPECT_EQ(row->formVersion, QStringLiteral("2026-A"));
    EXPECT_EQ(row->channel, QStringLiteral("registration packet"));
    EXPECT_EQ(row->email, QStringLiteral("robin@example.org"));
    EXPECT_EQ(row->phone, QStringLiteral("555-010-0199"));
    EXPECT_EQ(row->address, QStringLiteral("1 Example Way"));
    EXPECT_FALSE(row->departed);
}

struct SchoolCase {
    const char16_t *school;
    const char16_t *number;
    qint64 schoolId;
    const char16_t *code;
};

class RowValidatorSchools : public ::testing::TestWithParam<SchoolCase> { };

TEST_P(RowValidatorSchools, DerivesTheCardBarcodeByEachSchoolsRule)
{
    const SchoolCase &c = GetParam();
    QList<Finding> findings;
    const auto row = validatorFor().validate(
        makeRow({ { QStringLiteral("School"), QString::fromUtf16(c.school) },
            { QStringLiteral("Student ID"), QString::fromUtf16(c.number) } }),
        &findings);
    ASSERT_TRUE(row.has_value()) << describe(findings);
    EXPECT_EQ(row->schoolId, c.schoolId);
    EXPECT_EQ(row->studentNumber, QString::fromUtf16(c.number).trimmed());
    EXPECT_EQ(row->cardBarcode,
        demoCardBarcode(QString::fromUtf16(c.code), QString::fromUtf16(c.number).trimmed()));
}

INSTANTIATE_TEST_SUITE_P(RowValidator, RowValidatorSchools,
    ::testing::Values(SchoolCase { u"RHS", u"1000001", 1, u"RHS" },
        SchoolCase { u"riverbend high school ", u" 1234567 ", 1, u"RHS" },
        SchoolCase { u"LHS", u"3000042", 2, u"LHS" },
        SchoolCase { u"Lakeside High School", u"3999999", 2, u"LHS" },
        SchoolCase { u"mcm", u"2000017", 3, u"MCM" },
        SchoolCase { u"OES", u"4000123", 4, u"OES" }));

struct Problem {
    const char *name;
    Cells changes;
    const char *column;
    const char *reason;
};

class RowValidatorProblems : public ::testing::TestWithParam<Problem> { };

TEST_P(RowValidatorProblems, RejectsWithLineColumnAndPlainReason)
{
    const Problem &c = GetParam();
    QList<Finding> findings;
    const auto row = validatorFor().validate(makeRow(c.changes, 14), &findings);
    EXPECT_FALSE(row.has_value());
    ASSERT_EQ(findings.size(), 1) << describe(findings);
    EXPECT_EQ(findings.first().line, 14);
    EXPECT_EQ(findings.first().column.toStdString(), c.column);
    EXPECT_EQ(findings.first().reason.toStdString(), c.reason);
    EXPECT_EQ(findings.first().severity, Finding::Severity::Error);
    // Privacy: reasons may end up in logs; they never hold a number or a name.
    for (const auto &[column, value] : c.changes) {
        const bool personal = column == QStringLiteral("Student ID")
            || column.endsWith(QStringLiteral("Name")) || column == QStringLiteral("Email")
            || column == QStringLiteral("Phone");
        if (personal && !value.isEmpty()) {
            EXPECT_FALSE(findings.first().reason.contains(value));
        }
    }
}

Cells change(const char *column, const QString &value)
{
    return { { QLatin1String(column), value } };
}

Cells change(const char *column, const char *value)
{
    return change(column, QString::fromUtf8(value));
}

INSTANTIATE_TEST_SUITE_P(RowValidator, RowValidatorProblems,
    ::testing::Values(Problem { "GradeThirteen", change("Grade", "13"), "Grade",
                          "grade \"13\" is not TK, K or 1-12" },
        Problem {
            "GradePreK", change("Grade", "PK"), "Grade", "grade \"PK\" is not TK, K or 1-12" },
        Problem { "GradeMissing", change("Grade", " "), "Grade", "grade is missing" },
        Problem { "GradeLong", change("Grade", QString(60, QLatin1Char('9'))), "Grade",
            "grade is not TK, K or 1-12" },
        Problem {
            "NumberMissing", change("Student ID", ""), "Student ID", "student number is missing" },
        Problem { "NumberWrongSchool", change("Student ID", "3000042"), "Student ID",
            "student number does not fit the card rule of Riverbend High School (7 characters)" },
        Problem { "NumberLetters", change("Student ID", "12345AB"), "Student ID",
            "student number does not fit the card rule of Riverbend High School (7 characters)" },
        Problem { "NumberTooLong", change("Student ID", "12345678"), "Student ID",
            "student number does not fit the card rule of Riverbend High School (7 characters)" },
        Problem {
            "GivenNameMissing", change("First Name", ""), "First Name", "given name is missing" },
        Problem {
            "FamilyNameMissing", change("Last Name", "  "), "Last Name", "family name is missing" },
        Problem { "SchoolUnknown", change("School", "XYZ"), "School",
            "school \"XYZ\" is not one of the agreement's schools (RHS, LHS, MCM, OES, ZHS)" },
        Problem { "SchoolOutOfAgreement", change("School", "Old Mill School"), "School",
            "school \"Old Mill School\" is not in the current agreement" },
        Problem { "SchoolMissing", change("School", ""), "School", "school is missing" },
        Problem { "ConsentUnknown", change("Consent", "maybe"), "Consent",
            "consent value \"maybe\" is not yes/no, granted/declined/withdrawn or opt-in/opt-out" },
        Problem { "DateFuture", change("Date Signed", "2026-09-16"), "Date Signed",
            "date 2026-09-16 is in the future" },
        Problem { "DateFutureSerial", change("Date Signed", "46281"), "Date Signed",
            "date 2026-09-16 is in the future" },
        Problem { "DateFutureUs", change("Date Signed", "1/5/2027"), "Date Signed",
            "date 2027-01-05 is in the future" },
        Problem { "DateDayFirst", change("Date Signed", "31/8/2026"), "Date Signed",
            "date \"31/8/2026\" does not exist: dates with \"/\" are read as month/day/year" },
        Problem { "DateUnreadable", change("Date Signed", "last week"), "Date Signed",
            "date \"last week\" is not YYYY-MM-DD, M/D/YYYY, D-Mon-YYYY or an Excel date number" },
        Problem { "DateFakeLeapDay", change("Date Signed", "60"), "Date Signed",
            "date number 60 is 29 February 1900, a day that never was (a spreadsheet bug)" },
        Problem { "EmailImplausible", change("Email", "robin at example"), "Email",
            "email address does not look like one" },
        Problem { "PhoneImplausible", change("Phone", "555-01"), "Phone",
            "phone number does not have 7 to 15 digits" },
        Problem { "FieldTooLong", change("Parent/Guardian", QString(10'001, QLatin1Char('A'))),
            "Parent/Guardian", "field too long (over 10,000 characters)" },
        Problem { "NameTooLong", change("First Name", QString(20'000, QLatin1Char('B'))),
            "First Name", "field too long (over 10,000 characters)" }),
    [](const ::testing::TestParamInfo<Problem> &problem) {
        return std::string(problem.param.name);
    });

TEST(RowValidator, FieldOfExactlyTenThousandCharactersIsAccepted)
{
    QList<Finding> findings;
    const auto row = validatorFor().validate(
        makeRow(change("Address", QString(10'000, QLatin1Char('a')))), &findings);
    ASSERT_TRUE(row.has_value()) << describe(findings);
    EXPECT_EQ(row->address.size(), 10'000);
}

TEST(RowValidator, ReportsEveryProblemOfARowAtOnce)
{
    QList<Finding> findings;
    const auto row
        = validatorFor().validate(makeRow({ { QStringLiteral("Grade"), QStringLiteral("13") },
                                      { QStringLiteral("First Name"), QString() },
                                      { QStringLiteral("Consent"), QStringLiteral("perhaps") } }),
            &findings);
    EXPECT_FALSE(row.has_value());
    ASSERT_EQ(findings.size(), 3) << describe(findings);
    EXPECT_EQ(findings.at(0).column, QStringLiteral("First Name"));
    EXPECT_EQ(findings.at(1).column, QStringLiteral("Grade"));
    EXPECT_EQ(findings.at(2).column, QStringLiteral("Consent"));
}

TEST(RowValidator, CellCountMustEqualTheHeaders)
{
    const QStringList header { QStringLiteral("Student ID"), QStringLiteral("First Name"),
        QStringLiteral("Last Name"), QStringLiteral("Grade"), QStringLiteral("School") };
    const RowValidator validator = validatorFor(header);
    struct {
        int cells;
        const char *reason;
    } const cases[] = {
        { 7, "row has 7 fields, the header has 5" },
        { 4, "row has 4 fields, the header has 5" },
        { 1, "row has 1 field, the header has 5" },
    };
    for (const auto &c : cases) {
        SourceRow row = makeRow({}, 9, header);
        row.cells.resize(c.cells);
        QList<Finding> findings;
        EXPECT_FALSE(validator.validate(row, &findings).has_value());
        ASSERT_EQ(findings.size(), 1);
        EXPECT_EQ(findings.first().line, 9);
        EXPECT_EQ(findings.first().column, QString());
        EXPECT_EQ(findings.first().reason.toStdString(), c.reason);
    }
}

TEST(RowValidator, LeadingZerosStrippedBySpreadsheet)
{
    const Cells zhs { { QStringLiteral("School"), QStringLiteral("ZHS") },
        { QStringLiteral("Student ID"), QStringLiteral("12345") } };
    QList<Finding> findings;
    EXPECT_FALSE(validatorFor().validate(makeRow(zhs), &findings).has_value());
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().column, QStringLiteral("Student ID"));
    EXPECT_EQ(findings.first().reason,
        QStringLiteral("student number has 5 digits, not 7: leading zeros probably stripped by a "
                       "spreadsheet"));

    findings.clear();
    const auto restored
        = validatorFor(kHeader, ValidationOptions { true }).validate(makeRow(zhs), &findings);
    ASSERT_TRUE(restored.has_value()) << describe(findings);
    EXPECT_TRUE(findings.isEmpty());
    EXPECT_EQ(restored->studentNumber, QStringLiteral("0012345"));
    EXPECT_EQ(restored->cardBarcode, QStringLiteral("0012345"));

    // Padding that still does not fit the rule (RHS numbers start with 1) is not a zeros issue.
    findings.clear();
    EXPECT_FALSE(validatorFor(kHeader, ValidationOptions { true })
                     .validate(makeRow(change("Student ID", "23456")), &findings)
                     .has_value());
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().reason,
        QStringLiteral(
            "student number does not fit the card rule of Riverbend High School (7 characters)"));
}

TEST(RowValidator, NamesAreKeptVerbatimFormulasIncluded)
{
    const QString formula = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    const QString plus = QStringLiteral("+Smith-Jones");
    QList<Finding> findings;
    const auto row = validatorFor().validate(
        makeRow({ { QStringLiteral("First Name"), formula }, { QStringLiteral("Last Name"), plus },
            { QStringLiteral("Parent/Guardian"), QStringLiteral("@guardian") } }),
        &findings);
    ASSERT_TRUE(row.has_value()) << describe(findings);
    EXPECT_TRUE(findings.isEmpty());
    EXPECT_EQ(row->givenName, formula);
    EXPECT_EQ(row->familyName, plus);
    EXPECT_EQ(row->guardian, QStringLiteral("@guardian"));
}

struct ConsentColumnCase {
    const char16_t *header;
    const char16_t *value;
    std::optional<ConsentDecision> expected;
};

class RowValidatorConsentColumns : public ::testing::TestWithParam<ConsentColumnCase> { };

TEST_P(RowValidatorConsentColumns, ConsentAndOptOutColumns)
{
    const ConsentColumnCase &c = GetParam();
    QStringList header = kHeader;
    header[5] = QString::fromUtf16(c.header);
    SourceRow row = makeRow({}, 2, header);
    row.cells[5] = QString::fromUtf16(c.value);
    QList<Finding> findings;
    const auto imported = validatorFor(header).validate(row, &findings);
    ASSERT_TRUE(imported.has_value()) << describe(findings);
    EXPECT_EQ(imported->decision, c.expected);
}

INSTANTIATE_TEST_SUITE_P(RowValidator, RowValidatorConsentColumns,
    ::testing::Values(ConsentColumnCase { u"Consent", u"Yes", ConsentDecision::Granted },
        ConsentColumnCase { u"Parent Consent", u"n", ConsentDecision::Declined },
        ConsentColumnCase { u"Permission", u"opted out", ConsentDecision::Declined },
        ConsentColumnCase { u"Opt In", u"TRUE", ConsentDecision::Granted },
        ConsentColumnCase { u"Consent", u"withdrawn", ConsentDecision::Withdrawn },
        ConsentColumnCase { u"Consent", u"", std::nullopt },
        ConsentColumnCase { u"Opt Out", u"Yes", ConsentDecision::Declined },
        ConsentColumnCase { u"Opt Out", u"no", ConsentDecision::Granted },
        ConsentColumnCase { u"optout", u"1", ConsentDecision::Declined },
        ConsentColumnCase { u"Opt-Out", u"0", ConsentDecision::Granted },
        ConsentColumnCase { u"Opt Out", u"withdrawn", ConsentDecision::Withdrawn },
        ConsentColumnCase { u"Opt Out", u"", std::nullopt }));

TEST(RowValidator, AcceptedDateForms)
{
    const RowValidator validator = validatorFor();
    for (const char16_t *text : { u"2026-09-07", u"9/7/2026", u"09/07/2026", u"7-Sep-2026",
             u"07-Sep-2026", u"46272", u"2026-09-07 08:15:00" }) {
        QList<Finding> findings;
        const auto row = validator.validate(
            makeRow(change("Date Signed", QString::fromUtf16(text))), &findings);
        ASSERT_TRUE(row.has_value()) << describe(findings);
        EXPECT_EQ(row->decidedOn, QDate(2026, 9, 7)) << QString::fromUtf16(text).toStdString();
    }
    QList<Finding> findings;
    const auto today = validator.validate(makeRow(change("Date Signed", "9/15/2026")), &findings);
    ASSERT_TRUE(today.has_value()) << describe(findings);
    EXPECT_EQ(today->decidedOn, kToday);
    const auto none = validator.validate(makeRow(change("Date Signed", "")), &findings);
    ASSERT_TRUE(none.has_value());
    EXPECT_EQ(none->decidedOn, std::nullopt);
}

TEST(RowValidator, GradeOutsideTheAgreementIsAWarningOnly)
{
    QList<Finding> findings;
    const auto row
        = validatorFor().validate(makeRow({ { QStringLiteral("School"), QStringLiteral("OES") },
                                      { QStringLiteral("Student ID"), QStringLiteral("4000123") },
                                      { QStringLiteral("Grade"), QStringLiteral("3rd") } }),
            &findings);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->grade, QStringLiteral("3"));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().severity, Finding::Severity::Warning);
    EXPECT_EQ(findings.first().column, QStringLiteral("Grade"));
    EXPECT_EQ(findings.first().reason, QStringLiteral("grade 3 is not in the agreement's grades"));

    for (const char16_t *grade : { u"TK", u"k", u"Grade 12", u"12th" }) {
        QList<Finding> gradeFindings;
        EXPECT_TRUE(
            validatorFor()
                .validate(makeRow(change("Grade", QString::fromUtf16(grade))), &gradeFindings)
                .has_value());
    }
}

QStringList oneRosterHeader()
{
    return QStringLiteral("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,"
                          "username,userIds,givenName,familyName,middleName,identifier,email,"
                          "sms,phone,agentSourcedIds,grades,password")
        .split(QLatin1Char(','));
}

SourceRow oneRosterRow(const char *sourcedId, const char *status, const char *role,
    const char *identifier, const char *grade, int line)
{
    SourceRow row;
    row.line = line;
    row.cells
        = QString::fromUtf8("%1,%2,2026-08-20T10:00:00Z,true,LHS,%3,user%4,,Jordan,Sample,,%5,"
                            ",,,,%6,Secret-123")
              .arg(QLatin1String(sourcedId), QLatin1String(status), QLatin1String(role),
                  QString::number(line), QLatin1String(identifier), QLatin1String(grade))
              .split(QLatin1Char(','));
    return row;
}

TEST(RowValidator, OneRosterIdentifierStatusAndRole)
{
    const QStringList header = oneRosterHeader();
    const RowValidator validator = validatorFor(header);
    EXPECT_TRUE(validator.mappingProblems().isEmpty()) << describe(validator.mappingProblems());

    QList<Finding> findings;
    const auto active = validator.validate(
        oneRosterRow("f3a1-77", "active", "student", "3000042", "09", 2), &findings);
    ASSERT_TRUE(active.has_value()) << describe(findings);
    EXPECT_TRUE(findings.isEmpty());
    EXPECT_EQ(active->studentNumber, QStringLiteral("3000042")); // identifier, not sourcedId
    EXPECT_EQ(active->cardBarcode, QStringLiteral("LHS3000042"));
    EXPECT_EQ(active->schoolId, 2);
    EXPECT_EQ(active->grade, QStringLiteral("9"));
    EXPECT_FALSE(active->departed);
    EXPECT_EQ(active->decision, std::nullopt);

    const auto left = validator.validate(
        oneRosterRow("f3a1-78", "tobedeleted", "student", "3000043", "10", 3), &findings);
    ASSERT_TRUE(left.has_value()) << describe(findings);
    EXPECT_TRUE(left->departed);

    const auto teacher
        = validator.validate(oneRosterRow("t-1", "active", "teacher", "", "", 4), &findings);
    EXPECT_FALSE(teacher.has_value());
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().severity, Finding::Severity::Warning);
    EXPECT_EQ(findings.first().column, QStringLiteral("role"));
    EXPECT_EQ(findings.first().reason, QStringLiteral("not a student (role teacher): skipped"));

    findings.clear();
    const auto odd = validator.validate(
        oneRosterRow("f3a1-79", "inactive", "student", "3000044", "11", 5), &findings);
    ASSERT_TRUE(odd.has_value());
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().severity, Finding::Severity::Warning);
    EXPECT_EQ(findings.first().reason,
        QStringLiteral("status \"inactive\" is not active or tobedeleted: read as active"));
}

TEST(RowValidator, OneRosterSourcedIdIsTheNumberWithoutIdentifier)
{
    QStringList header = oneRosterHeader();
    const qsizetype identifier = header.indexOf(QStringLiteral("identifier"));
    header.removeAt(identifier);
    SourceRow row = oneRosterRow("3000050", "active", "student", "x", "12", 2);
    row.cells.removeAt(identifier);
    QList<Finding> findings;
    const auto imported = validatorFor(header).validate(row, &findings);
    ASSERT_TRUE(imported.has_value()) << describe(findings);
    EXPECT_EQ(imported->studentNumber, QStringLiteral("3000050"));
}

TEST(RowValidator, MappingProblems)
{
    const QStringList header { QStringLiteral("Notes"), QStringLiteral("Consent") };
    const QList<Finding> problems = validatorFor(header).mappingProblems();
    QStringList reasons;
    for (const Finding &problem : problems) {
        EXPECT_EQ(problem.line, 0);
        EXPECT_EQ(problem.severity, Finding::Severity::Error);
        reasons.append(problem.reason);
    }
    EXPECT_EQ(reasons,
        (QStringList { QStringLiteral("no student number column"),
            QStringLiteral("no given name column"), QStringLiteral("no family name column"),
            QStringLiteral("no grade column"),
            QStringLiteral("no school column; the agreement has several schools") }));
}

TEST(RowValidator, NoSchoolColumnWithOneSchoolInTheAgreement)
{
    QStringList header = kHeader;
    header.removeAt(4);
    ValidationContext context = demoContext();
    for (SchoolRecord &school : context.schools)
        school.inAgreement = school.code == QStringLiteral("MCM");
    const RowValidator validator = validatorFor(header, {}, context);
    EXPECT_TRUE(validator.mappingProblems().isEmpty()) << describe(validator.mappingProblems());
    QList<Finding> findings;
    const auto row
        = validator.validate(makeRow(change("Student ID", "2000017"), 2, header), &findings);
    ASSERT_TRUE(row.has_value()) << describe(findings);
    EXPECT_EQ(row->schoolId, 3);
    EXPECT_EQ(row->cardBarcode, demoCardBarcode(QStringLiteral("MCM"), QStringLiteral("2000017")));
}

TEST(RowValidator, MappingBeyondTheHeaderIsAProblem)
{
    ColumnMapping mapping = autoMapColumns(kHeader).mapping;
    mapping.columns.insert(Field::Guardian, 40);
    const RowValidator validator(kHeader, mapping, demoContext(), {});
    ASSERT_EQ(validator.mappingProblems().size(), 1);
    EXPECT_EQ(validator.mappingProblems().first().reason,
        QStringLiteral("Parent or guardian is mapped to column 41, which the file does not have"));
}

TEST(RowValidator, PureAndDeterministic)
{
    const RowValidator validator = validatorFor();
    const SourceRow source = makeRow(change("Grade", "13"), 5);
    QList<Finding> first;
    QList<Finding> second;
    EXPECT_FALSE(validator.validate(source, &first).has_value());
    EXPECT_FALSE(validator.validate(source, &second).has_value());
    ASSERT_EQ(first.size(), second.size());
    EXPECT_EQ(first.first().reason, second.first().reason);
    // Findings may be left uncollected.
    EXPECT_FALSE(validator.validate(source, nullptr).has_value());
    EXPECT_TRUE(validator.validate(makeRow(), nullptr).has_value());
}

TEST(RowValidator, SameDataAsIgnoresOnlyTheLine)
{
    const RowValidator validator = validatorFor();
    const auto a = validator.validate(makeRow({}, 2), nullptr);
    const auto b = validator.validate(makeRow({}, 90), nullptr);
    const auto c = validator.validate(makeRow(change("Phone", "555-010-0100"), 2), nullptr);
    ASSERT_TRUE(a && b && c);
    EXPECT_TRUE(a->sameDataAs(*b));
    EXPECT_FALSE(a->sameDataAs(*c));
    ImportRow departed = *a;
    departed.departed = true;
    EXPECT_FALSE(a->sameDataAs(departed));
    ImportRow undecided = *a;
    undecided.decision.reset();
    EXPECT_FALSE(a->sameDataAs(undecided));
}

// Synthetic rows across the four demo schools, every tenth one with a problem.
QList<SourceRow> syntheticRows(int count)
{
    static const char *const codes[] = { "RHS", "LHS", "MCM", "OES" };
    static const char *const firsts[] = { "1", "3", "2", "4" };
    QList<SourceRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int school = i % 4;
        QString number = QLatin1String(firsts[school])
            + QStringLiteral("%1").arg(i % 1'000'000, 6, 10, QLatin1Char('0'));
        // A Code 39 mod 43 check character that is a space does not survive the card rule's
        // trimming (known CardRule gap, e.g. 2019998): keep such numbers out of the timing set.
        if (demoCardBarcode(QLatin1String(codes[school]), number).endsWith(QLatin1Char(' ')))
            number = QStringLiteral("2999999");
        rows.append(makeRow(
            { { QStringLiteral("School"), QLatin1String(codes[school]) },
                { QStringLiteral("Student ID"), number },
                { QStringLiteral("Grade"),
                    i % 10 == 9 ? QStringLiteral("13") : QString::number(6 + i % 7) },
                { QStringLiteral("Consent"), i % 3 ? QStringLiteral("yes") : QStringLiteral("No") },
                { QStringLiteral("Date Signed"),
                    i % 2 ? QStringLiteral("9/7/2026") : QStringLiteral("46272") } },
            i + 2));
    }
    return rows;
}

// Validation speed is measured by bench/import_bench (docs/PERFORMANCE.md), not here.
TEST(RowValidator, EveryTenthSyntheticRowAcrossTheDemoSchoolsIsRejected)
{
    const RowValidator validator = validatorFor();
    const int count = 2'000;
    QList<Finding> findings;
    int accepted = 0;
    for (const SourceRow &row : syntheticRows(count))
        accepted += validator.validate(row, &findings).has_value() ? 1 : 0;
    EXPECT_EQ(accepted, count - count / 10);
    EXPECT_EQ(findings.size(), count / 10);
}

} // namespace
} // namespace cardbridge::importer
