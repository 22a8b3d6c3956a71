#include "store/SqlCipherResult.h"

#include "store/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QTime>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <limits>

namespace cardbridge {

Q_LOGGING_CATEGORY(lcStoreDriver, "cardbridge.store.driver")

namespace {

// Above this many cached values a finished result gives its cache memory back.
constexpr std::size_t kKeptCacheCapacity = 64 * 1024;

bool isVariantNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    default:
        return false;
    }
}

int bindConvertedText(sqlite3_stmt *stmt, int position, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text(
        stmt, position, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

// Binds one value. Text and blobs are bound SQLITE_STATIC: the caller keeps the variant alive
// (SqlCipherResult::m_boundSnapshot) until the statement is re-bound or finalized.
int bindOne(sqlite3_stmt *stmt, int position, const QVariant &value)
{
    if (isVariantNull(value))
        return sqlite3_bind_null(stmt, position);

    switch (value.typeId()) {
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->size() > std::numeric_limits<int>::max() / 2)
            return SQLITE_TOOBIG;
        // constData(), not utf16(): utf16() may reallocate a shared raw-data string.
        return sqlite3_bind_text16(
            stmt, position, text->constData(), static_cast<int>(text->size() * 2), SQLITE_STATIC);
    }
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->size() > std::numeric_limits<int>::max())
            return SQLITE_TOOBIG;
        return sqlite3_bind_blob(
            stmt, position, bytes->constData(), static_cast<int>(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, position, value.toLongLong());
    case QMetaType::ULongLong:
        // Values above INT64_MAX wrap; SQLite has no unsigned 64-bit integer.
        return sqlite3_bind_int64(stmt, position, static_cast<qint64>(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, position, value.toDouble());
    case QMetaType::QDateTime:
        return bindConvertedText(stmt, position,
            value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
    case QMetaType::QDate:
        return bindConvertedText(stmt, position, value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindConvertedText(
            stmt, position, value.toTime().toString(QStringLiteral("HH:mm:ss.zzz")));
    default:
        return bindConvertedText(stmt, position, value.toString());
    }
}

QMetaType metaTypeForStorageClass(int storageClass)
{
    switch (storageClass) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qlonglong>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType::fromType<QString>();
    }
}

bool startsWithInsertVerb(const QString &query)
{
    qsizetype start = 0;
    while (start < query.size() && query.at(start).isSpace())
        ++start;
    const QStringView rest = QStringView(query).mid(start);
    return rest.startsWith(u"INSERT", Qt::CaseInsensitive)
        || rest.startsWith(u"REPLACE", Qt::CaseInsensitive);
}

} // namespace

QMetaType metaTypeForDeclaredType(const char *declared)
{
    if (!declared || !*declared)
        return QMetaType::fromType<QString>();
    const QByteArray type = QByteArray(declared).toUpper();
    // SQLite's own affinity rules (section 3.1 of "Datatypes In SQLite"), INT first.
    if (type.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return QMetaType::fromType<QString>();
    if (type.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType::fromType<double>();
    return QMetaType::fromType<QString>();
}

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{
    if (driver)
        driver->m_results.push_back(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalizeStatement();
    // driver() is a QPointer: null once the driver is gone (its close() finalized us already).
    if (const auto *drv = static_cast<const SqlCipherDriver *>(driver())) {
        auto &results = drv->m_results;
        const auto it = std::find(results.begin(), results.end(), this);
        if (it != results.end()) {
            *it = results.back();
            results.pop_back();
        }
    }
}

QVariant SqlCipherResult::handle() const
{
    if (!m_stmt)
        return {};
    return QVariant::fromValue(static_cast<void *>(m_stmt));
}

void SqlCipherResult::finalizeStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    clearRows();
    m_boundSnapshot.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

sqlite3 *SqlCipherResult::connection() const
{
    const auto *drv = static_cast<const SqlCipherDriver *>(driver());
    return drv ? drv->connection() : nullptr;
}

void SqlCipherResult::setStatementError(const QString &text, int code)
{
    sqlite3 *db = connection();
    const QString databaseText = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    setLastError(QSqlError(text, databaseText, QSqlError::StatementError, QString::number(code)));
    qCWarning(lcStoreDriver, "%s: sqlite result code %d", qUtf8Printable(text), code);
}

void SqlCipherResult::clearRows()
{
    if (m_cache.capacity() > kKeptCacheCapacity)
        std::vector<QVariant>().swap(m_cache);
    else
        m_cache.clear();
    m_cacheBase = 0;
    m_stepped = 0;
    m_live = false;
    m_done = true;
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalizeStatement();
    m_record.clear();
    m_columnCount = 0;
    setSelect(false);

    sqlite3 *db = connection();
    if (!db) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
            QStringLiteral("Database is not open"), QSqlError::ConnectionError,
            QString::number(SQLITE_MISUSE)));
        return false;
    }
    if (query.size() > std::numeric_limits<int>::max() / 2) {
        setStatementError(QStringLiteral("Unable to prepare statement"), SQLITE_TOOBIG);
        return false;
    }

    const QChar *const end = query.constData() + query.size();
    const void *tail = nullptr;
    int rc = sqlite3_prepare16_v2(
        db, query.constData(), static_cast<int>(query.size() * 2), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        setStatementError(QStringLiteral("Unable to prepare statement"), rc);
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
            QStringLiteral("Empty statement"), QSqlError::StatementError,
            QString::number(SQLITE_MISUSE)));
        return false;
    }

    // One statement per query: allow trailing ';', whitespace and comments, reject a second
    // statement rather than silently ignoring it.
    const auto *rest = static_cast<const QChar *>(tail);
    while (rest && rest < end) {
        while (rest < end && (rest->isSpace() || *rest == u';'))
            ++rest;
        if (rest >= end)
            break;
        sqlite3_stmt *extra = nullptr;
        const void *extraTail = nullptr;
        rc = sqlite3_prepare16_v2(db, rest, static_cast<int>((end - rest) * 2), &extra, &extraTail);
        sqlite3_finalize(extra);
        if (rc != SQLITE_OK || extra || extraTail == rest) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                QStringLiteral("Only one SQL statement per query is supported"),
                QSqlError::StatementError, QString::number(SQLITE_ERROR)));
            return false;
        }
        rest = static_cast<const QChar *>(extraTail);
    }

    m_columnCount = sqlite3_column_count(m_stmt);
    m_insertVerb = startsWithInsertVerb(query);
    m_undeclared.assign(static_cast<std::size_t>(m_columnCount), false);
    m_nullValues.clear();
    m_nullValues.reserve(static_cast<std::size_t>(m_columnCount));
    m_typesResolved = true;
    for (int column = 0; column < m_columnCount; ++column) {
        const char *declared = sqlite3_column_decltype(m_stmt, column);
        const QMetaType type = metaTypeForDeclaredType(declared);
        if (!declared) {
            m_undeclared[static_cast<std::size_t>(column)] = true;
            m_typesResolved = false;
        }
        m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_stmt, column)), type));
        m_nullValues.emplace_back(type);
    }
    mapParameters();
    setSelect(m_columnCount > 0);
    return true;
}

