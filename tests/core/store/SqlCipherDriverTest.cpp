#include "store/SqlCipherDriver.h"

#include "security/SecretBytes.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <sqlcipher/sqlite3.h>

#include <atomic>
#include <limits>

using namespace cardbridge;

namespace {

const QString kCreate = QStringLiteral("CARDBRIDGE_CREATE");

QString uniqueConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("sqlcipher-test-%1").arg(++counter);
}

// One named connection; closed and removed when it goes out of scope. Declare it before any
// QSqlQuery so the queries die first.
class Connection {
public:
    Connection(const QString &path, const SecretBytes &key, const QString &options = kCreate)
        : m_name(uniqueConnectionName())
    {
        auto *driver = new SqlCipherDriver;
        if (!key.empty())
            driver->setRawKey(key);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_opened = db.open();
        m_error = db.lastError();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool opened() const { return m_opened; }
    const QSqlError &error() const { return m_error; }

    // Runs a statement that must succeed.
    void run(const QString &sql) const
    {
        QSqlQuery query(db());
        ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    }

    qlonglong count(const QString &table) const
    {
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private:
    QString m_name;
    bool m_opened = false;
    QSqlError m_error;
};

class SqlCipherDriverTest : public ::testing::Test {
protected:
    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("store.db"));
    SecretBytes key = SecretBytes::random(kMasterKeyBytes);
};

} // namespace

// ---------------------------------------------------------------------------------------------
// Opening and keys

