// `cardbridge-cli import` end to end on a demo store (issue 4's CLI contract): the one JSON
// object, the exit codes, and what the desk says afterwards.
#include "support/CliRunner.h"
#include "support/TestStore.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace cardbridge;
using namespace Qt::StringLiterals;

namespace {

using test::CliRun;

const QString kHeader
    = u"Student ID,Last Name,First Name,Grade,School,Consent,Consent Date,Guardian,Email\n"_s;

// Two new students (Riverbend High and Lakeside High) and, on line 4, one with grade 13.
const QString kOneRejected = kHeader
    + u"1900001,Test,Ana,10,RHS,yes,,Pat Test,ana@example.org\n"
      "3900001,Sample,Ben,11,LHS,yes,,,\n"
      "1900002,Example,Cy,13,RHS,yes,,,\n"_s;
const QString kAllValid = kHeader
    + u"1900001,Test,Ana,10,RHS,yes,,Pat Test,ana@example.org\n"
      "3900001,Sample,Ben,11,LHS,yes,,,\n"_s;

// The demo's card barcodes: Riverbend = number + Luhn digit, Lakeside = "LHS" + number.
QString riverbendCard(const QString &number)
{
    return test::withLuhn(number);
}

// Drives the real cardbridge-cli binary (the pattern of CliTest.cpp).
class CliImportTest : public ::testing::Test {
protected:
    CliRun cli(const QStringList &arguments, const QString &passphrase = test::kDemoPassphrase)
    {
        return test::runCli(folder, arguments, {}, passphrase);
    }

    void SetUp() override
    {
        const CliRun created = cli({ u"demo"_s, u"--store"_s, store, u"--students"_s, u"20"_s });
        ASSERT_EQ(created.exitCode, 0) << created.err.constData();
    }

    QString write(const QString &name, const QString &body) { return folder.writeText(name, body); }

