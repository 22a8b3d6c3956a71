// Consent-list import (issue 4) against the sqlcipher shell's `.import` (the peer), on the same
// synthetic 500,000-row CSV in the same run.
//   ours: ConsentImporter::review + commit into a fresh store (demo agreement, no students):
//         every row validated, each new student written with card barcode and consent record.
//   peer: `sqlcipher DB` with `PRAGMA key = "x'…'"`, `.mode csv`, `.import FILE t` into a fresh
//         keyed database (a bare table of text columns, no validation), spawned as a process.
// floor: the same shell writing our schema's tables from the file with set-based SQL (what
//        SQLCipher alone needs to store these rows with our indexes, see shellFloorMs).
// Reports the median of `reps` runs of each, the ratio, our phases (read, read + validate,
// review, commit) and our peak RSS (VmHWM of a child process that does only the import).
// Synthetic data only; nothing about a row is printed.
//
//   build/killbench/bench/import_bench [reps=3] [rows=500000]
//   build/killbench/bench/import_bench --child STORE CSV   (used by the above)
#include "common/Clock.h"
#include "demo/DemoAgreement.h"
#include "demo/SyntheticNames.h"
#include "importer/ColumnMapping.h"
#include "importer/ConsentImporter.h"
#include "importer/RowValidator.h"
#include "importer/SourceTable.h"
#include "store/AgreementRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cardbridge;
using namespace cardbridge::importer;