TEST_F(SqlCipherDriverTest, CreateAndReopenWithSameKeyReadsDataBack)
{
    {
        Connection conn(path, key);
        ASSERT_TRUE(conn.opened()) << conn.error().text().toStdString();
        conn.run(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"));
        conn.run(QStringLiteral("INSERT INTO t (name) VALUES ('first')"));
    }
    Connection conn(path, key, QString());
    ASSERT_TRUE(conn.opened()) << conn.error().text().toStdString();
    QSqlQuery query(conn.db());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT name FROM t")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("first"));
    EXPECT_FALSE(query.next());
}

TEST_F(SqlCipherDriverTest, WrongKeyFailsWithNotADatabase)
{
    {
        Connection conn(path, key);
        ASSERT_TRUE(conn.opened());
        conn.run(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    }
    const SecretBytes otherKey = SecretBytes::random(kMasterKeyBytes);
    Connection conn(path, otherKey, QString());
    EXPECT_FALSE(conn.opened());
    EXPECT_EQ(conn.error().type(), QSqlError::ConnectionError);
    EXPECT_EQ(conn.error().nativeErrorCode(), QStringLiteral("26"));
    EXPECT_FALSE(conn.db().isOpen());
    EXPECT_TRUE(conn.db().isOpenError());
}

TEST_F(SqlCipherDriverTest, NoKeyOnEncryptedFileFailsWithNotADatabase)
{
    {
        Connection conn(path, key);
        ASSERT_TRUE(conn.opened());
        conn.run(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    }
    Connection conn(path, SecretBytes(), QString());
    EXPECT_FALSE(conn.opened());
    EXPECT_EQ(conn.error().nativeErrorCode(), QStringLiteral("26"));
}

TEST_F(SqlCipherDriverTest, MissingFileWithoutCreateFailsWithCannotOpen)
{
    Connection conn(path, key, QString());
    EXPECT_FALSE(conn.opened());
    EXPECT_EQ(conn.error().type(), QSqlError::ConnectionError);
    EXPECT_EQ(conn.error().nativeErrorCode(), QStringLiteral("14"));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(SqlCipherDriverTest, ShortKeyIsRejected)
{
    Connection conn(path, SecretBytes::random(16));
    EXPECT_FALSE(conn.opened());
    EXPECT_EQ(conn.error().type(), QSqlError::ConnectionError);
}

TEST_F(SqlCipherDriverTest, ReadOnlyConnectionRejectsWrites)
{
    {
        Connection conn(path, key);
        ASSERT_TRUE(conn.opened());
        conn.run(QStringLiteral("CREATE TABLE t (x INTEGER)"));
        conn.run(QStringLiteral("INSERT INTO t VALUES (1)"));
    }
    Connection conn(path, key, QStringLiteral("CARDBRIDGE_READONLY"));
    ASSERT_TRUE(conn.opened()) << conn.error().text().toStdString();
    EXPECT_EQ(conn.count(QStringLiteral("t")), 1);
    QSqlQuery query(conn.db());
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    EXPECT_EQ(query.lastError().type(), QSqlError::StatementError);
    EXPECT_EQ(query.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_READONLY);
}

TEST_F(SqlCipherDriverTest, EncryptedFileDoesNotContainPlaintext)
{
    const QString marker = QStringLiteral("CARDBRIDGE-PLAINTEXT-MARKER-4711");
    const QString plainPath = folder.file(QStringLiteral("plain.db"));
    for (const bool encrypted : { true, false }) {
        Connection conn(encrypted ? path : plainPath, encrypted ? key : SecretBytes());
        ASSERT_TRUE(conn.opened());
        conn.run(QStringLiteral("CREATE TABLE t (name TEXT)"));
        QSqlQuery insert(conn.db());
        ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t (name) VALUES (?)")));
        insert.addBindValue(marker);
        ASSERT_TRUE(insert.exec());
    }
    const QByteArray encryptedBytes = test::readAll(path);
    ASSERT_GT(encryptedBytes.size(), 0);
    EXPECT_FALSE(encryptedBytes.contains(marker.toUtf8()));
    EXPECT_FALSE(encryptedBytes.startsWith("SQLite format 3"));
    // Control: the same write without a key leaves the marker readable in the file.
    EXPECT_TRUE(test::readAll(plainPath).contains(marker.toUtf8()));
}

TEST_F(SqlCipherDriverTest, RegisteredNameCreatesWorkingDriver)
{
    SqlCipherDriver::registerDriver();
    SqlCipherDriver::registerDriver(); // idempotent
    ASSERT_TRUE(QSqlDatabase::isDriverAvailable(SqlCipherDriver::driverName()));
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), name);
        auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
        ASSERT_NE(driver, nullptr);
        driver->setRawKey(key);
        db.setDatabaseName(path);
        db.setConnectOptions(kCreate);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        EXPECT_TRUE(query.exec(QStringLiteral("INSERT INTO t VALUES (7)")));
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT x FROM t")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toLongLong(), 7);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(SqlCipherDriverTest, HandleIsTheRawConnection)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    const QVariant handle = conn.db().driver()->handle();
    ASSERT_EQ(handle.metaType(), QMetaType::fromType<void *>());
    auto *raw = static_cast<sqlite3 *>(handle.value<void *>());
    auto *driver = qobject_cast<SqlCipherDriver *>(conn.db().driver());
    ASSERT_NE(driver, nullptr);
    EXPECT_EQ(raw, driver->connection());
    EXPECT_EQ(
        sqlite3_exec(raw, "CREATE TABLE raw (x INTEGER)", nullptr, nullptr, nullptr), SQLITE_OK);
    EXPECT_TRUE(conn.db().tables().contains(QStringLiteral("raw")));
}

// ---------------------------------------------------------------------------------------------
// Binding and types

TEST_F(SqlCipherDriverTest, NamedPlaceholdersReexecutedManyTimes)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (id INTEGER, name TEXT, again TEXT)"));
    QSqlQuery insert(conn.db());
    // :name appears twice: both occurrences take the one bound value.
    ASSERT_TRUE(insert.prepare(
        QStringLiteral("INSERT INTO t (id, name, again) VALUES (:id, :name, :name)")));
    for (int i = 0; i < 500; ++i) {
        insert.bindValue(QStringLiteral(":name"), QStringLiteral("n%1").arg(i));
        insert.bindValue(QStringLiteral(":id"), i);
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
        EXPECT_EQ(insert.numRowsAffected(), 1);
    }
    EXPECT_EQ(conn.count(QStringLiteral("t")), 500);

    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.prepare(QStringLiteral("SELECT name, again FROM t WHERE id = :id")));
    for (int i = 0; i < 500; i += 37) {
        select.bindValue(QStringLiteral(":id"), i);
        ASSERT_TRUE(select.exec());
        ASSERT_TRUE(select.next());
        EXPECT_EQ(select.value(0).toString(), QStringLiteral("n%1").arg(i));
        EXPECT_EQ(select.value(QStringLiteral("again")).toString(), QStringLiteral("n%1").arg(i));
        EXPECT_FALSE(select.next());
    }
}