void SqlCipherResult::mapParameters()
{
    // Qt passes ':name' through and renames '?' to its own serial names; boundValueName(k) names
    // value k. Map each SQLite parameter to the first value carrying its name, once per prepare.
    const int count = sqlite3_bind_parameter_count(m_stmt);
    m_paramToValue.assign(static_cast<std::size_t>(count), 0);
    const int known = std::max(boundValueCount(), count);
    for (int param = 0; param < count; ++param) {
        int valueIndex = param;
        const char *name = sqlite3_bind_parameter_name(m_stmt, param + 1);
        if (name && name[0] == ':') {
            const QString placeholder = QString::fromUtf8(name);
            for (int k = 0; k < known; ++k) {
                if (boundValueName(k) == placeholder) {
                    valueIndex = k;
                    break;
                }
            }
        }
        m_paramToValue[static_cast<std::size_t>(param)] = valueIndex;
    }
}

bool SqlCipherResult::bindAll()
{
    if (m_paramToValue.empty())
        return true;
    // Sharing copy (no deep copy): keeps the bound QString/QByteArray buffers alive for
    // SQLITE_STATIC even if the caller re-binds while rows are still being read.
    m_boundSnapshot = boundValues();
    const QList<QVariant> &values = m_boundSnapshot;
    for (std::size_t param = 0; param < m_paramToValue.size(); ++param) {
        const int index = m_paramToValue[param];
        const int position = static_cast<int>(param) + 1;
        if (index >= values.size()) {
            sqlite3_clear_bindings(m_stmt);
            setLastError(QSqlError(QStringLiteral("Unable to bind value"),
                QStringLiteral("Parameter count mismatch"), QSqlError::StatementError,
                QString::number(SQLITE_RANGE)));
            qCWarning(lcStoreDriver, "parameter count mismatch: %d values for %d parameters",
                static_cast<int>(values.size()), static_cast<int>(m_paramToValue.size()));
            return false;
        }
        const int rc = bindOne(m_stmt, position, values.at(index));
        if (rc != SQLITE_OK) {
            sqlite3_clear_bindings(m_stmt);
            setStatementError(QStringLiteral("Unable to bind value"), rc);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    clearRows();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"),
            QStringLiteral("No prepared statement"), QSqlError::StatementError,
            QString::number(SQLITE_MISUSE)));
        return false;
    }

    sqlite3_reset(m_stmt); // its return value repeats the previous execution's error
    if (!bindAll())
        return false;

    sqlite3 *db = sqlite3_db_handle(m_stmt);
    const int totalChangesBefore = sqlite3_total_changes(db);
    const sqlite3_int64 rowIdBefore = sqlite3_last_insert_rowid(db);
    m_caching = !isForwardOnly() && m_columnCount > 0;
    m_done = false;
    const Step first = advance();
    if (first == Step::Error)
        return false;

    if (m_columnCount == 0) {
        // sqlite3_changes() keeps the count of the last INSERT/UPDATE/DELETE, so only trust it
        // when this statement changed something.
        m_rowsAffected = sqlite3_total_changes(db) != totalChangesBefore ? sqlite3_changes(db) : 0;
        const sqlite3_int64 rowId = sqlite3_last_insert_rowid(db);
        if (m_rowsAffected > 0 && (m_insertVerb || rowId != rowIdBefore))
            m_lastInsertId = QVariant(static_cast<qlonglong>(rowId));
    } else if (!m_typesResolved && first == Step::Row) {
        resolveUndeclaredTypes();
    }
    setSelect(m_columnCount > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

void SqlCipherResult::resolveUndeclaredTypes()
{
    // Expression columns (count(*), max(x), ...) have no declared type: take the storage class
    // of the first row, once per prepared statement.
    for (int column = 0; column < m_columnCount; ++column) {
        if (!m_undeclared[static_cast<std::size_t>(column)])
            continue;
        const int storage = sqlite3_column_type(m_stmt, column);
        if (storage == SQLITE_NULL)
            continue;
        const QMetaType type = metaTypeForStorageClass(storage);
        QSqlField field = m_record.field(column);
        field.setMetaType(type);
        m_record.replace(column, field);
        m_nullValues[static_cast<std::size_t>(column)] = QVariant(type);
    }
    m_typesResolved = true;
}

SqlCipherResult::Step SqlCipherResult::advance()
{
    if (m_done)
        return Step::Done;
    if (m_live && m_caching)
        saveLiveRow();
    m_live = false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        ++m_stepped;
        m_live = true;
        return Step::Row;
    }
    m_done = true;
    if (rc == SQLITE_DONE)
        return Step::Done;
    setStatementError(QStringLiteral("Unable to execute statement"), rc);
    sqlite3_reset(m_stmt);
    return Step::Error;
}

