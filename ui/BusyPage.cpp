#include "BusyPage.h"

#include "BusyIndicator.h"
#include "PageLayout.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cardbridge {

BusyPage::BusyPage(QWidget *parent)
    : QWidget(parent)
    , m_detail(makeParagraph(QString(), this))
    , m_busy(new BusyIndicator(this))
{
    QVBoxLayout *column = makeCentredColumn(this, tr("One moment"));
    column->addWidget(m_detail);
    column->addWidget(m_busy);
    column->addStretch(2);
}

void BusyPage::start(const QString &heading, const QString &detail)
{
    m_detail->setText(detail);
    m_busy->start(heading);
}

void BusyPage::stop()
{
    m_busy->stop();
}

} // namespace cardbridge
