#include "BatchHistoryModel.h"

#include <QFileInfo>
#include <QLocale>

namespace cardbridge {

namespace {

QString countKey(int column)
{
    switch (column) {
    case BatchHistoryModel::RowsColumn:
        return QStringLiteral("rows");
    case BatchHistoryModel::NewColumn:
        return QStringLiteral("created");
    case BatchHistoryModel::UpdatedColumn:
        return QStringLiteral("updated");
    case BatchHistoryModel::WithdrawnColumn:
        return QStringLiteral("withdrawn");
    case BatchHistoryModel::DepartedColumn:
        return QStringLiteral("departed");
    case BatchHistoryModel::RejectedColumn:
        return QStringLiteral("rejected");
    default:
        return {};
    }
}

QString localTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

} // namespace

BatchHistoryModel::BatchHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchHistoryModel::setBatches(QList<ImportBatchSummary> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    endResetModel();
}

const ImportBatchSummary *BatchHistoryModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches.at(row) : nullptr;
}

int BatchHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchHistoryModel::data(const QModelIndex &index, int role) const
{
    const ImportBatchSummary *batch = batchAt(index.row());
    if (!batch)
        return {};
    const int column = index.column();
    const bool number = column == BatchColumn || !countKey(column).isEmpty();
    if (role == Qt::TextAlignmentRole && number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == FileColumn)
            return tr("SHA-256 %1").arg(batch->sha256Hex);
        if (column == StatusColumn && batch->undoneAt)
            return tr("Undone %1 by %2").arg(localTime(*batch->undoneAt), batch->undoneBy);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case BatchColumn:
        return batch->id;
    case DateColumn:
        return localTime(batch->importedAt);
    case FileColumn:
        return QFileInfo(batch->fileName).fileName();
    case AccountColumn:
        return batch->account;
    case StatusColumn:
        if (batch->undoneAt)
            return tr("Undone %1").arg(localTime(*batch->undoneAt));
        return batch->canUndo ? tr("In place (can be undone)") : tr("In place");
    default:
        return QLocale().toString(batch->counts.value(countKey(column)).toInt());
    }
}

QVariant BatchHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BatchColumn:
        return tr("Batch");
    case DateColumn:
        return tr("Imported");
    case FileColumn:
        return tr("File");
    case AccountColumn:
        return tr("By");
    case RowsColumn:
        return tr("Rows");
    case NewColumn:
        return tr("New");
    case UpdatedColumn:
        return tr("Updated");
    case WithdrawnColumn:
        return tr("Withdrawn");
    case DepartedColumn:
        return tr("Left");
    case RejectedColumn:
        return tr("Rejected");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cardbridge
