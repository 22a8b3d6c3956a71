#pragma once

#include "consent/Verdict.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace cardbridge {

// The last scans of this desk session, newest first, at most kCapacity rows: time, status
// and the card number masked to its last four characters. The full number is never kept.
class RecentScansModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kCapacity = 20;
    enum Column { TimeColumn, StatusColumn, CardColumn, ColumnCount };
    static constexpr int StatusRole = Qt::UserRole + 1; // the VerdictStatus as int

    explicit RecentScansModel(QObject *parent = nullptr);

    void addScan(const Verdict &verdict, const QDateTime &atUtc);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "••••0007": the last four characters of what was scanned (scanner framing and
    // whitespace removed); bullets only when there are four characters or fewer.
    static QString maskCardNumber(QStringView scanned);

private:
    struct Row {
        QDateTime atUtc;
        VerdictStatus status;
        QString masked;
    };
    QList<Row> m_rows; // newest first
};

} // namespace cardbridge
