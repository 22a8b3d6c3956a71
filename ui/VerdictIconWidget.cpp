#include "VerdictIconWidget.h"

#include "VerdictStyle.h"

#include <QPainter>

namespace cardbridge {

VerdictIconWidget::VerdictIconWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedSize(sizeHint());
}

void VerdictIconWidget::setStatus(std::optional<VerdictStatus> status)
{
    m_status = status;
    update();
}

QSize VerdictIconWidget::sizeHint() const
{
    return QSize(112, 112);
}

void VerdictIconWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF bounds = QRectF(rect()).adjusted(4, 4, -4, -4);
    if (m_status) {
        paintVerdictIcon(painter, bounds, *m_status);
        return;
    }
    QColor ink = palette().color(QPalette::WindowText);
    ink.setAlphaF(0.45f);
    paintIdleIcon(painter, bounds, ink);
}

} // namespace cardbridge
