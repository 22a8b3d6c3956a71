#pragma once

#include "barcode/Symbology.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace cardbridge {

// A barcode rendered with ZXing's writer: black modules on white with a quiet zone,
// Grayscale8. `moduleSize` pixels per module; linear codes are `barHeight` pixels high.
// Null when the text cannot be encoded in that symbology.
QImage renderBarcode(
    Symbology symbology, const QString &text, int moduleSize = 3, int barHeight = 160);

// A camera-like frame (RGB32) showing a white ID card with the code on it, centred on a grey
// desk. For the demo, the video-file tests and the benchmarks.
QImage renderCardFrame(Symbology symbology, const QString &text, QSize frameSize = { 1280, 720 });

} // namespace cardbridge