TEST_F(SqlCipherDriverTest, PositionalPlaceholdersReexecutedManyTimes)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (id INTEGER, name TEXT)"));
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)")));
    for (int i = 0; i < 300; ++i) {
        if (i % 2 == 0) {
            insert.addBindValue(i);
            insert.addBindValue(QStringLiteral("p%1").arg(i));
        } else {
            insert.bindValue(1, QStringLiteral("p%1").arg(i));
            insert.bindValue(0, i);
        }
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    }
    EXPECT_EQ(conn.count(QStringLiteral("t")), 300);
    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.prepare(QStringLiteral("SELECT name FROM t WHERE id = ?")));
    for (int i : { 0, 1, 150, 299 }) {
        select.addBindValue(i);
        ASSERT_TRUE(select.exec());
        ASSERT_TRUE(select.next());
        EXPECT_EQ(select.value(0).toString(), QStringLiteral("p%1").arg(i));
    }
}

TEST_F(SqlCipherDriverTest, NamedQueryAcceptsPositionalBinds)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)"));
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t (a, b) VALUES (:a, :b)")));
    insert.addBindValue(5);
    insert.addBindValue(QStringLiteral("five"));
    ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT a, b FROM t")));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), 5);
    EXPECT_EQ(select.value(1).toString(), QStringLiteral("five"));
}

TEST_F(SqlCipherDriverTest, ExecBatchIsEmulatedRowByRow)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)"));
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t (a, b) VALUES (:a, :b)")));
    insert.bindValue(QStringLiteral(":a"), QVariantList { 1, 2, 3 });
    insert.bindValue(QStringLiteral(":b"),
        QVariantList { QStringLiteral("x"), QVariant(), QStringLiteral("z") });
    ASSERT_TRUE(insert.execBatch()) << insert.lastError().text().toStdString();
    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT a, b FROM t ORDER BY a")));
    ASSERT_TRUE(select.seek(1));
    EXPECT_EQ(select.value(0).toLongLong(), 2);
    EXPECT_TRUE(select.isNull(1));
    ASSERT_TRUE(select.last());
    EXPECT_EQ(select.value(1).toString(), QStringLiteral("z"));
}

TEST_F(SqlCipherDriverTest, MissingBindValueIsAnError)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER)"));
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)")));
    insert.addBindValue(1);
    EXPECT_FALSE(insert.exec());
    EXPECT_EQ(insert.lastError().type(), QSqlError::StatementError);
    EXPECT_EQ(conn.count(QStringLiteral("t")), 0);
}

TEST_F(SqlCipherDriverTest, NullRoundTripKeepsDeclaredType)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (i INTEGER, s TEXT, d REAL, b BLOB)"));
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?)")));
    insert.addBindValue(QVariant());
    insert.addBindValue(QString()); // a null QString binds NULL (Qt convention)
    insert.addBindValue(QVariant(QMetaType::fromType<double>()));
    insert.addBindValue(QByteArray());
    ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();

    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT i, s, d, b FROM t")));
    ASSERT_TRUE(select.next());
    for (int column = 0; column < 4; ++column) {
        EXPECT_TRUE(select.isNull(column)) << column;
        EXPECT_TRUE(select.value(column).isNull()) << column;
    }
    EXPECT_EQ(select.value(0).metaType(), QMetaType::fromType<qlonglong>());
    EXPECT_EQ(select.value(1).metaType(), QMetaType::fromType<QString>());
    EXPECT_EQ(select.value(2).metaType(), QMetaType::fromType<double>());
    EXPECT_EQ(select.value(3).metaType(), QMetaType::fromType<QByteArray>());
    const QSqlRecord record = select.record();
    EXPECT_EQ(record.field(0).metaType(), QMetaType::fromType<qlonglong>());
    EXPECT_EQ(record.field(1).metaType(), QMetaType::fromType<QString>());
}

