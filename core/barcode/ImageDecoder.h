#pragma once

#include "barcode/Symbology.h"

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QString>

#include <optional>

namespace cardbridge {

struct DecodedCode {
    Symbology symbology;
    QString text; // Codabar without start/stop characters
    QPolygonF outline; // in image pixel coordinates
};

// How ZXing turns grey levels into black and white. The default suits most frames; the
// others rescue blurred or unevenly lit linear codes (camera/FrameDecoding.cpp).
enum class Binarization { LocalAverage, GlobalHistogram, FixedThreshold };

struct DecodeOptions {
    QList<Symbology> symbologies = allCardSymbologies();
    bool tryHarder = true; // needed for webcam frames (GUIDE section 8)
    bool tryRotate = true;
    Binarization binarization = Binarization::LocalAverage;
};

// Decodes at most one code from an image with ZXing, restricted to `options.symbologies`.
// Uses the single-result call: ZXing 1.4's multi-result path can abort (GUIDE section 8).
std::optional<DecodedCode> decodeImage(const QImage &image, const DecodeOptions &options = {});

} // namespace cardbridge
