#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cardbridge {

// One import as the batch history shows it.
struct ImportBatchSummary {
    qint64 id = 0;
    QString fileName;
    QString sha256Hex;
    QString account;
    QDateTime importedAt; // UTC
    QJsonObject
        counts; // rows, accepted, rejected, created, updated, unchanged, withdrawn, departed
    std::optional<QDateTime> undoneAt;
    QString undoneBy;
    bool canUndo = false; // only the newest batch that is not undone can be undone
};

struct UndoSummary {
    int restored = 0; // students put back as they were before the batch
    int removed = 0; // students the batch had created, deleted again
};

// The history of import batches, and undo. Undo runs in one transaction: every student the
// batch touched gets back its state from before the batch (a student it created is removed
// with its cards and consent records), the batch's consent records go, and the batch is marked
// undone by whom and when. Contact data a withdrawal removed is not brought back.
class ImportBatchRepository {
public:
    explicit ImportBatchRepository(QSqlDatabase database);

    Result<QList<ImportBatchSummary>> list(); // newest first
    Result<UndoSummary> undo(qint64 batchId, const QString &account, const QDateTime &nowUtc);

private:
    QSqlDatabase m_database;
};

} // namespace cardbridge
