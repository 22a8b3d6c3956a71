#include "ViewfinderWidget.h"

#include <QDateTime>
#include <QPainter>

namespace cardbridge {

namespace {
constexpr qint64 kOutlineLifetimeMs = 800;
}

ViewfinderWidget::ViewfinderWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Camera picture"));
    setMinimumSize(240, 135);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ViewfinderWidget::showFrame(const QImage &image, QSize frameSize)
{
    m_image = image;
    m_frameSize = frameSize.isValid() ? frameSize : image.size();
    update();
}

void ViewfinderWidget::showOutline(const QPolygonF &outline, QSize frameSize)
{
    m_outline = outline;
    if (frameSize.isValid())
        m_frameSize = frameSize;
    m_outlineShownAtMs = QDateTime::currentMSecsSinceEpoch();
    update();
}

void ViewfinderWidget::clear(const QString &placeholder)
{
    m_image = QImage();
    m_outline.clear();
    m_placeholder = placeholder;
    update();
}

QRectF ViewfinderWidget::pictureRect() const
{
    const QSizeF frame = m_frameSize.isValid() ? QSizeF(m_frameSize) : QSizeF(m_image.size());
    if (frame.isEmpty())
        return {};
    const QSizeF fitted = frame.scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(
        QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

QPolygonF ViewfinderWidget::mappedOutline() const
{
    const QRectF target = pictureRect();
    if (m_outline.isEmpty() || target.isEmpty() || m_frameSize.isEmpty())
        return {};
    const qreal scale = target.width() / m_frameSize.width();
    QPolygonF mapped;
    for (const QPointF &point : m_outline)
        mapped.append(target.topLeft() + point * scale);
    return mapped;
}

void ViewfinderWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 28));
    if (m_image.isNull()) {
        painter.setPen(QColor(220, 220, 220));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
            m_placeholder.isEmpty() ? tr("Camera off") : m_placeholder);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(pictureRect(), m_image);
    const bool fresh
        = QDateTime::currentMSecsSinceEpoch() - m_outlineShownAtMs < kOutlineLifetimeMs;
    const QPolygonF outline = mappedOutline();
    if (fresh && outline.size() >= 2) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(40, 220, 90), 3));
        painter.setBrush(QColor(40, 220, 90, 50));
        painter.drawPolygon(outline);
    }
}

} // namespace cardbridge
