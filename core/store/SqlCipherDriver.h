#pragma once

#include "security/SecretBytes.h"

#include <QSqlDriver>

#include <vector>

struct sqlite3;

namespace cardbridge {

class SqlCipherResult;

// Qt Sql driver over SQLCipher's C API. Qt's own QSQLITE plugin links the system SQLite and
// ignores keys (GUIDE section 8), so every CardBridge connection goes through this class.
//
// Keying: call setRawKey() before QSqlDatabase::open(); open() hands it to sqlite3_key as a
// raw 256-bit key (x'...', no SQLCipher KDF), wipes its copy, and reads the schema once so a
// wrong key fails inside open() with native error code "26" (SQLITE_NOTADB).
// Connect options (QSqlDatabase::setConnectOptions, ';'-separated):
//   CARDBRIDGE_CREATE      create the file if it is missing (default: fail if missing)
//   CARDBRIDGE_READONLY    open read-only
class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // The name under which the driver is registered with QSqlDatabase.
    static QString driverName();
    // Registers driverName() with QSqlDatabase::registerSqlDriver (idempotent).
    static void registerDriver();

    void setRawKey(const SecretBytes &key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
        int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override; // QVariant holding sqlite3*

    sqlite3 *connection() const { return m_db; }

private:
    friend class SqlCipherResult;

    bool execSimple(const char *sql, const QString &context);
    void failOpen(sqlite3 *db, int code, const QString &text);

    sqlite3 *m_db = nullptr;
    SecretBytes m_key;
    // Results created by this driver (one connection per thread, so no lock). close() finalizes
    // their statements before closing the connection.
    mutable std::vector<SqlCipherResult *> m_results;
};

} // namespace cardbridge
