#include "FindingsModel.h"

namespace cardbridge {

using importer::Finding;

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &finding = m_findings.at(index.row());
    const bool error = finding.severity == Finding::Severity::Error;
    if (role == SeverityRole)
        return int(finding.severity);
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return finding.reason;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return finding.line > 0 ? QVariant(finding.line) : QVariant(tr("whole file"));
    case SeverityColumn:
        return error ? tr("Not imported") : tr("Warning");
    case FileColumn:
        return finding.column.isEmpty() ? QStringLiteral("—") : finding.column;
    case ReasonColumn:
        return finding.reason;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case SeverityColumn:
        return tr("Result");
    case FileColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

FindingsFilter::FindingsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void FindingsFilter::setProblemsOnly(bool on)
{
    if (m_problemsOnly == on)
        return;
    m_problemsOnly = on;
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_problemsOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(FindingsModel::SeverityRole).toInt() == int(Finding::Severity::Error);
}

} // namespace cardbridge
