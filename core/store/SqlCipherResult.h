#pragma once

#include <QList>
#include <QLoggingCategory>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cardbridge {

class SqlCipherDriver;

Q_DECLARE_LOGGING_CATEGORY(lcStoreDriver)

// Qt type for an SQLite declared column type ("INTEGER", "VARCHAR(20)", ...): INT -> qlonglong,
// REAL/FLOA/DOUB -> double, BLOB -> QByteArray, anything else (TEXT, dates, empty) -> QString.
QMetaType metaTypeForDeclaredType(const char *declared);

// One prepared SQLCipher statement behind a QSqlQuery (created by SqlCipherDriver).
//
// - One statement per query string: a trailing ';', whitespace or comment is accepted, a second
//   statement is rejected (StatementError). Scripts go through several QSqlQuery::exec calls.
// - The statement is prepared once and re-executed (sqlite3_reset + rebind) by every exec().
// - Placeholders: the driver reports NamedPlaceholders, so Qt hands us the query with ':name'
//   kept and every '?' renamed to a Qt serial name; prepare() maps each SQLite parameter to
//   the index of its value in boundValues() once, so exec() binds by index, no name look-ups.
// - Rows: the statement's current row is read straight from SQLite. When the query is not
//   forward-only, rows are cached (flat QVariant vector) as the statement steps past them, so
//   seek/previous/last/QSqlQueryModel work; forward-only queries keep no cache.
// - Errors carry QSqlError::StatementError and the numeric (extended) SQLite result code as
//   nativeErrorCode(); `code & 0xff` is the primary code.
class SqlCipherResult final : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    // The sqlite3_stmt* as void* (invalid before prepare and after the connection closed).
    QVariant handle() const override;

    // Called by SqlCipherDriver::close() before the connection goes away.
    void finalizeStatement();

protected:
    bool prepare(const QString &query) override;
    bool exec() override;
    bool reset(const QString &query) override;
    QVariant data(int index) override;
    bool isNull(int index) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    enum class Step { Row, Done, Error };

    sqlite3 *connection() const;
    Step advance();
    void clearRows();
    void saveLiveRow();
    QVariant columnValue(int column) const;
    bool bindAll();
    void mapParameters();
    void resolveUndeclaredTypes();
    void setStatementError(const QString &text, int code);
    const QVariant *cachedValue(int index) const;
    bool onLiveRow() const { return m_live && at() == m_stepped - 1; }

    sqlite3_stmt *m_stmt = nullptr;
    int m_columnCount = 0;
    bool m_insertVerb = false;
    bool m_typesResolved = true;
    std::vector<int> m_paramToValue; // SQLite parameter (0-based) -> index in boundValues()
    std::vector<bool> m_undeclared; // column has no declared type (expression)
    std::vector<QVariant> m_nullValues; // typed null per column
    QSqlRecord m_record;
    QList<QVariant> m_boundSnapshot; // keeps bound text/blob alive (bound SQLITE_STATIC)

    // Row state of the current execution.
    std::vector<QVariant> m_cache; // rows [m_cacheBase, ...), m_columnCount values each
    int m_cacheBase = 0;
    int m_stepped = 0; // rows the statement has produced so far
    bool m_live = false; // the statement sits on row m_stepped - 1
    bool m_done = true; // no more rows (SQLITE_DONE, error, or reset)
    bool m_caching = false; // scrollable: keep rows the statement steps past
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace cardbridge
