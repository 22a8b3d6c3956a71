#pragma once

#include "store/ImportBatchRepository.h"

#include <QAbstractTableModel>

namespace cardbridge {

// Import batches for the history table, newest first: when, which file, who, the counts,
// and whether the batch was undone.
class BatchHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        BatchColumn,
        DateColumn,
        FileColumn,
        AccountColumn,
        RowsColumn,
        NewColumn,
        UpdatedColumn,
        WithdrawnColumn,
        DepartedColumn,
        RejectedColumn,
        StatusColumn,
        ColumnCount
    };

    explicit BatchHistoryModel(QObject *parent = nullptr);

    void setBatches(QList<ImportBatchSummary> batches);
    const QList<ImportBatchSummary> &batches() const { return m_batches; }
    const ImportBatchSummary *batchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ImportBatchSummary> m_batches;
};

} // namespace cardbridge
