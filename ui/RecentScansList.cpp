#include "RecentScansList.h"

#include "RecentScansModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cardbridge {

RecentScansList::RecentScansList(QWidget *parent)
    : QWidget(parent)
    , m_model(new RecentScansModel(this))
    , m_caption(new QLabel(tr("&Recent scans"), this))
    , m_view(new QTableView(this))
{
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->setBuddy(m_view);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Recent scans"));
    m_view->setAccessibleDescription(tr("The last %1 scans of this session, newest first").arg(20));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab moves on, arrows move inside the list
    m_view->setFocusPolicy(Qt::TabFocus); // clicking must not take the focus from the card field
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    // Time and card are sized to their contents after each scan; the verdict takes the rest.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RecentScansModel::StatusColumn, QHeaderView::Stretch);
    // Wide enough for the longest row without eliding; follows the font size.
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setMinimumWidth(
        metrics.horizontalAdvance(QStringLiteral("00:00:00 ■ Not a student card ••••0000"))
        + 8 * metrics.averageCharWidth());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
}

void RecentScansList::addScan(const Verdict &verdict, const QDateTime &atUtc)
{
    m_model->addScan(verdict, atUtc);
    m_view->resizeColumnToContents(RecentScansModel::TimeColumn);
    m_view->resizeColumnToContents(RecentScansModel::CardColumn);
}

} // namespace cardbridge