TEST_F(SqlCipherDriverTest, BlobWithZeroBytesRoundTrips)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (id INTEGER, b BLOB)"));
    QByteArray blob;
    for (int i = 0; i < 1024; ++i)
        blob.append(static_cast<char>(i % 7 == 0 ? 0 : i & 0xff));
    const QByteArray empty("", 0);
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (:id, :b)")));
    insert.bindValue(QStringLiteral(":id"), 1);
    insert.bindValue(QStringLiteral(":b"), blob);
    ASSERT_TRUE(insert.exec());
    insert.bindValue(QStringLiteral(":id"), 2);
    insert.bindValue(QStringLiteral(":b"), empty);
    ASSERT_TRUE(insert.exec());

    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT b FROM t ORDER BY id")));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).metaType(), QMetaType::fromType<QByteArray>());
    EXPECT_EQ(select.value(0).toByteArray(), blob);
    ASSERT_TRUE(select.next());
    EXPECT_FALSE(select.isNull(0));
    EXPECT_TRUE(select.value(0).toByteArray().isEmpty());
    EXPECT_FALSE(select.value(0).toByteArray().isNull());
}

TEST_F(SqlCipherDriverTest, NonAsciiTextRoundTrips)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (s TEXT)"));
    const QString text
        = QString::fromUtf8("Zoë Łukasz-Núñez 東京 \xF0\x9F\x93\x9A"); // incl. astral
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    insert.addBindValue(text);
    ASSERT_TRUE(insert.exec());
    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.prepare(QStringLiteral("SELECT s, length(s) FROM t WHERE s = ?")));
    select.addBindValue(text);
    ASSERT_TRUE(select.exec());
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toString(), text);
    EXPECT_EQ(select.value(1).toLongLong(), text.toUcs4().size());
}

TEST_F(SqlCipherDriverTest, Int64AndDoubleRoundTrip)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (i INTEGER, d REAL)"));
    const qlonglong big = std::numeric_limits<qlonglong>::max();
    const qlonglong small = std::numeric_limits<qlonglong>::min();
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
    insert.addBindValue(big);
    insert.addBindValue(3.141592653589793);
    ASSERT_TRUE(insert.exec());
    insert.addBindValue(small);
    insert.addBindValue(-1.5e-300);
    ASSERT_TRUE(insert.exec());
    insert.addBindValue(true);
    insert.addBindValue(2.0f);
    ASSERT_TRUE(insert.exec());

    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT i, d FROM t ORDER BY rowid")));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).metaType(), QMetaType::fromType<qlonglong>());
    EXPECT_EQ(select.value(0).toLongLong(), big);
    EXPECT_EQ(select.value(1).metaType(), QMetaType::fromType<double>());
    EXPECT_EQ(select.value(1).toDouble(), 3.141592653589793);
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), small);
    EXPECT_EQ(select.value(1).toDouble(), -1.5e-300);
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), 1);
    EXPECT_EQ(select.value(1).toDouble(), 2.0);
}

TEST_F(SqlCipherDriverTest, DateTimeBindsAsIsoUtcText)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (at TEXT, day TEXT)"));
    const QDateTime local(QDate(2024, 9, 3), QTime(8, 15, 30, 7), QTimeZone(-7 * 3600));
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
    insert.addBindValue(local);
    insert.addBindValue(QDate(2025, 6, 30));
    ASSERT_TRUE(insert.exec());
    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT at, day FROM t")));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toString(), QStringLiteral("2024-09-03T15:15:30.007Z"));
    EXPECT_EQ(select.value(1).toString(), QStringLiteral("2025-06-30"));
}

TEST_F(SqlCipherDriverTest, ExpressionColumnTypeComesFromFirstRow)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (x REAL)"));
    conn.run(QStringLiteral("INSERT INTO t VALUES (1.5)"));
    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT count(*), max(x) FROM t")));
    EXPECT_EQ(select.record().field(0).metaType(), QMetaType::fromType<qlonglong>());
    EXPECT_EQ(select.record().field(1).metaType(), QMetaType::fromType<double>());
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), 1);
}

// ---------------------------------------------------------------------------------------------
// Statements, transactions, results

