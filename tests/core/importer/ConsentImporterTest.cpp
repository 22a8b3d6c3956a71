// The importer end to end on a real SQLCipher store: what a data clerk sees in the counts and
// what the desk then says for each card.
#include "importer/ConsentImporter.h"

#include "consent/VerdictService.h"
#include "store/AuditLog.h"
#include "store/ImportBatchRepository.h"
#include "support/TestStore.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace cardbridge::importer {
namespace {

using test::TestStore;
using test::withLuhn;

const QString kHeader = QStringLiteral(
    "Student ID,Last Name,First Name,Grade,School,Consent,Consent Date,Guardian,Email\n");

class ConsentImporterTest : public ::testing::Test {
protected:
    explicit ConsentImporterTest(ConsentModel model = ConsentModel::OptOut)
        : m_store(model)
    {
    }

    QString write(const QString &name, const QString &body)
    {
        return m_folder.writeText(name, body);
    }

    ImportOutcome import(const QString &path, ImportSettings settings = {})
    {
        ConsentImporter importer(m_store.store().database(), m_clock);
        auto review = importer.review(path, settings);
        EXPECT_TRUE(review.has_value()) << qPrintable(review ? QString() : review.error().message);
        if (!review)
            return {};
        auto outcome = importer.commit();
        EXPECT_TRUE(outcome.has_value());
        return outcome ? *outcome : ImportOutcome {};
    }

    VerdictStatus desk(const QString &number)
    {
        VerdictService verdicts(m_store.store().database(), m_clock);
        return verdicts.lookup(withLuhn(number)).status;
    }

    int count(const QString &sql)
    {
        QSqlQuery query(m_store.store().database());
        EXPECT_TRUE(query.exec(sql));
        return query.next() ? query.value(0).toInt() : -1;
    }

    QString email(const QString &number)
    {
        QSqlQuery query(m_store.store().database());
        query.prepare(QStringLiteral("SELECT email FROM students WHERE student_number = ?"));
        query.addBindValue(number);
        EXPECT_TRUE(query.exec() && query.next());
        return query.value(0).toString();
    }

    ManualClock m_clock { QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC) };
    TestStore m_store;
    test::TempFolder m_folder;
};

class OptInImporterTest : public ConsentImporterTest {
protected:
    OptInImporterTest()
        : ConsentImporterTest(ConsentModel::OptIn)
    {
    }
};

TEST_F(ConsentImporterTest, NewStudentsBecomeEligibleAtTheDeskAndCountsAddUp)
{
    const QString path = write(QStringLiteral("list.csv"),
        kHeader
            + QStringLiteral("1000001,Test,Ana,10,NHS,yes,9/1/2026,Pat Test,ana@example.org\n"
                             "1000002,Sample,Ben,11,North High School,no,2026-09-02,,\n"
                             "1000003,Example,Cy,13,NHS,yes,2026-09-02,,\n"));
    const ImportOutcome outcome = import(path);
    EXPECT_TRUE(outcome.committed);
    ASSERT_TRUE(outcome.batchId.has_value());
    EXPECT_EQ(outcome.review.counts.rows, 3);
    EXPECT_EQ(outcome.review.counts.accepted, 2);
    EXPECT_EQ(outcome.review.counts.rejected, 1);
    EXPECT_EQ(outcome.review.counts.created, 2);
    ASSERT_FALSE(outcome.review.findings.isEmpty());
    EXPECT_EQ(outcome.review.findings.constFirst().line, 4);
    EXPECT_EQ(outcome.review.findings.constFirst().column, QStringLiteral("Grade"));

    EXPECT_EQ(desk(QStringLiteral("1000001")), VerdictStatus::Eligible);
    EXPECT_EQ(desk(QStringLiteral("1000002")), VerdictStatus::NoConsent); // opt-out: refused
    EXPECT_EQ(desk(QStringLiteral("1000003")), VerdictStatus::NotFound);
}

TEST_F(ConsentImporterTest, TheSameFileTwiceChangesNothingAndSaysSo)
{
    const QString path = write(QStringLiteral("list.csv"),
        kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,yes,9/1/2026,,\n"));
    ASSERT_TRUE(import(path).committed);
    const int consentRecords = count(QStringLiteral("SELECT COUNT(*) FROM consent_records"));
    const ImportOutcome again = import(path);
    EXPECT_FALSE(again.committed);
    EXPECT_EQ(again.review.counts.unchanged, 1);
    EXPECT_EQ(again.review.counts.created, 0);
    EXPECT_TRUE(again.message.contains(QStringLiteral("already imported as batch")))
        << qPrintable(again.message);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM consent_records")), consentRecords);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM import_batches")), 1);
}

