#pragma once

#include "consent/Verdict.h"

#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;

namespace cardbridge {

// The accent colour of a verdict: green for eligible, amber, red or grey for the others.
// Colour is never the only signal: every status also has its own icon shape and title.
QColor verdictColor(VerdictStatus status);

// Draws the status icon into the largest square centred in `bounds`. Each status has its own
// outline (circle, square, hourglass, diamond, octagon, triangle) and glyph, drawn as paths so
// that no font is needed.
void paintVerdictIcon(QPainter &painter, const QRectF &bounds, VerdictStatus status);

// The idle icon (a barcode): drawn in `ink`, which should come from the palette.
void paintIdleIcon(QPainter &painter, const QRectF &bounds, const QColor &ink);

// The icon as an image with a transparent background, for tests and exports.
QImage renderVerdictIcon(VerdictStatus status, int size);

} // namespace cardbridge
