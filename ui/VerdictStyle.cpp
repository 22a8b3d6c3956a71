#include "VerdictStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QtMath>

namespace cardbridge {

namespace {

const QColor kGreen(0x1e, 0x7e, 0x34);
const QColor kAmber(0xb0, 0x5a, 0x00);
const QColor kRed(0xc5, 0x22, 0x1f);
const QColor kGrey(0x5f, 0x63, 0x68);

constexpr qreal kGlyphWidth = 0.1; // stroke width of glyphs, in icon units

QPen glyphPen(const QColor &color, qreal width = kGlyphWidth)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

QPolygonF regularPolygon(int corners, qreal radius, qreal rotationDegrees)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const qreal angle = qDegreesToRadians(rotationDegrees + 360.0 * i / corners);
        polygon << QPointF(0.5 + radius * qCos(angle), 0.5 + radius * qSin(angle));
    }
    return polygon;
}

// A question mark centred on (cx, cy), `scale` being its height in icon units.
void drawQuestionMark(QPainter &painter, qreal cx, qreal cy, qreal scale)
{
    const qreal r = 0.22 * scale;
    const QRectF bowl(cx - r, cy - 0.5 * scale, 2 * r, 2 * r);
    QPainterPath hook;
    hook.arcMoveTo(bowl, 165);
    hook.arcTo(bowl, 165, -255);
    hook.lineTo(cx, cy + 0.1 * scale);
    painter.setPen(glyphPen(Qt::white, 0.22 * scale));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(hook);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    const qreal dot = 0.14 * scale;
    painter.drawEllipse(QPointF(cx, cy + 0.38 * scale), dot, dot);
}

void drawExclamationMark(QPainter &painter, qreal cx, qreal cy, qreal scale)
{
    painter.setPen(glyphPen(Qt::white, 0.2 * scale));
    painter.drawLine(QPointF(cx, cy - 0.45 * scale), QPointF(cx, cy + 0.12 * scale));
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    const qreal dot = 0.13 * scale;
    painter.drawEllipse(QPointF(cx, cy + 0.4 * scale), dot, dot);
}

void drawEligible(QPainter &painter, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.04, 0.04, 0.92, 0.92));
    painter.setPen(glyphPen(Qt::white, 0.12));
    painter.setBrush(Qt::NoBrush);
    const QPointF check[] = { { 0.27, 0.52 }, { 0.43, 0.68 }, { 0.73, 0.35 } };
    painter.drawPolyline(check, 3);
}

void drawSquare(QPainter &painter, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.08, 0.08, 0.84, 0.84), 0.08, 0.08);
    painter.setPen(glyphPen(Qt::white, 0.12));
    painter.setBrush(Qt::NoBrush);
}

void drawNoConsent(QPainter &painter, const QColor &color)
{
    drawSquare(painter, color);
    painter.drawLine(QPointF(0.27, 0.5), QPointF(0.73, 0.5));
}

void drawWithdrawn(QPainter &painter, const QColor &color)
{
    drawSquare(painter, color);
    painter.drawLine(QPointF(0.31, 0.31), QPointF(0.69, 0.69));
    painter.drawLine(QPointF(0.69, 0.31), QPointF(0.31, 0.69));
}

void drawExpired(QPainter &painter, const QColor &color)
{
    // An hourglass: two bars, a glass drawn as an outline, the sand run through.
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.14, 0.04, 0.72, 0.1), 0.03, 0.03);
    painter.drawRoundedRect(QRectF(0.14, 0.86, 0.72, 0.1), 0.03, 0.03);
    QPainterPath glass;
    glass.moveTo(0.24, 0.14);
    glass.lineTo(0.76, 0.14);
    glass.cubicTo(0.76, 0.36, 0.56, 0.42, 0.56, 0.5);
    glass.cubicTo(0.56, 0.58, 0.76, 0.64, 0.76, 0.86);
    glass.lineTo(0.24, 0.86);
    glass.cubicTo(0.24, 0.64, 0.44, 0.58, 0.44, 0.5);
    glass.cubicTo(0.44, 0.42, 0.24, 0.36, 0.24, 0.14);
    painter.setPen(glyphPen(color, 0.07));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(glass);
    QPainterPath sand;
    sand.moveTo(0.5, 0.6);
    sand.cubicTo(0.62, 0.66, 0.7, 0.74, 0.7, 0.84);
    sand.lineTo(0.3, 0.84);
    sand.cubicTo(0.3, 0.74, 0.38, 0.66, 0.5, 0.6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(sand);
}

