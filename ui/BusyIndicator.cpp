#include "BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace cardbridge {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_bar->setAccessibleName(tr("Working"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar, 1);
    // Keep the space reserved so the form does not jump when work starts.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
}

void BusyIndicator::start(const QString &text)
{
    m_text->setText(text);
    m_bar->setAccessibleDescription(text);
    m_bar->setRange(0, 0); // indeterminate: Argon2id reports no progress
    m_running = true;
    show();
}

void BusyIndicator::stop()
{
    m_bar->setRange(0, 1);
    m_running = false;
    hide();
}

} // namespace cardbridge
