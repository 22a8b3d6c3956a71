#include "store/Schema.h"

#include "store/SqlHelpers.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStringList>

namespace cardbridge::schema {

Q_LOGGING_CATEGORY(lcSchema, "cardbridge.store.schema")

namespace {

struct Migration {
    SchemaVersion to;
    QStringList statements;
};

// Portable SQL (GUIDE section 7): explicit types, ISO-8601 UTC text timestamps, no
// SQLite-only syntax. INTEGER PRIMARY KEY becomes an identity column on PostgreSQL.
const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        { { 1, 0 },
            {
                QStringLiteral("CREATE TABLE settings (name VARCHAR(128) PRIMARY KEY, "
                               "value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE agreements ("
                               " id INTEGER PRIMARY KEY,"
                               " partner_district VARCHAR(200) NOT NULL,"
                               " school_year_start VARCHAR(10) NOT NULL,"
                               " school_year_end VARCHAR(10) NOT NULL,"
                               " consent_model VARCHAR(10) NOT NULL CHECK (consent_model IN "
                               "('opt_in', 'opt_out')),"
                               " grades_in_scope VARCHAR(100) NOT NULL,"
                               " patron_rule TEXT NOT NULL,"
                               " suppression_threshold INTEGER NOT NULL,"
                               " retention TEXT NOT NULL,"
                               " document TEXT NOT NULL,"
                               " applied_at VARCHAR(32) NOT NULL)"),
                QStringLiteral("CREATE TABLE schools ("
                               " id INTEGER PRIMARY KEY,"
                               " code VARCHAR(32) NOT NULL UNIQUE,"
                               " name VARCHAR(200) NOT NULL,"
                               " agreement_id INTEGER REFERENCES agreements (id),"
                               " card_rule TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE students ("
                    " id INTEGER PRIMARY KEY,"
                    " school_id INTEGER NOT NULL REFERENCES schools (id),"
                    " student_number VARCHAR(32) NOT NULL,"
                    " given_name VARCHAR(200) NOT NULL,"
                    " family_name VARCHAR(200) NOT NULL,"
                    " grade VARCHAR(2) NOT NULL,"
                    " email VARCHAR(320),"
                    " phone VARCHAR(40),"
                    " address VARCHAR(500),"
                    " enrolment VARCHAR(10) NOT NULL CHECK (enrolment IN ('active', 'departed')),"
                    // The latest consent decision, kept in step with consent_records by
                    // ConsentRepository so that a desk lookup is a single indexed read.
                    " consent_state VARCHAR(10) NOT NULL"
                    "  CHECK (consent_state IN ('none', 'granted', 'declined', 'withdrawn')),"
                    " consent_valid_until VARCHAR(10),"
                    " updated_at VARCHAR(32) NOT NULL,"
                    " UNIQUE (school_id, student_number))"),
                QStringLiteral("CREATE TABLE card_barcodes ("
                               " id INTEGER PRIMARY KEY,"
                               " barcode VARCHAR(64) NOT NULL,"
                               " school_id INTEGER NOT NULL REFERENCES schools (id),"
                               " student_id INTEGER NOT NULL REFERENCES students (id),"
                               " state VARCHAR(10) NOT NULL CHECK (state IN ('active', 'blocked', "
                               "'replaced')),"
                               " changed_at VARCHAR(32) NOT NULL,"
                               " UNIQUE (school_id, barcode))"),
                QStringLiteral("CREATE INDEX card_barcodes_by_barcode ON card_barcodes (barcode)"),
                QStringLiteral(
                    "CREATE INDEX card_barcodes_by_student ON card_barcodes (student_id)"),
                QStringLiteral("CREATE TABLE import_batches ("
                               " id INTEGER PRIMARY KEY,"
                               " file_name VARCHAR(500) NOT NULL,"
                               " sha256 CHAR(64) NOT NULL,"
                               " account VARCHAR(100) NOT NULL,"
                               " imported_at VARCHAR(32) NOT NULL,"
                               " counts TEXT NOT NULL,"
                               " undo_data TEXT,"
                               " undone_at VARCHAR(32))"),
                QStringLiteral("CREATE TABLE consent_records ("
                               " id INTEGER PRIMARY KEY,"
                               " student_id INTEGER NOT NULL REFERENCES students (id),"
                               " decision VARCHAR(10) NOT NULL"
                               "  CHECK (decision IN ('granted', 'declined', 'withdrawn')),"
                               " given_by VARCHAR(200),"
                               " decided_on VARCHAR(10) NOT NULL,"
                               " channel VARCHAR(40),"
                               " form_version VARCHAR(40),"
                               " valid_until VARCHAR(10),"
                               " import_batch_id INTEGER REFERENCES import_batches (id),"
                               " staff_account VARCHAR(100),"
                               " withdrawn_on VARCHAR(10),"
                               " withdrawal_channel VARCHAR(40),"
                               " recorded_at VARCHAR(32) NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX consent_records_by_student ON consent_records (student_id)"),
                QStringLiteral("CREATE TABLE scan_events ("
                               " id INTEGER PRIMARY KEY,"
                               " scanned_at VARCHAR(32) NOT NULL,"
                               " desk VARCHAR(100) NOT NULL,"
                               " account VARCHAR(100) NOT NULL,"
                               " verdict VARCHAR(20) NOT NULL,"
                               " student_id INTEGER REFERENCES students (id))"),
                QStringLiteral("CREATE INDEX scan_events_by_time ON scan_events (scanned_at)"),
            } },
        // 1.1: what each import batch changed, student by student, so it can be undone.
        // No foreign key on student_id: undoing a batch deletes the students it created while
        // the history of the batch stays.
        { { 1, 1 },
            {
                QStringLiteral("CREATE TABLE import_changes ("
                               " id INTEGER PRIMARY KEY,"
                               " batch_id INTEGER NOT NULL REFERENCES import_batches (id),"
                               " student_id INTEGER NOT NULL,"
                               " action VARCHAR(10) NOT NULL CHECK (action IN ('created', "
                               "'updated', 'withdrawn', 'departed')),"
                               " previous TEXT)"),
                QStringLiteral("CREATE INDEX import_changes_by_batch ON import_changes (batch_id)"),
                QStringLiteral("ALTER TABLE import_batches ADD COLUMN undone_by VARCHAR(100)"),
                QStringLiteral("CREATE INDEX import_batches_by_sha256 ON import_batches (sha256)"),
            } },
        // 1.2: the audit log: who did what that matters (imports, undo, files written with
        // student data). Counts, batch numbers and file paths only, never a student's data.
        { { 1, 2 },
            {
                QStringLiteral("CREATE TABLE audit_events ("
                               " id INTEGER PRIMARY KEY,"
                               " occurred_at VARCHAR(32) NOT NULL,"
                               " account VARCHAR(100) NOT NULL,"
                               " action VARCHAR(40) NOT NULL,"
                               " detail TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX audit_events_by_time ON audit_events (occurred_at)"),
            } },
    };
    return all;
}

