// The import is one transaction: a `cardbridge-cli import` killed with SIGKILL at any moment
// leaves the store either as it was before or with the whole batch, never in between, and the
// database passes SQLite's integrity check. Runs the real CLI binary on copies of a demo store.
#include "demo/DemoAgreement.h"
#include "demo/SyntheticNames.h"
#include "store/Store.h"
#include "support/TestSupport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <random>

#if defined(__SANITIZE_ADDRESS__)
#define CARDBRIDGE_KILL_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CARDBRIDGE_KILL_TEST_SANITIZED 1
#endif
#endif

namespace cardbridge {
namespace {

const QString kPassphrase = QStringLiteral("demo-desk-passphrase");
constexpr int kRounds = 12;

// 20,000 rows; a quarter of that under the sanitizers (about 3x slower), or
// $CARDBRIDGE_KILL_TEST_ROWS.
int rowCount()
{
    if (const int rows = qEnvironmentVariableIntValue("CARDBRIDGE_KILL_TEST_ROWS"); rows > 0)
        return rows;
#ifdef CARDBRIDGE_KILL_TEST_SANITIZED
    return 5000;
#else
    return 20000;
#endif
}

quint32 seed()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("CARDBRIDGE_KILL_TEST_SEED").toUInt(&ok);
    return ok ? fromEnvironment : 20261203u;
}

struct StoreCounts {
    int students = -1;
    int consentRecords = -1;
    int importBatches = -1;

    bool operator==(const StoreCounts &) const = default;
};

std::ostream &operator<<(std::ostream &out, const StoreCounts &counts)
{
    return out << "{students " << counts.students << ", consent_records " << counts.consentRecords
               << ", import_batches " << counts.importBatches << '}';
}

// A synthetic consent list for the demo district. The first 40 rows name students the demo
// store already holds (updates); the rest are new. A few rows are wrong on purpose.
QByteArray consentCsv(int rows, const QDate &today)
{
    QByteArray csv = "Student ID,Last Name,First Name,Grade,School,Consent,Consent Date,Guardian,"
                     "Email\r\n";
    csv.reserve(rows * 90);
    for (int i = 0; i < rows; ++i) {
        const DemoListSchool &school = kDemoListSchools[i % 4];
        const int serial = i < 40 ? 100000 + i / 4 : 200000 + i / 4;
        QByteArray number = QByteArray::number(school.firstDigit * 1000000 + serial);
        QByteArray grade = QByteArray::number(school.lowestGrade + (i / 4) % school.grades);
        QByteArray given = syntheticGivenName(i * 7).toUtf8();
        if (i % 2000 == 1999)
            number = QByteArray::number(9000000 + i); // no school's card rule: rejected
        else if (i % 2000 == 999)
            grade = "13"; // rejected
        else if (i % 2000 == 1499)
            given.clear(); // rejected
        const QDate signedOn = today.addDays(-1 - i % 60);
        csv += number + ',' + syntheticFamilyName(i * 13).toUtf8() + ',' + given + ',' + grade + ','
            + school.code + ',' + (i % 5 == 0 ? "no" : "yes") + ','
            + signedOn.toString(Qt::ISODate).toLatin1() + ",Guardian " + QByteArray::number(i)
            + ",family" + QByteArray::number(i) + "@example.org\r\n";
    }
    return csv;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// The database, its key slots and any write-ahead log: a store as another process left it.
void copyStore(const QString &from, const QString &to)
{
    for (const QString &suffix :
        { QString(), QStringLiteral(".keys"), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix)) {
            ASSERT_TRUE(QFile::copy(from + suffix, to + suffix));
        }
    }
}

int countRows(Store &store, const QString &table)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

class ImportKillTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        writeFile(m_passphraseFile, kPassphrase.toUtf8() + '\n');
        writeFile(m_csv, consentCsv(rowCount(), QDate::currentDate()));
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_folder.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_folder.file(QStringLiteral("data")));
        environment.remove(QStringLiteral("CARDBRIDGE_PASSPHRASE"));
        return environment;
    }

    // Starts the CLI with its output discarded (findings name students).
    void start(QProcess &process, const QStringList &arguments) const
    {
        process.setProcessEnvironment(environment());
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(QStringLiteral(CARDBRIDGE_CLI_PATH),
            QStringList { QStringLiteral("--store"), m_current, QStringLiteral("--passphrase-file"),
                m_passphraseFile }
                + arguments);
    }

    QStringList importArguments() const
    {
        return { QStringLiteral("import"), QStringLiteral("--json"), m_csv };
    }

    // Opens the store as the desk would and checks that SQLite finds nothing wrong with it.
    StoreCounts inspect(const QString &path)
    {
        auto store = Store::openWithKey(path, *m_key);
        EXPECT_TRUE(store.has_value()) << qPrintable(store ? QString() : store.error().message);
        if (!store)
            return {};
        QSqlQuery check((*store)->database());
        EXPECT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        QStringList problems;
        while (check.next())
            problems.append(check.value(0).toString());
        EXPECT_EQ(problems, QStringList { QStringLiteral("ok") });
        return { countRows(**store, QStringLiteral("students")),
            countRows(**store, QStringLiteral("consent_records")),
            countRows(**store, QStringLiteral("import_batches")) };
    }

    test::TempFolder m_folder;
    QString m_base = m_folder.file(QStringLiteral("base.store"));
    QString m_current = m_base;
    QString m_csv = m_folder.file(QStringLiteral("consent.csv"));
    QString m_passphraseFile = m_folder.file(QStringLiteral("passphrase.txt"));
    std::optional<MasterKey> m_key;
};