TEST_F(SqlCipherDriverTest, RollbackUndoesAndCommitPersists)
{
    {
        Connection conn(path, key);
        ASSERT_TRUE(conn.opened());
        conn.run(QStringLiteral("CREATE TABLE t (x INTEGER)"));
        QSqlDatabase db = conn.db();
        ASSERT_TRUE(db.transaction());
        conn.run(QStringLiteral("INSERT INTO t VALUES (1)"));
        EXPECT_EQ(conn.count(QStringLiteral("t")), 1);
        ASSERT_TRUE(db.rollback());
        EXPECT_EQ(conn.count(QStringLiteral("t")), 0);

        ASSERT_TRUE(db.transaction());
        conn.run(QStringLiteral("INSERT INTO t VALUES (2)"));
        conn.run(QStringLiteral("INSERT INTO t VALUES (3)"));
        ASSERT_TRUE(db.commit());
        // Committing with no transaction open is an error with a message.
        EXPECT_FALSE(db.commit());
        EXPECT_EQ(db.lastError().type(), QSqlError::TransactionError);
        EXPECT_FALSE(db.lastError().databaseText().isEmpty());
    }
    Connection conn(path, key, QString());
    ASSERT_TRUE(conn.opened());
    EXPECT_EQ(conn.count(QStringLiteral("t")), 2);
}

TEST_F(SqlCipherDriverTest, LastInsertIdAndRowsAffected)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    QSqlQuery query(conn.db());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER)")));
    EXPECT_EQ(query.numRowsAffected(), 0);
    EXPECT_FALSE(query.lastInsertId().isValid());

    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO t (x) VALUES (?)")));
    for (int i = 1; i <= 3; ++i) {
        query.addBindValue(i * 10);
        ASSERT_TRUE(query.exec());
        EXPECT_EQ(query.lastInsertId().toLongLong(), i);
        EXPECT_EQ(query.numRowsAffected(), 1);
    }
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO t (id, x) VALUES (42, 0)")));
    EXPECT_EQ(query.lastInsertId().toLongLong(), 42);

    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE t SET x = x + 1 WHERE x >= 10")));
    EXPECT_EQ(query.numRowsAffected(), 3);
    EXPECT_FALSE(query.lastInsertId().isValid());
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM t WHERE x = 9999")));
    EXPECT_EQ(query.numRowsAffected(), 0);
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM t")));
    EXPECT_EQ(query.numRowsAffected(), 4);
}

TEST_F(SqlCipherDriverTest, StatementErrorsCarryTypeCodeAndMessage)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    QSqlQuery query(conn.db());
    EXPECT_FALSE(query.prepare(QStringLiteral("SELEC nonsense")));
    EXPECT_EQ(query.lastError().type(), QSqlError::StatementError);
    EXPECT_EQ(query.lastError().nativeErrorCode(), QStringLiteral("1"));
    EXPECT_FALSE(query.lastError().databaseText().isEmpty());

    EXPECT_FALSE(query.exec(QStringLiteral("SELECT * FROM missing_table")));
    EXPECT_EQ(query.lastError().type(), QSqlError::StatementError);
    EXPECT_TRUE(query.lastError().databaseText().contains(QStringLiteral("missing_table")));

    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER UNIQUE)")));
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    query.addBindValue(1);
    EXPECT_FALSE(query.exec());
    EXPECT_EQ(query.lastError().type(), QSqlError::StatementError);
    EXPECT_EQ(query.lastError().nativeErrorCode(),
        QString::number(SQLITE_CONSTRAINT_UNIQUE)); // extended code; & 0xff == 19
    // The prepared statement is still usable after the failure.
    query.addBindValue(2);
    EXPECT_TRUE(query.exec()) << query.lastError().text().toStdString();
}

TEST_F(SqlCipherDriverTest, OneStatementPerQuery)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    QSqlQuery query(conn.db());
    EXPECT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER);  \n")));
    EXPECT_TRUE(query.exec(QStringLiteral("INSERT INTO t VALUES (1); -- trailing comment\n")));
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (2); INSERT INTO t VALUES (3)")));
    EXPECT_EQ(query.lastError().type(), QSqlError::StatementError);
    EXPECT_EQ(conn.count(QStringLiteral("t")), 1);
    EXPECT_FALSE(query.exec(QStringLiteral("   ")));
}