TEST_F(ConsentImporterTest, WithdrawalRemovesContactDataAtOnce)
{
    ASSERT_TRUE(import(
        write(QStringLiteral("a.csv"),
            kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,yes,9/1/2026,,a@example.org\n")))
                    .committed);
    EXPECT_EQ(email(QStringLiteral("1000001")), QStringLiteral("a@example.org"));
    const ImportOutcome outcome = import(write(QStringLiteral("b.csv"),
        kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,withdrawn,9/20/2026,,\n")));
    EXPECT_EQ(outcome.review.counts.withdrawn, 1);
    EXPECT_TRUE(email(QStringLiteral("1000001")).isEmpty());
    EXPECT_EQ(desk(QStringLiteral("1000001")), VerdictStatus::Withdrawn);
}

TEST_F(ConsentImporterTest, WithdrawalAlsoRemovesContactDataKeptForUndo)
{
    ASSERT_TRUE(import(
        write(QStringLiteral("a.csv"),
            kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,yes,9/1/2026,,old@example.org\n")))
                    .committed);
    // The update logs the old address so that undo could bring it back.
    ASSERT_TRUE(import(
        write(QStringLiteral("b.csv"),
            kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,yes,9/1/2026,,new@example.org\n")))
                    .committed);
    ASSERT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM import_changes "
                                   "WHERE previous LIKE '%old@example.org%'")),
        1);
    ASSERT_TRUE(
        import(write(QStringLiteral("c.csv"),
                   kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,withdrawn,9/20/2026,,\n")))
            .committed);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM import_changes "
                                   "WHERE previous LIKE '%@example.org%'")),
        0);
    EXPECT_EQ(desk(QStringLiteral("1000001")), VerdictStatus::Withdrawn);
}

TEST_F(ConsentImporterTest, ConflictingRowsAreBothRejectedAndDuplicatesKeptOnce)
{
    const ImportOutcome outcome = import(write(QStringLiteral("dups.csv"),
        kHeader
            + QStringLiteral("1000001,Test,Ana,10,NHS,yes,9/1/2026,,\n"
                             "1000002,Sample,Ben,11,NHS,yes,9/1/2026,,\n"
                             "1000001,Test,Ana,10,NHS,yes,9/1/2026,,\n"
                             "1000002,Sample,Ben,12,NHS,yes,9/1/2026,,\n")));
    EXPECT_EQ(outcome.review.counts.duplicates, 1);
    EXPECT_EQ(outcome.review.counts.rejected, 2);
    EXPECT_EQ(outcome.review.counts.created, 1);
    QStringList conflicts;
    for (const Finding &finding : outcome.review.findings)
        if (finding.severity == Finding::Severity::Error)
            conflicts << QStringLiteral("%1: %2").arg(finding.line).arg(finding.reason);
    EXPECT_EQ(conflicts,
        QStringList({ QStringLiteral(
                          "3: conflicts with line 5: the same student with different data"),
            QStringLiteral("5: conflicts with line 3: the same student with different data") }));
    EXPECT_EQ(desk(QStringLiteral("1000001")), VerdictStatus::Eligible);
    EXPECT_EQ(desk(QStringLiteral("1000002")), VerdictStatus::NotFound);
}

TEST_F(ConsentImporterTest, StrictCommitsNothingWhenARowIsRejected)
{
    ImportSettings settings;
    settings.strict = true;
    const ImportOutcome outcome
        = import(write(QStringLiteral("strict.csv"),
                     kHeader
                         + QStringLiteral("1000001,Test,Ana,10,NHS,yes,,,\n"
                                          "1000002,Sample,,11,NHS,yes,,,\n")),
            settings);
    EXPECT_FALSE(outcome.committed);
    EXPECT_TRUE(outcome.refused);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM students")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
}

// Seen when trying the CLI: a list whose every row was rejected was reported as "every
// accepted row matches the store".
TEST_F(ConsentImporterTest, AListWithEveryRowRejectedSaysSo)
{
    const ImportOutcome outcome = import(write(QStringLiteral("all-bad.csv"),
        kHeader
            + QStringLiteral("1000001,Test,Ana,10,XHS,yes,,,\n"
                             "1000002,Sample,,11,NHS,yes,,,\n")));
    EXPECT_FALSE(outcome.committed);
    EXPECT_EQ(outcome.review.counts.rejected, 2);
    EXPECT_EQ(outcome.message, QStringLiteral("Nothing was imported: all 2 rows were rejected."));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
}

TEST_F(ConsentImporterTest, UndoRestoresEveryStudentTheBatchTouched)
{
    ASSERT_TRUE(import(write(QStringLiteral("a.csv"),
                           kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,yes,9/1/2026,,\n")))
                    .committed);
    const ImportOutcome second = import(write(QStringLiteral("b.csv"),
        kHeader
            + QStringLiteral("1000001,Test,Ana,11,NHS,no,9/15/2026,,\n"
                             "1000002,Sample,Ben,11,NHS,yes,9/15/2026,,\n")));
    ASSERT_TRUE(second.committed);
    EXPECT_EQ(second.review.counts.updated, 1);
    EXPECT_EQ(desk(QStringLiteral("1000001")), VerdictStatus::NoConsent);

    ImportBatchRepository batches(m_store.store().database());
    auto undone = batches.undo(*second.batchId, QStringLiteral("clerk"), m_clock.nowUtc());
    ASSERT_TRUE(undone.has_value()) << qPrintable(undone ? QString() : undone.error().message);
    EXPECT_EQ(undone->restored, 1);
    EXPECT_EQ(undone->removed, 1);
    EXPECT_EQ(desk(QStringLiteral("1000001")), VerdictStatus::Eligible);
    EXPECT_EQ(desk(QStringLiteral("1000002")), VerdictStatus::NotFound);
    auto list = batches.list();
    ASSERT_TRUE(list.has_value());
    ASSERT_EQ(list->size(), 2);
    EXPECT_TRUE(list->at(0).undoneAt.has_value());
    EXPECT_EQ(list->at(0).undoneBy, QStringLiteral("clerk"));
    EXPECT_TRUE(list->at(1).canUndo); // now the first batch is the newest one standing

    // The audit log has both imports and the undo, with batch numbers and no student data.
    auto audit = AuditLog(m_store.store().database()).recent(10);
    ASSERT_TRUE(audit.has_value());
    ASSERT_EQ(audit->size(), 3);
    EXPECT_EQ(audit->at(0).action, kAuditImportUndone);
    EXPECT_EQ(audit->at(0).account, QStringLiteral("clerk"));
    EXPECT_TRUE(audit->at(0).detail.startsWith(QStringLiteral("batch %1").arg(*second.batchId)));
    EXPECT_EQ(audit->at(1).action, kAuditImportCommitted);
    EXPECT_TRUE(audit->at(1).detail.contains(QStringLiteral("b.csv")));
    for (const AuditEvent &event : std::as_const(*audit)) {
        EXPECT_FALSE(event.detail.contains(QStringLiteral("1000002")));
        EXPECT_FALSE(event.detail.contains(QStringLiteral("Ben")));
    }
}

TEST_F(ConsentImporterTest, AnOlderBatchCannotBeUndoneBeforeANewerOne)
{
    const ImportOutcome first = import(write(QStringLiteral("a.csv"),
        kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,yes,9/1/2026,,\n")));
    ASSERT_TRUE(import(write(QStringLiteral("b.csv"),
                           kHeader + QStringLiteral("1000002,Sample,Ben,11,NHS,yes,9/1/2026,,\n")))
                    .committed);
    auto undone = ImportBatchRepository(m_store.store().database())
                      .undo(*first.batchId, QStringLiteral("clerk"), m_clock.nowUtc());
    ASSERT_FALSE(undone.has_value());
    EXPECT_TRUE(undone.error().message.contains(QStringLiteral("undo batch 2 first")));
    EXPECT_EQ(desk(QStringLiteral("1000001")), VerdictStatus::Eligible);
}

TEST_F(ConsentImporterTest, FullSyncDepartsMissingStudentsOnlyAfterConfirmingALargeChange)
{
    ASSERT_TRUE(import(write(QStringLiteral("a.csv"),
                           kHeader
                               + QStringLiteral("1000001,Test,Ana,10,NHS,,,,\n"
                                                "1000002,Sample,Ben,11,NHS,,,,\n"
                                                "1000003,Example,Cy,12,NHS,,,,\n")))
                    .committed);
    const QString roster = write(
        QStringLiteral("roster.csv"), kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,,,,\n"));
    ImportSettings settings;
    settings.fullSync = true;
    const ImportOutcome refused = import(roster, settings);
    EXPECT_FALSE(refused.committed);
    EXPECT_TRUE(refused.review.largeChange);
    EXPECT_EQ(refused.review.counts.departed, 2);
    EXPECT_EQ(desk(QStringLiteral("1000002")), VerdictStatus::Eligible);

    settings.confirmLargeChange = true;
    const ImportOutcome confirmed = import(roster, settings);
    EXPECT_TRUE(confirmed.committed);
    EXPECT_NE(desk(QStringLiteral("1000002")), VerdictStatus::Eligible);
    EXPECT_EQ(desk(QStringLiteral("1000001")), VerdictStatus::Eligible);
}

TEST_F(ConsentImporterTest, FullSyncKeepsAStudentWhoseRowLostItsLeadingZeros)
{
    ASSERT_TRUE(import(write(QStringLiteral("a.csv"),
                           kHeader
                               + QStringLiteral("0100001,Test,Ana,10,NHS,,,,\n"
                                                "1000002,Sample,Ben,11,NHS,,,,\n"
                                                "1000003,Example,Cy,12,NHS,,,,\n"
                                                "1000004,Demo,Di,12,NHS,,,,\n")))
                    .committed);
    ImportSettings settings;
    settings.fullSync = true;
    // A spreadsheet turned 0100001 into 100001: that row is rejected, and Ana is not departed.
    const ImportOutcome outcome = import(write(QStringLiteral("roster.csv"),
                                             kHeader
                                                 + QStringLiteral("100001,Test,Ana,10,NHS,,,,\n"
                                                                  "1000002,Sample,Ben,11,NHS,,,,\n"
                                                                  "1000003,Example,Cy,12,NHS,,,,\n"
                                                                  "1000004,Demo,Di,12,NHS,,,,\n")),
        settings);
    EXPECT_EQ(outcome.review.counts.rejected, 1);
    EXPECT_EQ(outcome.review.counts.departed, 0);
    EXPECT_EQ(desk(QStringLiteral("0100001")), VerdictStatus::Eligible);
}

TEST_F(ConsentImporterTest, FullSyncWithMostlyNewStudentsAsksToConfirm)
{
    ASSERT_TRUE(import(
        write(QStringLiteral("a.csv"), kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,,,,\n")))
                    .committed);
    ImportSettings settings;
    settings.fullSync = true;
    QString body = kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,,,,\n");
    for (int i = 2; i <= 10; ++i)
        body += QStringLiteral("10000%1,Sample,Ben,11,NHS,,,,\n").arg(i, 2, 10, QLatin1Char('0'));
    const QString roster = write(QStringLiteral("roster.csv"), body);
    const ImportOutcome refused = import(roster, settings);
    EXPECT_FALSE(refused.committed);
    EXPECT_TRUE(refused.review.largeChange);
    EXPECT_TRUE(refused.review.largeChangeReason.contains(QStringLiteral("9 of 10 rows are new")))
        << qPrintable(refused.review.largeChangeReason);
    EXPECT_EQ(desk(QStringLiteral("1000002")), VerdictStatus::NotFound);

    settings.confirmLargeChange = true;
    EXPECT_TRUE(import(roster, settings).committed);
    EXPECT_EQ(desk(QStringLiteral("1000002")), VerdictStatus::Eligible);
}

TEST_F(OptInImporterTest, DeclinedStudentsTheStoreDoesNotHoldAreCountedButNotStored)
{
    const ImportOutcome outcome = import(write(QStringLiteral("optin.csv"),
        kHeader
            + QStringLiteral("1000001,Test,Ana,10,NHS,yes,9/1/2026,,\n"
                             "1000002,Sample,Ben,11,NHS,no,9/1/2026,,\n")));
    EXPECT_EQ(outcome.review.counts.created, 1);
    EXPECT_EQ(outcome.review.counts.notStored, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM students")), 1);
    EXPECT_EQ(desk(QStringLiteral("1000002")), VerdictStatus::NotFound);
}

TEST_F(OptInImporterTest, ADeclineForAHeldStudentIsAWithdrawal)
{
    ASSERT_TRUE(import(write(QStringLiteral("a.csv"),
                           kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,yes,9/1/2026,,\n")))
                    .committed);
    const ImportOutcome outcome = import(write(QStringLiteral("b.csv"),
        kHeader + QStringLiteral("1000001,Test,Ana,10,NHS,no,9/30/2026,,\n")));
    EXPECT_EQ(outcome.review.counts.withdrawn, 1);
    EXPECT_EQ(desk(QStringLiteral("1000001")), VerdictStatus::Withdrawn);
}

TEST_F(ConsentImporterTest, FormulaLookingNamesAreStoredAsPlainText)
{
    ASSERT_TRUE(
        import(write(QStringLiteral("formula.csv"),
                   kHeader
                       + QStringLiteral("1000001,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","
                                        "Ana,10,NHS,yes,,,\n")))
            .committed);
    QSqlQuery query(m_store.store().database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT family_name FROM students")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
}

} // namespace
} // namespace cardbridge::importer