void drawOutOfScope(QPainter &painter, const QColor &color)
{
    painter.setPen(glyphPen(color, 0.06));
    painter.setBrush(color);
    painter.drawPolygon(regularPolygon(4, 0.44, -90));
    drawExclamationMark(painter, 0.5, 0.5, 0.5);
}

void drawCardBlocked(QPainter &painter, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(regularPolygon(8, 0.48, 22.5));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(0.22, 0.42, 0.56, 0.16), 0.03, 0.03);
}

void drawNotFound(QPainter &painter, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.04, 0.04, 0.92, 0.92));
    drawQuestionMark(painter, 0.5, 0.5, 0.56);
}

void drawUnrecognized(QPainter &painter, const QColor &color)
{
    painter.setPen(glyphPen(color, 0.08));
    painter.setBrush(color);
    const QPointF triangle[] = { { 0.5, 0.07 }, { 0.95, 0.9 }, { 0.05, 0.9 } };
    painter.drawPolygon(triangle, 3);
    drawQuestionMark(painter, 0.5, 0.6, 0.4);
}

QRectF centredSquare(const QRectF &bounds)
{
    const qreal side = qMin(bounds.width(), bounds.height());
    return QRectF(bounds.center().x() - side / 2, bounds.center().y() - side / 2, side, side);
}

} // namespace

QColor verdictColor(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Eligible:
        return kGreen;
    case VerdictStatus::NoConsent:
    case VerdictStatus::Expired:
    case VerdictStatus::NotFound:
        return kAmber;
    case VerdictStatus::Withdrawn:
    case VerdictStatus::CardBlocked:
        return kRed;
    case VerdictStatus::OutOfScope:
    case VerdictStatus::Unrecognized:
        return kGrey;
    }
    return kGrey;
}

void paintVerdictIcon(QPainter &painter, const QRectF &bounds, VerdictStatus status)
{
    const QRectF square = centredSquare(bounds);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(square.topLeft());
    painter.scale(square.width(), square.height());
    const QColor color = verdictColor(status);
    switch (status) {
    case VerdictStatus::Eligible:
        drawEligible(painter, color);
        break;
    case VerdictStatus::NoConsent:
        drawNoConsent(painter, color);
        break;
    case VerdictStatus::Withdrawn:
        drawWithdrawn(painter, color);
        break;
    case VerdictStatus::Expired:
        drawExpired(painter, color);
        break;
    case VerdictStatus::OutOfScope:
        drawOutOfScope(painter, color);
        break;
    case VerdictStatus::CardBlocked:
        drawCardBlocked(painter, color);
        break;
    case VerdictStatus::NotFound:
        drawNotFound(painter, color);
        break;
    case VerdictStatus::Unrecognized:
        drawUnrecognized(painter, color);
        break;
    }
    painter.restore();
}

void paintIdleIcon(QPainter &painter, const QRectF &bounds, const QColor &ink)
{
    const QRectF square = centredSquare(bounds);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(square.topLeft());
    painter.scale(square.width(), square.height());
    painter.setPen(glyphPen(ink, 0.05));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(0.06, 0.2, 0.88, 0.6), 0.08, 0.08);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    const qreal bars[][2]
        = { { 0.18, 0.04 }, { 0.26, 0.02 }, { 0.31, 0.06 }, { 0.41, 0.02 }, { 0.46, 0.04 },
              { 0.54, 0.02 }, { 0.59, 0.06 }, { 0.69, 0.02 }, { 0.74, 0.04 }, { 0.8, 0.02 } };
    for (const auto &bar : bars)
        painter.drawRect(QRectF(bar[0], 0.32, bar[1], 0.36));
    painter.restore();
}

QImage renderVerdictIcon(VerdictStatus status, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paintVerdictIcon(painter, QRectF(0, 0, size, size), status);
    painter.end();
    return image;
}

} // namespace cardbridge