TEST_F(SqlCipherDriverTest, ForwardOnlyIteration)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    ASSERT_TRUE(conn.db().transaction());
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    for (int i = 0; i < 100; ++i) {
        insert.addBindValue(i);
        ASSERT_TRUE(insert.exec());
    }
    ASSERT_TRUE(conn.db().commit());

    QSqlQuery select(conn.db());
    select.setForwardOnly(true);
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT x FROM t ORDER BY x")));
    EXPECT_EQ(select.size(), -1);
    qlonglong expected = 0;
    while (select.next()) {
        EXPECT_EQ(select.value(0).toLongLong(), expected);
        EXPECT_EQ(select.at(), expected);
        ++expected;
    }
    EXPECT_EQ(expected, 100);
    EXPECT_FALSE(select.isValid());

    // last() on a forward-only query still lands on the last row.
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT x FROM t ORDER BY x")));
    ASSERT_TRUE(select.last());
    EXPECT_EQ(select.at(), 99);
    EXPECT_EQ(select.value(0).toLongLong(), 99);
    EXPECT_FALSE(select.next());
}

TEST_F(SqlCipherDriverTest, ScrollableSeekPreviousLastFirst)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (x INTEGER, s TEXT)"));
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
    for (int i = 0; i < 50; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("row %1").arg(i));
        ASSERT_TRUE(insert.exec());
    }

    QSqlQuery select(conn.db());
    ASSERT_FALSE(select.isForwardOnly());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT x, s FROM t ORDER BY x")));
    ASSERT_TRUE(select.seek(10));
    EXPECT_EQ(select.value(0).toLongLong(), 10);
    ASSERT_TRUE(select.previous());
    EXPECT_EQ(select.value(1).toString(), QStringLiteral("row 9"));
    ASSERT_TRUE(select.seek(3));
    EXPECT_EQ(select.value(0).toLongLong(), 3);
    ASSERT_TRUE(select.seek(20));
    EXPECT_EQ(select.value(0).toLongLong(), 20);
    ASSERT_TRUE(select.seek(-5, true));
    EXPECT_EQ(select.value(0).toLongLong(), 15);
    ASSERT_TRUE(select.last());
    EXPECT_EQ(select.at(), 49);
    EXPECT_EQ(select.value(1).toString(), QStringLiteral("row 49"));
    ASSERT_TRUE(select.previous());
    EXPECT_EQ(select.value(0).toLongLong(), 48);
    ASSERT_TRUE(select.first());
    EXPECT_EQ(select.value(0).toLongLong(), 0);
    EXPECT_FALSE(select.previous()); // now before the first row
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), 0);
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), 1);
    EXPECT_FALSE(select.seek(50));
    ASSERT_TRUE(select.seek(25));
    EXPECT_EQ(select.value(1).toString(), QStringLiteral("row 25"));

    // Re-executing starts over.
    ASSERT_TRUE(select.exec());
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), 0);
}

TEST_F(SqlCipherDriverTest, ReexecWithNewBindWhileIterating)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (k TEXT, v INTEGER)"));
    conn.run(QStringLiteral("INSERT INTO t VALUES ('a', 1), ('a', 2), ('b', 3)"));
    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.prepare(QStringLiteral("SELECT v FROM t WHERE k = :k ORDER BY v")));
    select.bindValue(QStringLiteral(":k"), QStringLiteral("a"));
    ASSERT_TRUE(select.exec());
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), 1);
    // Re-binding mid-iteration must not disturb the running statement (values stay alive).
    select.bindValue(QStringLiteral(":k"), QStringLiteral("b"));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), 2);
    EXPECT_FALSE(select.next());
    ASSERT_TRUE(select.exec());
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), 3);
    EXPECT_FALSE(select.next());
}

TEST_F(SqlCipherDriverTest, QueryModelShowsAllRows)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"));
    ASSERT_TRUE(conn.db().transaction());
    QSqlQuery insert(conn.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t (id, name) VALUES (:id, :name)")));
    for (int i = 0; i < 1000; ++i) {
        insert.bindValue(QStringLiteral(":id"), i);
        insert.bindValue(QStringLiteral(":name"), QStringLiteral("student %1").arg(i));
        ASSERT_TRUE(insert.exec());
    }
    ASSERT_TRUE(conn.db().commit());

    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT id, name FROM t ORDER BY id"), conn.db());
    ASSERT_FALSE(model.lastError().isValid()) << model.lastError().text().toStdString();
    while (model.canFetchMore())
        model.fetchMore();
    ASSERT_EQ(model.rowCount(), 1000);
    EXPECT_EQ(model.columnCount(), 2);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    EXPECT_EQ(model.data(model.index(999, 1)).toString(), QStringLiteral("student 999"));
    EXPECT_EQ(model.data(model.index(0, 0)).toLongLong(), 0);
    EXPECT_EQ(model.data(model.index(500, 1)).toString(), QStringLiteral("student 500"));
    EXPECT_EQ(
        model.record(7).value(QStringLiteral("name")).toString(), QStringLiteral("student 7"));
    model.clear();
}

