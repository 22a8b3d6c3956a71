#include "store/SqlCipherDriver.h"

#include "store/SqlCipherResult.h"

#include <QSqlDatabase>
#include <QSqlDriverCreator>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

namespace cardbridge {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr std::size_t kRawKeyBytes = 32;
// x'<64 hex digits>'
constexpr std::size_t kKeyLiteralChars = 2 + 2 * kRawKeyBytes + 1;

// The driver's own metadata queries (no bound values).
class MetaStatement {
public:
    MetaStatement(sqlite3 *db, const QString &sql)
    {
        if (sqlite3_prepare16_v2(
                db, sql.constData(), static_cast<int>(sql.size() * 2), &m_stmt, nullptr)
            != SQLITE_OK) {
            qCWarning(lcStoreDriver, "metadata query failed: sqlite result code %d",
                sqlite3_extended_errcode(db));
        }
    }
    ~MetaStatement() { sqlite3_finalize(m_stmt); }
    MetaStatement(const MetaStatement &) = delete;
    MetaStatement &operator=(const MetaStatement &) = delete;

    bool next() { return m_stmt && sqlite3_step(m_stmt) == SQLITE_ROW; }
    QString text(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
    }
    const char *rawText(int column) const
    {
        return reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    }
    int integer(int column) const { return sqlite3_column_int(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

struct ColumnInfo {
    QSqlField field;
    int primaryKeyPosition = 0; // 1-based position in the primary key, 0 if not part of it
};

// PRAGMA table_info: cid, name, type, notnull, dflt_value, pk.
std::vector<ColumnInfo> tableColumns(
    sqlite3 *db, const QString &escapedTable, const QString &plainTable)
{
    std::vector<ColumnInfo> columns;
    MetaStatement info(db, QStringLiteral("PRAGMA table_info(%1)").arg(escapedTable));
    while (info.next()) {
        const char *declared = info.rawText(2);
        QSqlField field(info.text(1), metaTypeForDeclaredType(declared), plainTable);
        field.setRequiredStatus(info.integer(3) != 0 ? QSqlField::Required : QSqlField::Optional);
        if (!info.isNull(4))
            field.setDefaultValue(info.text(4));
        columns.push_back({ field, info.integer(5) });
    }
    // An INTEGER PRIMARY KEY alone is the rowid: SQLite fills it in.
    const auto keyColumns = std::count_if(
        columns.begin(), columns.end(), [](const auto &c) { return c.primaryKeyPosition > 0; });
    if (keyColumns == 1) {
        for (ColumnInfo &column : columns) {
            if (column.primaryKeyPosition > 0
                && column.field.metaType() == QMetaType::fromType<qlonglong>())
                column.field.setAutoValue(true);
        }
    }
    return columns;
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

QString SqlCipherDriver::driverName()
{
    return QStringLiteral("CARDBRIDGE_SQLCIPHER");
}

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // QSqlDatabase owns the creator.
        QSqlDatabase::registerSqlDriver(driverName(), new QSqlDriverCreator<SqlCipherDriver>);
    });
}

void SqlCipherDriver::setRawKey(const SecretBytes &key)
{
    m_key = key;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case NamedPlaceholders:
    case LastInsertId:
    case BLOB:
    case Unicode:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case QuerySize:
    case BatchOperations: // QSqlResult emulates execBatch() with bind + exec per row
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

void SqlCipherDriver::failOpen(sqlite3 *db, int code, const QString &text)
{
    const QString databaseText = QString::fromUtf8(
        db && sqlite3_errcode(db) != SQLITE_OK ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    sqlite3_close_v2(db);
    m_key.wipe();
    setOpenError(true);
    setLastError(QSqlError(text, databaseText, QSqlError::ConnectionError, QString::number(code)));
    qCWarning(lcStoreDriver, "%s: sqlite result code %d", qUtf8Printable(text), code);
}

bool SqlCipherDriver::open(const QString &db, const QString & /*user*/,
    const QString & /*password*/, const QString & /*host*/, int /*port*/,
    const QString &connectOptions)
{
    if (isOpen())
        close();

    bool create = false;
    bool readOnly = false;
    const QStringList options = connectOptions.split(u';', Qt::SkipEmptyParts);
    for (const QString &rawOption : options) {
        const QString option = rawOption.trimmed();
        if (option == QLatin1String("CARDBRIDGE_CREATE"))
            create = true;
        else if (option == QLatin1String("CARDBRIDGE_READONLY"))
            readOnly = true;
        else if (!option.isEmpty())
            qCWarning(lcStoreDriver) << "ignoring unknown connect option" << option;
    }

    // One connection per thread (GUIDE section 7), so SQLite's connection mutex is not needed.
    int flags = SQLITE_OPEN_NOMUTEX;
    if (readOnly)
        flags |= SQLITE_OPEN_READONLY; // CARDBRIDGE_CREATE is ignored for read-only connections
    else
        flags |= SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);

    sqlite3 *handle = nullptr;
    int rc = sqlite3_open_v2(db.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        failOpen(handle, rc, QStringLiteral("Unable to open database"));
        return false;
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);

    if (!m_key.empty()) {
        if (m_key.size() != kRawKeyBytes) {
            failOpen(handle, SQLITE_MISUSE, QStringLiteral("Raw key must be 32 bytes"));
            return false;
        }
        // Raw key literal x'<hex>' in wiped memory, never in a QString; SQLCipher then skips its
        // own PBKDF2 (GUIDE section 8).
        SecretBytes literal(kKeyLiteralChars + 1);
        auto *chars = reinterpret_cast<char *>(literal.data());
        chars[0] = 'x';
        chars[1] = '\'';
        sodium_bin2hex(chars + 2, 2 * kRawKeyBytes + 1, m_key.data(), m_key.size());
        chars[kKeyLiteralChars - 1] = '\'';
        rc = sqlite3_key(handle, chars, static_cast<int>(kKeyLiteralChars));
        sodium_memzero(literal.data(), literal.size());
        m_key.wipe();
        if (rc != SQLITE_OK) {
            failOpen(handle, rc, QStringLiteral("Unable to set the database key"));
            return false;
        }
    }

    // sqlite3_key accepts any key; the first read of the schema tells a wrong key (SQLITE_NOTADB).
    sqlite3_stmt *probe = nullptr;
    rc = sqlite3_prepare_v2(handle, "SELECT count(*) FROM sqlite_master", -1, &probe, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(probe);
        if (rc == SQLITE_ROW)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(probe);
    if (rc != SQLITE_OK) {
        failOpen(handle, rc, QStringLiteral("Unable to read the database"));
        return false;
    }

    m_db = handle;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    // Queries may outlive the connection: finalize their statements first (they turn inactive).
    for (SqlCipherResult *result : m_results)
        result->finalizeStatement();
    if (m_db) {
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK)
            qCWarning(lcStoreDriver, "close failed: sqlite result code %d", rc);
        m_db = nullptr;
    }
    m_key.wipe();
    if (isOpen())
        setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &context)
{
    if (!m_db) {
        setLastError(QSqlError(context, QStringLiteral("Database is not open"),
            QSqlError::TransactionError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(context, QString::fromUtf8(sqlite3_errmsg(m_db)),
            QSqlError::TransactionError, QString::number(rc)));
        qCWarning(lcStoreDriver, "%s: sqlite result code %d", qUtf8Printable(context), rc);
        return false;
    }
    return true;
}

// Plain (deferred) BEGIN: the write lock is taken by the first write, so read-only transactions
// never block other connections. A transaction that reads and then writes can get SQLITE_BUSY
// from the write if another connection wrote in between (busy timeout 5 s); callers that must
// write should do so early in the transaction.
bool SqlCipherDriver::beginTransaction()
{
    return execSimple("BEGIN", QStringLiteral("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", QStringLiteral("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", QStringLiteral("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db)
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (type & QSql::Views)
        kinds << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables) {
        kinds << QStringLiteral("(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')");
        names << QStringLiteral("sqlite_master");
    }
    if (kinds.isEmpty())
        return names;
    MetaStatement query(m_db,
        QStringLiteral("SELECT name FROM sqlite_master WHERE %1 ORDER BY name")
            .arg(kinds.join(QLatin1String(" OR "))));
    while (query.next())
        names << query.text(0);
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!m_db || tableName.isEmpty())
        return record;
    const QString plain = stripDelimiters(tableName, TableName);
    for (const ColumnInfo &column :
        tableColumns(m_db, escapeIdentifier(tableName, TableName), plain))
        record.append(column.field);
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!m_db || tableName.isEmpty())
        return index;
    const QString plain = stripDelimiters(tableName, TableName);
    std::vector<ColumnInfo> columns
        = tableColumns(m_db, escapeIdentifier(tableName, TableName), plain);
    std::erase_if(columns, [](const ColumnInfo &c) { return c.primaryKeyPosition == 0; });
    std::sort(columns.begin(), columns.end(), [](const ColumnInfo &a, const ColumnInfo &b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });
    for (const ColumnInfo &column : columns)
        index.append(column.field);
    return index;
}

// Double quotes, inner quotes doubled. Dots are not split: "main.t" names one table called
// main.t (CardBridge uses no schema-qualified names).
QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

// The sqlite3* as void* (QVariant::fromValue(static_cast<void *>(db))); invalid when closed.
QVariant SqlCipherDriver::handle() const
{
    if (!m_db)
        return {};
    return QVariant::fromValue(static_cast<void *>(m_db));
}

} // namespace cardbridge
