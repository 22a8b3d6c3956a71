#include "RecentScansModel.h"

#include "VerdictStyle.h"

#include <QLocale>

namespace cardbridge {

namespace {
constexpr int kVisibleTail = 4;
const QString kBullets = QStringLiteral("\u2022\u2022\u2022\u2022");
} // namespace

RecentScansModel::RecentScansModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString RecentScansModel::maskCardNumber(QStringView scanned)
{
    QString printable;
    printable.reserve(scanned.size());
    for (const QChar c : scanned) {
        if (c.isPrint() && !c.isSpace())
            printable.append(c);
    }
    if (printable.size() <= kVisibleTail)
        return kBullets;
    return kBullets + printable.right(kVisibleTail);
}

void RecentScansModel::addScan(const Verdict &verdict, const QDateTime &atUtc)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend({ atUtc, verdict.status, maskCardNumber(verdict.input) });
    endInsertRows();
    if (m_rows.size() > kCapacity) {
        beginRemoveRows({}, kCapacity, m_rows.size() - 1);
        m_rows.resize(kCapacity);
        endRemoveRows();
    }
}

void RecentScansModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RecentScansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecentScansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentScansModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(row.atUtc.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
        case StatusColumn:
            return verdictStatusTitle(row.status);
        case CardColumn:
            return role == Qt::AccessibleTextRole ? tr("card ending %1").arg(row.masked.mid(4))
                                                  : row.masked;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return verdictColor(row.status);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(row.atUtc.toLocalTime(), QLocale::LongFormat);
        return {};
    case StatusRole:
        return static_cast<int>(row.status);
    default:
        return {};
    }
}

QVariant RecentScansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StatusColumn:
        return tr("Verdict");
    case CardColumn:
        return tr("Card");
    default:
        return {};
    }
}

} // namespace cardbridge
