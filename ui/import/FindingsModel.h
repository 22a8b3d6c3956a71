#pragma once

#include "importer/ImportRow.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace cardbridge {

// The review's findings, one per row: line, column, what is wrong, and whether the row is
// left out (error) or imported anyway (warning).
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineColumn, SeverityColumn, FileColumn, ReasonColumn, ColumnCount };
    static constexpr int SeverityRole = Qt::UserRole + 1; // Finding::Severity as int

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(QList<importer::Finding> findings);
    const QList<importer::Finding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<importer::Finding> m_findings;
};

// "Show problems only": hides the warnings, leaving the rows that will not be imported.
class FindingsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingsFilter(QObject *parent = nullptr);
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
};

} // namespace cardbridge
