#include "InlineMessage.h"

#include <QAccessible>
#include <QPainter>
#include <QPainterPath>

namespace cardbridge {

InlineMessage::InlineMessage(Kind kind, QWidget *parent)
    : QLabel(parent)
    , m_kind(kind)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setContentsMargins(16, 8, 10, 8);
    setAccessibleName(kind == Kind::Error ? tr("Error") : tr("Hint"));
    hide();
}

void InlineMessage::showMessage(const QString &text)
{
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty() && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void InlineMessage::clearMessage()
{
    showMessage(QString());
}

void InlineMessage::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor accent
            = m_kind == Kind::Error ? QColor(0xc5, 0x22, 0x1f) : QColor(0x1a, 0x5f, 0xb4);
        const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath outline;
        outline.addRoundedRect(frame, 6, 6);
        painter.fillPath(outline, palette().color(QPalette::Base));
        painter.setPen(QPen(accent, 1));
        painter.drawPath(outline);
        painter.setClipPath(outline);
        painter.fillRect(QRectF(frame.left(), frame.top(), 6, frame.height()), accent);
    }
    QLabel::paintEvent(event);
}

} // namespace cardbridge