TEST_F(SqlCipherDriverTest, TablesRecordAndPrimaryIndex)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE student (number TEXT NOT NULL, school INTEGER, "
                            "score REAL DEFAULT 0, photo BLOB, PRIMARY KEY (school, number))"));
    conn.run(QStringLiteral("CREATE TABLE \"odd \"\"name\" (id INTEGER PRIMARY KEY)"));
    conn.run(QStringLiteral("CREATE VIEW v AS SELECT number FROM student"));
    QSqlDatabase db = conn.db();

    EXPECT_EQ(db.tables(QSql::Tables),
        QStringList({ QStringLiteral("odd \"name"), QStringLiteral("student") }));
    EXPECT_EQ(db.tables(QSql::Views), QStringList({ QStringLiteral("v") }));
    EXPECT_TRUE(db.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));

    const QSqlRecord record = db.record(QStringLiteral("student"));
    ASSERT_EQ(record.count(), 4);
    EXPECT_EQ(record.fieldName(0), QStringLiteral("number"));
    EXPECT_EQ(record.field(0).metaType(), QMetaType::fromType<QString>());
    EXPECT_EQ(record.field(0).requiredStatus(), QSqlField::Required);
    EXPECT_EQ(record.field(1).metaType(), QMetaType::fromType<qlonglong>());
    EXPECT_EQ(record.field(2).metaType(), QMetaType::fromType<double>());
    EXPECT_EQ(record.field(3).metaType(), QMetaType::fromType<QByteArray>());

    const QSqlIndex index = db.primaryIndex(QStringLiteral("student"));
    ASSERT_EQ(index.count(), 2);
    EXPECT_EQ(index.fieldName(0), QStringLiteral("school"));
    EXPECT_EQ(index.fieldName(1), QStringLiteral("number"));

    const QString odd = QStringLiteral("odd \"name");
    const QString escaped = db.driver()->escapeIdentifier(odd, QSqlDriver::TableName);
    EXPECT_EQ(escaped, QStringLiteral("\"odd \"\"name\""));
    const QSqlIndex oddIndex = db.primaryIndex(odd);
    ASSERT_EQ(oddIndex.count(), 1);
    EXPECT_TRUE(oddIndex.field(0).isAutoValue());
    EXPECT_EQ(db.record(odd).count(), 1);
}

TEST_F(SqlCipherDriverTest, CloseFinalizesQueriesStillAlive)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    conn.run(QStringLiteral("INSERT INTO t VALUES (1), (2)"));
    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.prepare(QStringLiteral("SELECT x FROM t")));
    ASSERT_TRUE(select.exec());
    ASSERT_TRUE(select.next());
    QSqlDatabase db = conn.db();
    db.close();
    EXPECT_FALSE(select.isActive());
    EXPECT_FALSE(select.next());
    EXPECT_FALSE(select.exec());
    // open() consumed (wiped) the key: reopening needs it again. Old queries stay harmless.
    EXPECT_FALSE(db.open());
    qobject_cast<SqlCipherDriver *>(db.driver())->setRawKey(key);
    ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
    EXPECT_EQ(conn.count(QStringLiteral("t")), 2);
    EXPECT_FALSE(select.exec());
}

TEST_F(SqlCipherDriverTest, FinishReleasesTheStatement)
{
    Connection conn(path, key);
    ASSERT_TRUE(conn.opened());
    conn.run(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    conn.run(QStringLiteral("INSERT INTO t VALUES (1), (2)"));
    QSqlQuery select(conn.db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT x FROM t")));
    ASSERT_TRUE(select.next());
    auto *stmt = static_cast<sqlite3_stmt *>(select.result()->handle().value<void *>());
    ASSERT_NE(stmt, nullptr);
    EXPECT_NE(sqlite3_stmt_busy(stmt), 0);
    select.finish();
    EXPECT_EQ(sqlite3_stmt_busy(stmt), 0);
    EXPECT_FALSE(select.isActive());
}