void SqlCipherResult::saveLiveRow()
{
    for (int column = 0; column < m_columnCount; ++column)
        m_cache.push_back(columnValue(column));
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QString::fromUtf8(text, bytes));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        // A zero-length blob comes back as a null pointer: keep it empty, not NULL.
        return QVariant(blob ? QByteArray(blob, bytes) : QByteArray("", 0));
    }
    default:
        return m_nullValues[static_cast<std::size_t>(column)];
    }
}

const QVariant *SqlCipherResult::cachedValue(int index) const
{
    if (m_columnCount == 0)
        return nullptr;
    const qsizetype row = at() - m_cacheBase;
    const std::size_t offset
        = static_cast<std::size_t>(row) * static_cast<std::size_t>(m_columnCount)
        + static_cast<std::size_t>(index);
    if (row < 0 || offset >= m_cache.size())
        return nullptr;
    return &m_cache[offset];
}

QVariant SqlCipherResult::data(int index)
{
    if (index < 0 || index >= m_columnCount)
        return {};
    if (onLiveRow())
        return columnValue(index);
    if (const QVariant *value = cachedValue(index))
        return *value;
    return {};
}

bool SqlCipherResult::isNull(int index)
{
    if (index < 0 || index >= m_columnCount)
        return true;
    if (onLiveRow())
        return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
    const QVariant *value = cachedValue(index);
    return !value || value->isNull();
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !m_stmt || m_columnCount == 0)
        return false;
    const int cachedRows = static_cast<int>(m_cache.size()) / m_columnCount;
    if (index >= m_cacheBase && index < m_cacheBase + cachedRows) {
        setAt(index);
        return true;
    }
    while (!(m_live && index == m_stepped - 1)) {
        // A row behind the statement that is not cached (forward-only) cannot come back.
        if (index < m_stepped)
            return false;
        if (advance() != Step::Row)
            return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!m_stmt || m_columnCount == 0)
        return false;
    Step step = Step::Done;
    if (m_caching) {
        do {
            step = advance();
        } while (step == Step::Row);
    } else {
        // Forward-only: keep just the newest row so the last one is still readable at the end.
        for (;;) {
            if (m_live) {
                m_cache.clear();
                m_cacheBase = m_stepped - 1;
                saveLiveRow();
            }
            step = advance();
            if (step != Step::Row)
                break;
        }
    }
    if (step == Step::Error || m_stepped == 0)
        return false;
    const int last = m_stepped - 1;
    const int cachedRows = static_cast<int>(m_cache.size()) / m_columnCount;
    if (last < m_cacheBase || last >= m_cacheBase + cachedRows)
        return false;
    setAt(last);
    return true;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    if (!isActive() || !isSelect())
        return {};
    return m_record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    clearRows();
}

} // namespace cardbridge