namespace {

const QString kPassphrase = QStringLiteral("benchmark passphrase");
const QByteArray kPeerKeyHex = "2b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfe";

QString benchDir()
{
    const QString dir
        = qEnvironmentVariable("CARDBRIDGE_BENCH_DIR", QStringLiteral("/tmp/cardbridge-bench"))
        + QStringLiteral("/import");
    QDir().mkpath(dir);
    return dir;
}

// Valid demo student numbers across the four schools (first digit per school), grades in the
// agreement's scope, consent yes/no, consent dates in the last two months.
void writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the benchmark CSV");
    const QDate today = QDate::currentDate();
    QByteArray chunk = "Student ID,Last Name,First Name,Grade,School,Consent,Consent Date,"
                       "Guardian,Email\r\n";
    for (int i = 0; i < rows; ++i) {
        const DemoListSchool &school = kDemoListSchools[i % 4];
        const int number = school.firstDigit * 1000000 + 100000 + i / 4;
        chunk += QByteArray::number(number) + ',' + syntheticFamilyName(i * 13).toUtf8() + ','
            + syntheticGivenName(i * 7).toUtf8() + ','
            + QByteArray::number(school.lowestGrade + (i / 4) % school.grades) + ',' + school.code
            + ',' + (i % 7 == 0 ? "no" : "yes") + ','
            + today.addDays(-1 - i % 60).toString(Qt::ISODate).toLatin1() + ",Guardian "
            + syntheticFamilyName(i * 13).toUtf8() + ",family" + QByteArray::number(i)
            + "@example.org\r\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

void removeStore(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral(".keys"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

// A fresh store with the demo agreement applied and no students.
std::unique_ptr<Store> freshStore(const QString &path)
{
    removeStore(path);
    auto store = Store::create(path, kPassphrase, KdfParams::minimum());
    if (!store)
        qFatal("cannot create the store: %s", qPrintable(store.error().message));
    const QDateTime now = SystemClock::instance().nowUtc();
    if (auto applied
        = AgreementRepository((*store)->database()).apply(demoAgreement(now.date()), now);
        !applied)
        qFatal("cannot apply the demo agreement: %s", qPrintable(applied.error().message));
    return std::move(*store);
}

struct OurRun {
    double reviewMs = 0;
    double commitMs = 0;
    int accepted = 0;
    int rejected = 0;
    int created = 0;
};

OurRun importInto(Store &store, const QString &csv)
{
    ConsentImporter importer(store.database(), SystemClock::instance());
    QElapsedTimer timer;
    timer.start();
    auto review = importer.review(csv, {});
    if (!review)
        qFatal("review failed: %s", qPrintable(review.error().message));
    OurRun run;
    run.reviewMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    auto outcome = importer.commit();
    if (!outcome || !outcome->committed)
        qFatal(
            "commit failed: %s", qPrintable(outcome ? outcome->message : outcome.error().message));
    run.commitMs = double(timer.nsecsElapsed()) / 1e6;
    run.accepted = outcome->review.counts.accepted;
    run.rejected = outcome->review.counts.rejected;
    run.created = outcome->review.counts.created;
    return run;
}

// Phase one and two without the importer's planning and writing: reading alone, then reading
// with every row validated as the importer does.
double readMs(const QString &csv, Store *validateWith)
{
    QElapsedTimer timer;
    timer.start();
    auto reader = openTable(csv);
    if (!reader)
        qFatal("cannot open the CSV: %s", qPrintable(reader.error().message));
    std::optional<RowValidator> validator;
    if (validateWith) {
        AgreementRepository agreements(validateWith->database());
        const SourceInfo &info = (*reader)->info();
        validator.emplace(info.header, autoMapColumns(info.header).mapping,
            ValidationContext { agreements.schools().value_or(QList<SchoolRecord> {}),
                agreements.current().value_or(std::nullopt), QDate::currentDate() },
            ValidationOptions {});
    }
    QList<Finding> findings;
    int rows = 0;
    int valid = 0;
    for (;;) {
        auto row = (*reader)->next();
        if (!row)
            qFatal("read error: %s", qPrintable(row.error().message));
        if (!*row)
            break;
        ++rows;
        if (validator) {
            findings.clear();
            valid += validator->validate(**row, &findings).has_value() ? 1 : 0;
        }
    }
    if (validator && valid != rows)
        std::printf("  note: %d of %d rows failed validation\n", rows - valid, rows);
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs a script through the sqlcipher shell on `database`; the wall time in ms.
double runShellMs(const QString &database, const QByteArray &script)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlcipher"), { database });
    shell.write(script);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
        qFatal("the sqlcipher shell failed: %s", shell.readAllStandardError().constData());
    return double(timer.nsecsElapsed()) / 1e6;
}

// The peer: the sqlcipher shell importing the same file into a fresh keyed database.
double shellImportMs(const QString &csv, const QString &database, qint64 *rowsImported)
{
    QFile::remove(database);
    const QByteArray script = "PRAGMA key = \"x'" + kPeerKeyHex + "'\";\n.bail on\n.mode csv\n"
        + ".import " + QFile::encodeName(csv) + " t\n";
    const double ms = runShellMs(database, script);
    QProcess count;
    count.start(QStringLiteral("sqlcipher"), { database });
    count.write("PRAGMA key = \"x'" + kPeerKeyHex + "'\";\nSELECT COUNT(*) FROM t;\n");
    count.closeWriteChannel();
    count.waitForFinished(-1);
    *rowsImported = count.readAllStandardOutput().trimmed().split('\n').last().toLongLong();
    return ms;
}

// The schema our store has (tables and indexes), for the floor below.
QByteArray storeSchemaSql(Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
                                   "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")))
        qFatal("cannot read the schema");
    QByteArray sql;
    while (query.next())
        sql += query.value(0).toString().toUtf8() + ";\n";
    return sql;
}

// The floor: what SQLCipher itself needs to write the rows our import writes. The sqlcipher
// shell loads the file into a staging table, then fills our tables (student, card barcode,
// consent record and undo-log row per student, with every index) with four set-based
// INSERT ... SELECT statements in one transaction: no validation, no per-row statements, no
// foreign-key checks. Nothing per row can be faster than this.
double shellFloorMs(const QString &csv, const QString &database, const QByteArray &schema)
{
    QFile::remove(database);
    const QByteArray now = "'2026-01-01T00:00:00.000Z'";
    const QByteArray script = "PRAGMA key = \"x'" + kPeerKeyHex + "'\";\n.bail on\n" + schema
        + ".mode csv\n.import " + QFile::encodeName(csv) + " t\nBEGIN;\n"
        + "INSERT INTO import_batches (id, file_name, sha256, account, imported_at, counts) "
          "VALUES (1, 'f.csv', 'x', 'bench', "
        + now + ", '{}');\n"
        + "INSERT INTO students (school_id, student_number, given_name, family_name, grade, "
          "email, enrolment, consent_state, consent_valid_until, updated_at) SELECT "
          "1 + rowid % 4, \"Student ID\", \"First Name\", \"Last Name\", \"Grade\", \"Email\", "
          "'active', 'granted', '2027-06-30', "
        + now + " FROM t;\n"
        + "INSERT INTO card_barcodes (barcode, school_id, student_id, state, changed_at) "
          "SELECT student_number || '7', school_id, id, 'active', "
        + now + " FROM students;\n"
        + "INSERT INTO consent_records (student_id, decision, given_by, decided_on, valid_until, "
          "import_batch_id, staff_account, recorded_at) SELECT s.id, 'granted', t.\"Guardian\", "
          "t.\"Consent Date\", '2027-06-30', 1, 'bench', "
        + now + " FROM students s JOIN t ON t.rowid = s.id;\n"
        + "INSERT INTO import_changes (batch_id, student_id, action) "
          "SELECT 1, id, 'created' FROM students;\nCOMMIT;\n";
    return runShellMs(database, script);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

qint64 vmHwmKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Child mode: only our import, then the peak resident set size of this process.
int child(const QString &storePath, const QString &csv)
{
    auto store = freshStore(storePath);
    const qint64 baseline = vmHwmKiB();
    const OurRun run = importInto(*store, csv);
    std::printf("%.0f %lld %lld\n", run.reviewMs + run.commitMs, vmHwmKiB(), baseline);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 4 && arguments.at(1) == QStringLiteral("--child"))
        return child(arguments.at(2), arguments.at(3));
    const int reps = arguments.size() > 1 ? std::max(1, arguments.at(1).toInt()) : 3;
    const int rows = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 500000;

    const QString dir = benchDir();
    const QString csv = dir + QStringLiteral("/consent-%1.csv").arg(rows);
    QElapsedTimer timer;
    timer.start();
    writeCsv(csv, rows);
    std::printf("%d-row consent CSV (%.1f MB) written in %.0f ms: %s\n", rows,
        double(QFileInfo(csv).size()) / 1e6, double(timer.elapsed()), qPrintable(csv));

    const QString ourStore = dir + QStringLiteral("/ours.store");
    const QString peerDatabase = dir + QStringLiteral("/peer.db");
    std::vector<double> ours, review, commit, peer, floor, read, validate;
    for (int rep = 0; rep < reps; ++rep) {
        qint64 peerRows = 0;
        peer.push_back(shellImportMs(csv, peerDatabase, &peerRows));
        if (peerRows != rows)
            std::printf("  note: the shell imported %lld rows\n", peerRows);

        auto store = freshStore(ourStore);
        floor.push_back(shellFloorMs(csv, peerDatabase, storeSchemaSql(*store)));
        read.push_back(readMs(csv, nullptr));
        validate.push_back(readMs(csv, store.get()));
        const OurRun run = importInto(*store, csv);
        if (run.created != rows || run.rejected != 0)
            std::printf("  note: %d accepted, %d rejected, %d created\n", run.accepted,
                run.rejected, run.created);
        review.push_back(run.reviewMs);
        commit.push_back(run.commitMs);
        ours.push_back(run.reviewMs + run.commitMs);
        std::printf("  rep %d: ours %.0f ms (review %.0f, commit %.0f), sqlcipher shell %.0f ms, "
                    "floor %.0f ms\n",
            rep + 1, ours.back(), run.reviewMs, run.commitMs, peer.back(), floor.back());
    }
    removeStore(ourStore);
    QFile::remove(peerDatabase);

    QProcess measure;
    measure.start(app.applicationFilePath(), { QStringLiteral("--child"), ourStore, csv });
    measure.waitForFinished(-1);
    const QList<QByteArray> figures = measure.readAllStandardOutput().trimmed().split(' ');
    removeStore(ourStore);

    const double oursMs = median(ours);
    const double peerMs = median(peer);
    std::printf("\nmedians of %d runs, %d rows:\n", reps, rows);
    std::printf("  ours (review + commit, every row validated)  %8.0f ms  %7.0f rows/s\n", oursMs,
        rows / oursMs * 1000);
    std::printf("  sqlcipher shell .import (no validation)      %8.0f ms  %7.0f rows/s\n", peerMs,
        rows / peerMs * 1000);
    std::printf(
        "  ratio ours / shell                           %8.2fx  (goal <= 1.0x)\n", oursMs / peerMs);
    std::printf("  floor: the shell writing our tables set-based %5.0f ms  (%.2fx the shell's "
                ".import; ours / floor %.2fx)\n",
        median(floor), median(floor) / peerMs, oursMs / median(floor));
    std::printf("phases (ours):\n");
    std::printf("  read only (open, SHA-256, decode, parse)     %8.0f ms\n", median(read));
    std::printf("  read + validate every row                    %8.0f ms  (validate ~%.0f)\n",
        median(validate), median(validate) - median(read));
    std::printf("  review (pass one: read, validate, plan)      %8.0f ms  (plan ~%.0f)\n",
        median(review), median(review) - median(validate));
    std::printf("  commit (pass two: re-read, validate, write)  %8.0f ms  (write ~%.0f)\n",
        median(commit), median(commit) - median(validate));
    if (figures.size() == 3)
        std::printf("peak RSS of a process doing only our import: %.0f MB (%.0f MB before the "
                    "import; goal < 300 MB), import %s ms\n",
            figures.at(1).toDouble() / 1024, figures.at(2).toDouble() / 1024,
            figures.at(0).constData());
    else
        std::printf("peak RSS: the child process failed\n");
    return 0;
}
