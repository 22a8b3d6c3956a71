// The corpus of bad consent lists (tests/data/import/bad, plus the reader fixtures in
// tests/data/import/read that fit): every file gives the findings a clerk should see, and
// nothing is ever partly committed. Each case runs once in the default mode and once --strict,
// each time on a fresh store that already holds two students.
#include "importer/ConsentImporter.h"
#include "support/TestStore.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <vector>

namespace cardbridge::importer {
namespace {

using test::TempFolder;
using test::TestStore;
using test::withLuhn;

using Severity = Finding::Severity;
using namespace Qt::StringLiterals;

struct ExpectedFinding {
    int line;
    QString column; // the header name as the file spells it; empty for the row as a whole
    QStringList reason; // substrings the reason must contain
    Severity severity = Severity::Error;
};

struct ExpectedName {
    QString studentNumber;
    QString givenName;
    QString familyName;
};

struct CorpusCase {
    const char *name; // the test's name
    QString file {}; // under CARDBRIDGE_TEST_DATA_DIR; empty when `generate` writes it
    QString (*generate)(const TempFolder &folder) = nullptr;
    bool restoreLeadingZeros = false;
    // The file as a whole cannot be read: ErrorCode::FileUnreadable, a message naming the file
    // and containing these substrings. Nothing below applies then.
    QStringList fileError {};
    QList<ExpectedFinding> findings {};
    int rows = 0;
    int rejected = 0;
    int duplicates = 0;
    QStringList committed {}; // student numbers the default mode adds to the store
    QList<ExpectedName> storedNames {}; // exactly as stored
    bool expectNoRowsMessage = false; // header only: say so rather than report success
};

// A 10 MB given name: generated at test time rather than committed to the repository.
QString tenMegabyteField(const TempFolder &folder)
{
    const QString path = folder.file(QStringLiteral("ten-megabyte-field.csv"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Student ID,Last Name,First Name,Grade,School,Consent,Consent Date,Guardian,Email\n"
               "1000001,Test,");
    file.write(QByteArray(10 * 1024 * 1024, 'x'));
    file.write(",10,NHS,yes,,,\n"
               "1000002,Sample,Ben,11,NHS,yes,,,\n");
    return path;
}

const QString kFormula = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");

const CorpusCase kCases[] = {
    { .name = "EmptyFile", .file = u"import/read/empty.csv"_s, .fileError = { u"is empty"_s } },
    { .name = "HeaderOnly", .file = u"import/bad/header-only.csv"_s, .expectNoRowsMessage = true },
    { .name = "BinaryGarbage",
        .file = u"import/read/garbage.bin"_s,
        .fileError = { u"not a text or spreadsheet file"_s } },
    { .name = "TenMegabyteField",
        .generate = tenMegabyteField,
        .findings = { { 2, u"First Name"_s, { u"field too long"_s } } },
        .rows = 2,
        .rejected = 1,
        .committed = { u"1000002"_s } },
    { .name = "FormulaLookingNamesStayPlainText",
        .file = u"import/bad/formula-names.csv"_s,
        .rows = 3,
        .committed = { u"1000001"_s, u"1000002"_s, u"1000003"_s },
        .storedNames
        = { { u"1000001"_s, kFormula, u"Test"_s }, { u"1000002"_s, u"+Ben"_s, u"@Sample"_s },
            { u"1000003"_s, u"=1+2"_s, u"-Example"_s } } },
    { .name = "RaggedRows",
        .file = u"import/bad/ragged.csv"_s,
        .findings = { { 3, {}, { u"10 fields"_s, u"header has 9"_s } },
            { 4, {}, { u"8 fields"_s, u"header has 9"_s } } },
        .rows = 3,
        .rejected = 2,
        .committed = { u"1000001"_s } },
    { .name = "UnclosedQuote",
        .file = u"import/bad/unclosed-quote.csv"_s,
        .fileError = { u"quote"_s, u"line 3"_s, u"never closed"_s } },
    { .name = "LeadingZerosStripped",
        .file = u"import/bad/leading-zeros.csv"_s,
        .findings = { { 2, u"Student ID"_s, { u"leading zeros"_s } } },
        .rows = 2,
        .rejected = 1,
        .committed = { u"1000002"_s } },
    { .name = "LeadingZerosRestored",
        .file = u"import/bad/leading-zeros.csv"_s,
        .restoreLeadingZeros = true,
        .rows = 2,
        .committed = { u"0123456"_s, u"1000002"_s } },
    { .name = "DuplicateWithTheSameDataIsKeptOnce",
        .file = u"import/bad/duplicate-same.csv"_s,
        .findings = { { 4, {}, { u"line 2"_s, u"kept once"_s }, Severity::Warning } },
        .rows = 3,
        .duplicates = 1,
        .committed = { u"1000001"_s, u"1000002"_s } },
    { .name = "ConflictingDuplicateRejectsBothLines",
        .file = u"import/bad/duplicate-conflict.csv"_s,
        .findings
        = { { 2, {}, { u"conflict"_s, u"line 4"_s } }, { 4, {}, { u"conflict"_s, u"line 2"_s } } },
        .rows = 3,
        .rejected = 2,
        .committed = { u"1000002"_s } },
    { .name = "FutureConsentDate",
        .file = u"import/bad/future-date.csv"_s,
        .findings = { { 2, u"Consent Date"_s, { u"2026-12-24"_s, u"in the future"_s } } },
        .rows = 2,
        .rejected = 1,
        .committed = { u"1000002"_s } },
    { .name = "UnknownGradeOnThePhysicalLine", // line 2's quoted guardian spans two lines
        .file = u"import/bad/unknown-grade.csv"_s,
        .findings = { { 4, u"Grade"_s, { u"13"_s, u"TK, K or 1-12"_s } } },
        .rows = 2,
        .rejected = 1,
        .committed = { u"1000001"_s } },
    { .name = "UnknownSchool",
        .file = u"import/bad/unknown-school.csv"_s,
        .findings = { { 2, u"School"_s, { u"SHS"_s, u"not one of the agreement's schools"_s } } },
        .rows = 2,
        .rejected = 1,
        .committed = { u"1000002"_s } },
    { .name = "SchoolNoLongerInTheAgreement",
        .file = u"import/bad/school-not-in-agreement.csv"_s,
        .findings = { { 2, u"School"_s, { u"OLD"_s, u"not in the current agreement"_s } } },
        .rows = 2,
        .rejected = 1,
        .committed = { u"1000002"_s } },
    { .name = "ConsentValueNotUnderstood",
        .file = u"import/bad/consent-not-understood.csv"_s,
        .findings = { { 2, u"Consent"_s, { u"maybe"_s, u"yes/no"_s } } },
        .rows = 2,
        .rejected = 1,
        .committed = { u"1000002"_s } },
    { .name = "MissingStudentNumberColumn",
        .file = u"import/bad/no-student-number-column.csv"_s,
        .fileError = { u"no student number column"_s } },
    { .name = "BadEmail", // the reason must not repeat the address (GUIDE section 6)
        .file = u"import/bad/bad-email.csv"_s,
        .findings = { { 2, u"Email"_s, { u"email"_s } } },
        .rows = 2,
        .rejected = 1,
        .committed = { u"1000002"_s } },
    { .name = "LegacyXls",
        .file = u"import/read/legacy.xls"_s,
        .fileError = { u"save it as .xlsx or CSV"_s } },
    { .name = "PasswordProtectedWorkbook",
        .file = u"import/read/password-protected.xlsx"_s,
        .fileError = { u"save it as .xlsx or CSV"_s } },
};

// Every row of the tables an import may touch, each as one string of all its columns.
struct StoreDump {
    QMap<QString, QString> students; // by student number
    QMap<QString, QString> cards; // by barcode
    QList<QPair<QString, QString>> consents; // student number, row
    QStringList batches;

    bool operator==(const StoreDump &) const = default;
};

QList<QPair<QString, QString>> keyedRows(QSqlDatabase database, const QString &sql)
{
    QSqlQuery query(database);
    EXPECT_TRUE(query.exec(sql)) << qPrintable(sql);
    QList<QPair<QString, QString>> rows;
    while (query.next()) {
        QStringList values;
        for (int i = 1; i < query.record().count(); ++i)
            values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows.append({ query.value(0).toString(), values.join(QLatin1Char('|')) });
    }
    return rows;
}

StoreDump dump(Store &store)
{
    QSqlDatabase database = store.database();
    StoreDump result;
    for (const auto &[number, row] : keyedRows(
             database, QStringLiteral("SELECT student_number, s.* FROM students s ORDER BY s.id")))
        result.students.insert(number, row);
    for (const auto &[barcode, row] : keyedRows(
             database, QStringLiteral("SELECT barcode, c.* FROM card_barcodes c ORDER BY c.id")))
        result.cards.insert(barcode, row);
    result.consents = keyedRows(database,
        QStringLiteral("SELECT s.student_number, r.* FROM consent_records r "
                       "LEFT JOIN students s ON s.id = r.student_id ORDER BY r.id"));
    for (const auto &[name, row] : keyedRows(
             database, QStringLiteral("SELECT file_name, b.* FROM import_batches b ORDER BY b.id")))
        result.batches.append(row);
    return result;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines << QStringLiteral("%1 [%2] %3%4")
                     .arg(finding.line)
                     .arg(finding.column, finding.reason,
                         finding.severity == Severity::Warning ? QStringLiteral(" (warning)")
                                                               : QString());
    return lines.join(QLatin1Char('\n'));
}

class ImportCorpusTest : public ::testing::TestWithParam<CorpusCase> {
protected:
    void SetUp() override
    {
        const CorpusCase &c = GetParam();
        m_path = c.generate ? c.generate(m_folder)
                            : QStringLiteral(CARDBRIDGE_TEST_DATA_DIR "/") + c.file;
        ASSERT_TRUE(QFileInfo::exists(m_path)) << qPrintable(m_path);
    }

    // A store holding two students the corpus must never disturb.
    static void addStudents(TestStore &store)
    {
        store.add({ .number = QStringLiteral("2000001") });
        store.add({ .number = QStringLiteral("2000002"),
            .givenName = QStringLiteral("Blake"),
            .familyName = QStringLiteral("Stonefield"),
            .grade = QStringLiteral("12"),
            .consent = ConsentDecision::Granted });
    }

    ImportSettings settings(bool strict) const
    {
        ImportSettings chosen;
        chosen.strict = strict;
        chosen.validation.restoreLeadingZeros = GetParam().restoreLeadingZeros;
        return chosen;
    }

    void expectFindings(const QList<Finding> &findings) const
    {
        const QList<ExpectedFinding> &expected = GetParam().findings;
        ASSERT_EQ(findings.size(), expected.size()) << qPrintable(describe(findings));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            SCOPED_TRACE(qPrintable(describe({ findings.at(i) })));
            EXPECT_EQ(findings.at(i).line, expected.at(i).line);
            EXPECT_EQ(findings.at(i).column, expected.at(i).column);
            EXPECT_EQ(findings.at(i).severity, expected.at(i).severity);
            for (const QString &part : expected.at(i).reason)
                EXPECT_TRUE(findings.at(i).reason.contains(part)) << qPrintable(part);
        }
    }

    // Only the valid rows' students, cards and consents were added; nothing else changed.
    void expectOnlyValidRowsCommitted(const StoreDump &before, const StoreDump &after) const
    {
        const QStringList &committed = GetParam().committed;
        for (auto it = before.students.cbegin(); it != before.students.cend(); ++it)
            EXPECT_EQ(after.students.value(it.key()), it.value()) << qPrintable(it.key());
        for (auto it = before.cards.cbegin(); it != before.cards.cend(); ++it)
            EXPECT_EQ(after.cards.value(it.key()), it.value()) << qPrintable(it.key());

        QSet<QString> added;
        for (const QString &number : after.students.keys())
            if (!before.students.contains(number))
                added.insert(number);
        EXPECT_EQ(added, QSet<QString>(committed.cbegin(), committed.cend()));
        QSet<QString> addedCards, expectedCards;
        for (const QString &barcode : after.cards.keys())
            if (!before.cards.contains(barcode))
                addedCards.insert(barcode);
        for (const QString &number : committed)
            expectedCards.insert(withLuhn(number));
        EXPECT_EQ(addedCards, expectedCards);

        ASSERT_GE(after.consents.size(), before.consents.size());
        EXPECT_EQ(after.consents.mid(0, before.consents.size()), before.consents);
        for (qsizetype i = before.consents.size(); i < after.consents.size(); ++i)
            EXPECT_TRUE(committed.contains(after.consents.at(i).first))
                << "consent recorded for a student from a rejected row";

        ASSERT_EQ(after.batches.size(), before.batches.size() + 1);
        EXPECT_EQ(after.batches.mid(0, before.batches.size()), before.batches);
        EXPECT_TRUE(after.batches.constLast().contains(QFileInfo(m_path).fileName()))
            << "the new batch names the file";
    }

    void expectStoredNames(Store &store) const
    {
        for (const ExpectedName &name : GetParam().storedNames) {
            QSqlQuery query(store.database());
            query.prepare(QStringLiteral(
                "SELECT given_name, family_name FROM students WHERE student_number = ?"));
            query.addBindValue(name.studentNumber);
            ASSERT_TRUE(query.exec() && query.next()) << qPrintable(name.studentNumber);
            EXPECT_EQ(query.value(0).toString(), name.givenName);
            EXPECT_EQ(query.value(1).toString(), name.familyName);
        }
    }

    ManualClock m_clock { QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC) };
    TempFolder m_folder;
    QString m_path;
};

TEST_P(ImportCorpusTest, GivesTheExpectedFindingsAndCommitsNothingPartly)
{
    const CorpusCase &c = GetParam();
    TestStore store(ConsentModel::OptOut);
    addStudents(store);
    const StoreDump before = dump(store.store());
    ConsentImporter importer(store.store().database(), m_clock);
    auto review = importer.review(m_path, settings(false));

    if (!c.fileError.isEmpty()) {
        ASSERT_FALSE(review.has_value()) << "the file should not be readable as a whole";
        EXPECT_EQ(review.error().code, ErrorCode::FileUnreadable);
        EXPECT_TRUE(review.error().message.contains(QFileInfo(m_path).fileName()))
            << qPrintable(review.error().message);
        for (const QString &part : c.fileError)
            EXPECT_TRUE(review.error().message.contains(part))
                << qPrintable(part) << " not in: " << qPrintable(review.error().message);
        EXPECT_FALSE(importer.commit().has_value()) << "commit after a failed review";
        EXPECT_EQ(dump(store.store()), before);
        return;
    }

    if (c.expectNoRowsMessage) {
        // A list with no data rows is a mistake the clerk must hear about: either the file
        // is refused as a whole, or nothing is committed and the message says it had no rows.
        const QRegularExpression noRows(QStringLiteral("\\b(no|0) (data |student )?rows\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (!review) {
            EXPECT_EQ(review.error().code, ErrorCode::FileUnreadable);
            EXPECT_TRUE(review.error().message.contains(QFileInfo(m_path).fileName()));
            EXPECT_TRUE(review.error().message.contains(noRows))
                << qPrintable(review.error().message);
        } else {
            EXPECT_EQ(review->counts.rows, 0);
            auto outcome = importer.commit();
            ASSERT_TRUE(outcome.has_value());
            EXPECT_FALSE(outcome->committed);
            EXPECT_TRUE(outcome->message.contains(noRows)) << qPrintable(outcome->message);
        }
        EXPECT_EQ(dump(store.store()), before);
        return;
    }

    ASSERT_TRUE(review.has_value()) << qPrintable(review.error().message);
    expectFindings(review->findings);
    EXPECT_EQ(review->counts.rows, c.rows);
    EXPECT_EQ(review->counts.rejected, c.rejected);
    EXPECT_EQ(review->counts.accepted, c.rows - c.rejected);
    EXPECT_EQ(review->counts.duplicates, c.duplicates);
    EXPECT_EQ(review->counts.created, c.committed.size());

    auto outcome = importer.commit();
    ASSERT_TRUE(outcome.has_value()) << qPrintable(outcome.error().message);
    EXPECT_TRUE(outcome->committed) << qPrintable(outcome->message);
    EXPECT_TRUE(outcome->batchId.has_value());
    expectOnlyValidRowsCommitted(before, dump(store.store()));
    expectStoredNames(store.store());
}

// Only the cases with rows to be strict about.
class ImportCorpusStrictTest : public ImportCorpusTest { };

TEST_P(ImportCorpusStrictTest, StrictCommitsNothingWhenAnyRowIsRejected)
{
    const CorpusCase &c = GetParam();
    TestStore store(ConsentModel::OptOut);
    addStudents(store);
    const StoreDump before = dump(store.store());
    ConsentImporter importer(store.store().database(), m_clock);
    auto review = importer.review(m_path, settings(true));
    ASSERT_TRUE(review.has_value()) << qPrintable(review.error().message);
    expectFindings(review->findings); // strict finds exactly what the default mode finds
    auto outcome = importer.commit();
    ASSERT_TRUE(outcome.has_value()) << qPrintable(outcome.error().message);
    if (c.rejected > 0) {
        EXPECT_FALSE(outcome->committed);
        EXPECT_TRUE(outcome->refused);
        EXPECT_FALSE(outcome->batchId.has_value());
        EXPECT_EQ(dump(store.store()), before);
    } else {
        EXPECT_TRUE(outcome->committed) << qPrintable(outcome->message);
        expectOnlyValidRowsCommitted(before, dump(store.store()));
    }
}

// The privacy rule for reasons (GUIDE section 6): contact details are never quoted.
TEST(ImportCorpusPrivacyTest, ARejectedEmailIsNotRepeatedInTheReason)
{
    TestStore store(ConsentModel::OptOut);
    ManualClock clock { QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC) };
    ConsentImporter importer(store.store().database(), clock);
    auto review
        = importer.review(QStringLiteral(CARDBRIDGE_TEST_DATA_DIR "/import/bad/bad-email.csv"), {});
    ASSERT_TRUE(review.has_value());
    ASSERT_FALSE(review->findings.isEmpty());
    for (const Finding &finding : review->findings)
        EXPECT_FALSE(finding.reason.contains(QStringLiteral("ana.at.example.org")))
            << qPrintable(finding.reason);
}

std::string caseName(const ::testing::TestParamInfo<CorpusCase> &testInfo)
{
    return std::string(testInfo.param.name);
}

std::vector<CorpusCase> casesWithRows()
{
    std::vector<CorpusCase> cases;
    for (const CorpusCase &c : kCases)
        if (c.fileError.isEmpty() && !c.expectNoRowsMessage)
            cases.push_back(c);
    return cases;
}

INSTANTIATE_TEST_SUITE_P(ImportCorpus, ImportCorpusTest, ::testing::ValuesIn(kCases), caseName);
INSTANTIATE_TEST_SUITE_P(
    ImportCorpus, ImportCorpusStrictTest, ::testing::ValuesIn(casesWithRows()), caseName);

} // namespace
} // namespace cardbridge::importer