TEST_F(ImportKillTest, KilledAtAnyMomentTheStoreHoldsTheWholeBatchOrNoneOfIt)
{
    {
        QProcess demo;
        start(
            demo, { QStringLiteral("demo"), QStringLiteral("--students"), QStringLiteral("200") });
        ASSERT_TRUE(demo.waitForFinished(120000));
        ASSERT_EQ(demo.exitCode(), 0);
    }
    auto key = Store::unlockKey(m_base, kPassphrase);
    ASSERT_TRUE(key.has_value());
    m_key = std::move(*key);
    const StoreCounts before = inspect(m_base);
    ASSERT_GT(before.students, 0);

    // One complete import: how long it takes, and what the store holds afterwards.
    m_current = m_folder.file(QStringLiteral("complete.store"));
    copyStore(m_base, m_current);
    QElapsedTimer timer;
    timer.start();
    QProcess complete;
    start(complete, importArguments());
    ASSERT_TRUE(complete.waitForFinished(300000));
    const qint64 fullMs = timer.elapsed();
    ASSERT_EQ(complete.exitStatus(), QProcess::NormalExit);
    ASSERT_EQ(complete.exitCode(), 1) << "the list holds a few rejected rows on purpose";
    const StoreCounts after = inspect(m_current);
    ASSERT_EQ(after.importBatches, before.importBatches + 1);
    ASSERT_GT(after.students, before.students);
    ASSERT_GT(after.consentRecords, before.consentRecords);

    // Kill moments spread over the whole run: one random moment in each twelfth of it.
    std::mt19937 random(seed());
    std::uniform_real_distribution<double> within(0.0, 1.0);
    int endedBefore = 0;
    int endedAfter = 0;
    int finishedFirst = 0;
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE(::testing::Message() << "round " << round << ", seed " << seed());
        m_current = m_folder.file(QStringLiteral("round-%1.store").arg(round));
        copyStore(m_base, m_current);
        const qint64 killAtMs = qint64((round + within(random)) * double(fullMs) / kRounds);
        QProcess import;
        QElapsedTimer since;
        since.start();
        start(import, importArguments());
        ASSERT_TRUE(import.waitForStarted(10000));
        while (since.elapsed() < killAtMs && import.state() != QProcess::NotRunning)
            import.waitForFinished(int(std::max<qint64>(1, killAtMs - since.elapsed())));
        const bool ranToTheEnd = import.state() == QProcess::NotRunning;
        if (!ranToTheEnd) {
            import.kill(); // SIGKILL
            // (waitForFinished() is false for a process that has already finished.)
            ASSERT_TRUE(import.waitForFinished(30000));
        }
        finishedFirst += ranToTheEnd ? 1 : 0;

        const StoreCounts found = inspect(m_current);
        if (ranToTheEnd)
            EXPECT_EQ(found, after);
        else
            EXPECT_TRUE(found == before || found == after)
                << "killed at " << killAtMs << " ms: " << found << ", expected " << before << " or "
                << after;
        endedBefore += found == before ? 1 : 0;
        endedAfter += found == after ? 1 : 0;
        for (const QString &suffix :
            { QString(), QStringLiteral(".keys"), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(m_current + suffix);
    }
    std::cout << "[          ] " << rowCount() << " rows, full import " << fullMs << " ms; "
              << kRounds << " rounds: " << endedBefore << " without the batch, " << endedAfter
              << " with it (" << finishedFirst << " finished before the kill)\n";
    EXPECT_EQ(endedBefore + endedAfter, kRounds);
    EXPECT_GT(endedBefore, 0) << "no kill landed before the commit";
}

} // namespace
} // namespace cardbridge