bool isNewer(SchemaVersion a, SchemaVersion b)
{
    return a.major != b.major ? a.major > b.major : a.minor > b.minor;
}

Status applyMigration(QSqlDatabase &database, const Migration &migration, bool first)
{
    if (!database.transaction())
        return sqlFailure(database.lastError(), QStringLiteral("start a schema migration"));
    QSqlQuery query(database);
    auto rollback = [&](const QSqlError &error) {
        database.rollback();
        return sqlFailure(error, QStringLiteral("migrate the store schema"));
    };
    if (first
        && !query.exec(QStringLiteral("CREATE TABLE cardbridge_schema (id INTEGER PRIMARY KEY, "
                                      "major INTEGER NOT NULL, minor INTEGER NOT NULL, "
                                      "applied_at VARCHAR(32) NOT NULL)")))
        return rollback(query.lastError());
    for (const QString &statement : migration.statements)
        if (!query.exec(statement))
            return rollback(query.lastError());
    query.prepare(QStringLiteral("INSERT INTO cardbridge_schema (major, minor, applied_at) "
                                 "VALUES (?, ?, ?)"));
    query.addBindValue(migration.to.major);
    query.addBindValue(migration.to.minor);
    query.addBindValue(isoUtcNow());
    if (!query.exec())
        return rollback(query.lastError());
    if (!database.commit())
        return rollback(database.lastError());
    qCInfo(lcSchema, "store schema migrated to %d.%d", migration.to.major, migration.to.minor);
    return {};
}

} // namespace

Result<SchemaVersion> readVersion(QSqlDatabase &database)
{
    const QStringList tables = database.tables();
    if (tables.isEmpty())
        return SchemaVersion { 0, 0 };
    if (!tables.contains(QStringLiteral("cardbridge_schema")))
        return fail(ErrorCode::StoreDamaged,
            QStringLiteral("This file is an encrypted database, but not a CardBridge store."));
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT major, minor FROM cardbridge_schema "
                                   "ORDER BY major DESC, minor DESC")))
        return sqlFailure(query.lastError(), QStringLiteral("read the schema version"));
    if (!query.next())
        return fail(ErrorCode::StoreDamaged, QStringLiteral("The store has no schema version."));
    return SchemaVersion { query.value(0).toInt(), query.value(1).toInt() };
}

Result<SchemaVersion> migrate(QSqlDatabase &database, bool allowCreate)
{
    auto version = readVersion(database);
    if (!version)
        return version;
    if (version->major > kCurrent.major)
        return fail(ErrorCode::StoreTooNew,
            QStringLiteral("This store was made by a newer CardBridge (schema %1.%2; this "
                           "version reads %3.x). Update CardBridge to open it.")
                .arg(version->major)
                .arg(version->minor)
                .arg(kCurrent.major));
    const bool empty = version->major == 0;
    if (empty && !allowCreate)
        return fail(
            ErrorCode::StoreDamaged, QStringLiteral("The store is empty: it was never set up."));
    for (const Migration &migration : migrations()) {
        if (!isNewer(migration.to, *version))
            continue;
        if (auto applied = applyMigration(database, migration, version->major == 0); !applied)
            return unexpected(applied.error());
        version = migration.to;
    }
    return version;
}

} // namespace cardbridge::schema