    // `import --json [flags] FILE`: the run, and the one JSON object it must print.
    QJsonObject import(const QString &path, const QStringList &flags, int *exitCode)
    {
        const CliRun run = cli(QStringList { u"import"_s, u"--json"_s, u"--store"_s, store } + flags
            + QStringList { path });
        *exitCode = run.exitCode;
        QList<QByteArray> lines;
        for (const QByteArray &line : run.out.split('\n'))
            if (!line.trimmed().isEmpty())
                lines.append(line);
        EXPECT_EQ(lines.size(), 1)
            << "stdout: " << run.out.constData() << "\nstderr: " << run.err.constData();
        if (lines.isEmpty())
            return {};
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines.constFirst(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << lines.constFirst().constData();
        EXPECT_TRUE(document.isObject());
        return document.object();
    }

    QString desk(const QString &card)
    {
        const CliRun run = cli({ u"lookup"_s, u"--json"_s, u"--store"_s, store, card });
        EXPECT_EQ(run.exitCode, 0) << run.err.constData();
        return QJsonDocument::fromJson(run.out.trimmed()).object().value(u"status"_s).toString();
    }

    QJsonObject storeCounts()
    {
        const CliRun run = cli({ u"info"_s, u"--json"_s, u"--store"_s, store });
        EXPECT_EQ(run.exitCode, 0) << run.err.constData();
        const QJsonObject counts
            = QJsonDocument::fromJson(run.out).object().value(u"counts"_s).toObject();
        EXPECT_FALSE(counts.isEmpty());
        return counts;
    }

    static void expectContractKeys(const QJsonObject &json)
    {
        for (const QString &key : { u"file"_s, u"encoding"_s, u"delimiter"_s, u"rows"_s,
                 u"accepted"_s, u"rejected"_s, u"created"_s, u"updated"_s, u"unchanged"_s,
                 u"withdrawn"_s, u"departed"_s, u"committed"_s, u"batch"_s, u"errors"_s })
            EXPECT_TRUE(json.contains(key)) << qPrintable(key);
        EXPECT_TRUE(json.value(u"committed"_s).isBool());
        EXPECT_TRUE(json.value(u"errors"_s).isArray());
    }

    test::TempFolder folder;
    QString store = folder.file(QStringLiteral("demo.store"));
};

int count(const QJsonObject &json, const QString &key)
{
    EXPECT_TRUE(json.value(key).isDouble()) << qPrintable(key);
    return json.value(key).toInt(-1);
}

} // namespace

TEST_F(CliImportTest, ARejectedRowExitsOneAndTheRestIsCommitted)
{
    const QJsonObject before = storeCounts();
    int exitCode = -1;
    const QJsonObject json = import(write(u"consent-list.csv"_s, kOneRejected), {}, &exitCode);
    EXPECT_EQ(exitCode, 1);
    expectContractKeys(json);
    EXPECT_EQ(json.value(u"file"_s).toString(), u"consent-list.csv"_s);
    EXPECT_EQ(json.value(u"encoding"_s).toString(), u"UTF-8"_s);
    EXPECT_EQ(json.value(u"delimiter"_s).toString(), u","_s);
    EXPECT_EQ(count(json, u"rows"_s), 3);
    EXPECT_EQ(count(json, u"accepted"_s), 2);
    EXPECT_EQ(count(json, u"rejected"_s), 1);
    EXPECT_EQ(count(json, u"created"_s), 2);
    EXPECT_EQ(count(json, u"updated"_s), 0);
    EXPECT_EQ(count(json, u"unchanged"_s), 0);
    EXPECT_EQ(count(json, u"withdrawn"_s), 0);
    EXPECT_EQ(count(json, u"departed"_s), 0);
    EXPECT_TRUE(json.value(u"committed"_s).toBool());
    EXPECT_GE(json.value(u"batch"_s).toInt(), 1);
    const QJsonArray errors = json.value(u"errors"_s).toArray();
    ASSERT_EQ(errors.size(), 1);
    const QJsonObject error = errors.first().toObject();
    EXPECT_EQ(error.value(u"line"_s).toInt(), 4);
    EXPECT_EQ(error.value(u"column"_s).toString(), u"Grade"_s);
    EXPECT_TRUE(error.value(u"reason"_s).toString().contains(u"13"_s));

    EXPECT_EQ(count(storeCounts(), u"students"_s), count(before, u"students"_s) + 2);
    EXPECT_EQ(desk(riverbendCard(u"1900001"_s)), u"eligible"_s);
    EXPECT_EQ(desk(u"LHS3900001"_s), u"eligible"_s);
    EXPECT_EQ(desk(riverbendCard(u"1900002"_s)), u"not_found"_s);
}

TEST_F(CliImportTest, AllRowsAcceptedExitsZeroAndTheSameFileTwiceChangesNothing)
{
    const QString path = write(u"consent-list.csv"_s, kAllValid);
    int exitCode = -1;
    const QJsonObject first = import(path, {}, &exitCode);
    EXPECT_EQ(exitCode, 0);
    EXPECT_TRUE(first.value(u"committed"_s).toBool());
    EXPECT_EQ(count(first, u"created"_s), 2);
    EXPECT_TRUE(first.value(u"errors"_s).toArray().isEmpty());
    const QJsonObject afterFirst = storeCounts();

    const QJsonObject second = import(path, {}, &exitCode);
    EXPECT_EQ(exitCode, 0);
    expectContractKeys(second);
    EXPECT_FALSE(second.value(u"committed"_s).toBool());
    EXPECT_TRUE(second.value(u"batch"_s).isNull());
    EXPECT_EQ(count(second, u"created"_s), 0);
    EXPECT_EQ(count(second, u"updated"_s), 0);
    EXPECT_EQ(count(second, u"unchanged"_s), 2);
    EXPECT_TRUE(second.value(u"message"_s).toString().contains(u"already imported"_s))
        << qPrintable(second.value(u"message"_s).toString());
    EXPECT_EQ(storeCounts(), afterFirst);
}

TEST_F(CliImportTest, DryRunShowsTheNumbersAndChangesNothing)
{
    const QJsonObject before = storeCounts();
    int exitCode = -1;
    const QJsonObject json
        = import(write(u"consent-list.csv"_s, kOneRejected), { u"--dry-run"_s }, &exitCode);
    EXPECT_EQ(exitCode, 1);
    expectContractKeys(json);
    EXPECT_EQ(count(json, u"created"_s), 2);
    EXPECT_EQ(count(json, u"rejected"_s), 1);
    EXPECT_EQ(json.value(u"errors"_s).toArray().size(), 1);
    EXPECT_FALSE(json.value(u"committed"_s).toBool());
    EXPECT_TRUE(json.value(u"batch"_s).isNull());
    EXPECT_EQ(storeCounts(), before);
    EXPECT_EQ(desk(riverbendCard(u"1900001"_s)), u"not_found"_s);
}

TEST_F(CliImportTest, StrictWithARejectedRowStoresNothing)
{
    const QJsonObject before = storeCounts();
    int exitCode = -1;
    const QJsonObject json
        = import(write(u"consent-list.csv"_s, kOneRejected), { u"--strict"_s }, &exitCode);
    EXPECT_EQ(exitCode, 1);
    expectContractKeys(json);
    EXPECT_FALSE(json.value(u"committed"_s).toBool());
    EXPECT_TRUE(json.value(u"batch"_s).isNull());
    EXPECT_EQ(count(json, u"rejected"_s), 1);
    EXPECT_EQ(storeCounts(), before);
    EXPECT_EQ(desk(riverbendCard(u"1900001"_s)), u"not_found"_s);
    EXPECT_EQ(desk(u"LHS3900001"_s), u"not_found"_s);
}

TEST_F(CliImportTest, AnUnreadableFileExitsFiveAndStillPrintsTheObject)
{
    const QJsonObject before = storeCounts();
    const struct {
        QString file;
        QString reason;
    } kFiles[] = {
        { u"garbage.bin"_s, u"not a text or spreadsheet file"_s },
        { u"legacy.xls"_s, u"save it as .xlsx or CSV"_s },
    };
    for (const auto &unreadable : kFiles) {
        SCOPED_TRACE(qPrintable(unreadable.file));
        int exitCode = -1;
        const QJsonObject json
            = import(QStringLiteral(CARDBRIDGE_TEST_DATA_DIR "/import/read/") + unreadable.file, {},
                &exitCode);
        EXPECT_EQ(exitCode, 5);
        expectContractKeys(json);
        EXPECT_EQ(json.value(u"file"_s).toString(), unreadable.file);
        EXPECT_FALSE(json.value(u"committed"_s).toBool());
        EXPECT_TRUE(json.value(u"batch"_s).isNull());
        EXPECT_EQ(count(json, u"rows"_s), 0);
        const QJsonArray errors = json.value(u"errors"_s).toArray();
        ASSERT_EQ(errors.size(), 1);
        const QString reason = errors.first().toObject().value(u"reason"_s).toString();
        EXPECT_TRUE(reason.contains(unreadable.reason)) << qPrintable(reason);
        EXPECT_TRUE(reason.contains(unreadable.file)) << qPrintable(reason);
    }
    EXPECT_EQ(storeCounts(), before);
}

TEST_F(CliImportTest, UsagePassphraseAndStoreProblemsHaveTheirExitCodes)
{
    const QString path = write(u"consent-list.csv"_s, kAllValid);
    const QJsonObject before = storeCounts();
    EXPECT_EQ(
        cli({ u"import"_s, u"--json"_s, u"--store"_s, store, u"--profile"_s, u"nosuch"_s, path })
            .exitCode,
        2);
    EXPECT_EQ(cli({ u"import"_s, u"--json"_s, u"--store"_s, store }).exitCode, 2); // no FILE
    EXPECT_EQ(cli({ u"import"_s, u"--json"_s, u"--store"_s, store, path }, u"not the passphrase"_s)
                  .exitCode,
        3);
    EXPECT_EQ(cli({ u"import"_s, u"--json"_s, u"--store"_s, folder.file(u"missing.store"_s), path })
                  .exitCode,
        4);
    EXPECT_EQ(storeCounts(), before);
}

TEST_F(CliImportTest, FullSyncDepartsMoreThanAFifthOnlyWhenConfirmed)
{
    // The demo's 20 students include five at Riverbend High, 1100000 to 1100004. A roster
    // of Riverbend High that lists only the first would depart the other four.
    QStringList eligibleBefore;
    for (const QString &number : { u"1100001"_s, u"1100002"_s, u"1100003"_s, u"1100004"_s })
        if (desk(riverbendCard(number)) == u"eligible"_s)
            eligibleBefore << riverbendCard(number);
    ASSERT_FALSE(eligibleBefore.isEmpty()) << "the demo should have an eligible student here";
    const QString roster = write(u"roster.csv"_s, kHeader + u"1100000,Test,Ana,10,RHS,,,,\n"_s);
    const QJsonObject before = storeCounts();

    int exitCode = -1;
    const QJsonObject refused = import(roster, { u"--full-sync"_s }, &exitCode);
    expectContractKeys(refused);
    EXPECT_FALSE(refused.value(u"committed"_s).toBool());
    EXPECT_TRUE(refused.value(u"batch"_s).isNull());
    EXPECT_NE(exitCode, 0) << "a refused import is not a success";
    const int departing = count(refused, u"departed"_s);
    EXPECT_GE(departing, int(eligibleBefore.size()));
    EXPECT_LE(departing, 4);
    EXPECT_EQ(storeCounts(), before);
    for (const QString &card : eligibleBefore)
        EXPECT_EQ(desk(card), u"eligible"_s);

    const QJsonObject confirmed
        = import(roster, { u"--full-sync"_s, u"--confirm-large-change"_s }, &exitCode);
    EXPECT_EQ(exitCode, 0);
    EXPECT_TRUE(confirmed.value(u"committed"_s).toBool());
    EXPECT_GE(confirmed.value(u"batch"_s).toInt(), 1);
    EXPECT_EQ(count(confirmed, u"departed"_s), departing);
    for (const QString &card : eligibleBefore)
        EXPECT_NE(desk(card), u"eligible"_s);
}
