#include "store/ImportBatchRepository.h"

#include "store/AuditLog.h"
#include "store/SqlHelpers.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace cardbridge {

Q_LOGGING_CATEGORY(lcBatches, "cardbridge.store.batches")

namespace {

// Undoes one student's change; `previous` is empty for a student the batch created.
class ChangeReverter {
public:
    ChangeReverter(QSqlDatabase database, qint64 batchId)
        : m_database(std::move(database))
        , m_batchId(batchId)
    {
    }

    Status removeCreated(qint64 studentId)
    {
        for (const auto *sql : { "DELETE FROM consent_records WHERE student_id = ?",
                 "DELETE FROM card_barcodes WHERE student_id = ?",
                 "UPDATE scan_events SET student_id = NULL WHERE student_id = ?",
                 "DELETE FROM students WHERE id = ?" }) {
            if (auto done = run(QString::fromLatin1(sql), { studentId }); !done)
                return done;
        }
        return {};
    }

    Status restore(qint64 studentId, const QJsonObject &previous)
    {
        const auto value = [&](const char *key) {
            return nullIfEmpty(previous.value(QLatin1String(key)).toString());
        };
        QString sql = QStringLiteral("UPDATE students SET given_name = ?, family_name = ?, "
                                     "grade = ?, enrolment = ?, consent_state = ?, "
                                     "consent_valid_until = ?");
        QVariantList values { value("given_name"), value("family_name"), value("grade"),
            value("enrolment"), value("consent_state"), value("consent_valid_until") };
        // A withdrawal removed the contact data for good: it is not in `previous`.
        if (previous.contains(QStringLiteral("email"))) {
            sql += QStringLiteral(", email = ?, phone = ?, address = ?");
            values << value("email") << value("phone") << value("address");
        }
        sql += QStringLiteral(" WHERE id = ?");
        values << studentId;
        if (auto done = run(sql, values); !done)
            return done;
        return run(QStringLiteral(
                       "DELETE FROM consent_records WHERE student_id = ? AND import_batch_id = ?"),
            { studentId, m_batchId });
    }

private:
    Status run(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_database);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return sqlFailure(query.lastError(), QStringLiteral("undo an import"));
        return {};
    }

    QSqlDatabase m_database;
    qint64 m_batchId;
};

Result<UndoSummary> undoInTransaction(
    QSqlDatabase database, qint64 batchId, const QString &account, const QDateTime &nowUtc)
{
    QSqlQuery newest(database);
    if (!newest.exec(QStringLiteral("SELECT MAX(id) FROM import_batches WHERE undone_at IS NULL")))
        return sqlFailure(newest.lastError(), QStringLiteral("read the import batches"));
    const qint64 newestId = newest.next() ? newest.value(0).toLongLong() : 0;
    if (newestId != batchId)
        return fail(ErrorCode::Validation,
            newestId > batchId
                ? QStringLiteral("Batch %1 cannot be undone before batch %2, which came after "
                                 "it: undo batch %2 first.")
                      .arg(batchId)
                      .arg(newestId)
                : QStringLiteral("Batch %1 does not exist or was already undone.").arg(batchId));

    QSqlQuery changes(database);
    changes.prepare(QStringLiteral("SELECT student_id, action, previous FROM import_changes "
                                   "WHERE batch_id = ? ORDER BY id DESC"));
    changes.addBindValue(batchId);
    if (!changes.exec())
        return sqlFailure(changes.lastError(), QStringLiteral("read the batch's changes"));
    ChangeReverter reverter(database, batchId);
    UndoSummary summary;
    while (changes.next()) {
        const qint64 studentId = changes.value(0).toLongLong();
        if (changes.value(1).toString() == QStringLiteral("created")) {
            if (auto done = reverter.removeCreated(studentId); !done)
                return unexpected(done.error());
            ++summary.removed;
            continue;
        }
        const QJsonObject previous
            = QJsonDocument::fromJson(changes.value(2).toString().toUtf8()).object();
        if (auto done = reverter.restore(studentId, previous); !done)
            return unexpected(done.error());
        ++summary.restored;
    }
    QSqlQuery mark(database);
    mark.prepare(
        QStringLiteral("UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?"));
    mark.addBindValue(isoUtc(nowUtc));
    mark.addBindValue(account);
    mark.addBindValue(batchId);
    if (!mark.exec())
        return sqlFailure(mark.lastError(), QStringLiteral("mark the batch undone"));
    if (auto logged = AuditLog(database).record({ nowUtc, account, kAuditImportUndone,
            QStringLiteral("batch %1: %2 students removed, %3 restored")
                .arg(batchId)
                .arg(summary.removed)
                .arg(summary.restored) });
        !logged)
        return unexpected(logged.error());
    return summary;
}

} // namespace

ImportBatchRepository::ImportBatchRepository(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<QList<ImportBatchSummary>> ImportBatchRepository::list()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT id, file_name, sha256, account, imported_at, counts, "
                                   "undone_at, undone_by FROM import_batches ORDER BY id DESC")))
        return sqlFailure(query.lastError(), QStringLiteral("read the import batches"));
    QList<ImportBatchSummary> batches;
    bool newestOpenSeen = false;
    while (query.next()) {
        ImportBatchSummary batch;
        batch.id = query.value(0).toLongLong();
        batch.fileName = query.value(1).toString();
        batch.sha256Hex = query.value(2).toString();
        batch.account = query.value(3).toString();
        batch.importedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        batch.counts = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        if (!query.isNull(6))
            batch.undoneAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        batch.undoneBy = query.value(7).toString();
        if (!batch.undoneAt && !newestOpenSeen) {
            batch.canUndo = true;
            newestOpenSeen = true;
        }
        batches.append(batch);
    }
    return batches;
}

Result<UndoSummary> ImportBatchRepository::undo(
    qint64 batchId, const QString &account, const QDateTime &nowUtc)
{
    if (!m_database.transaction())
        return sqlFailure(m_database.lastError(), QStringLiteral("start the undo"));
    auto summary = undoInTransaction(m_database, batchId, account, nowUtc);
    if (!summary || !m_database.commit()) {
        const QSqlError error = m_database.lastError();
        m_database.rollback();
        if (!summary)
            return summary;
        return sqlFailure(error, QStringLiteral("commit the undo"));
    }
    qCInfo(lcBatches, "import batch undone: %d restored, %d removed", summary->restored,
        summary->removed);
    return summary;
}

} // namespace cardbridge
