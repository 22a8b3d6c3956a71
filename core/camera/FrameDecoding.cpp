#include "camera/FrameDecoding.h"

#include <QTransform>

namespace cardbridge {

std::optional<DecodedCode> decodeCameraFrame(const QImage &image, const DecodeOptions &options)
{
    if (auto found = decodeImage(image, options))
        return found;
    // Blurred narrow bars defeat the default binarizer; the other two read many of them.
    // Only linear codes benefit, so the extra passes skip the 2D symbologies.
    DecodeOptions linear = options;
    linear.symbologies.removeIf([](Symbology symbology) {
        return symbology == Symbology::QRCode || symbology == Symbology::PDF417;
    });
    if (linear.symbologies.isEmpty())
        return std::nullopt;
    for (const Binarization binarization :
        { Binarization::FixedThreshold, Binarization::GlobalHistogram }) {
        linear.binarization = binarization;
        if (auto found = decodeImage(image, linear))
            return found;
    }
    // A card held at a slant: ZXing's linear readers scan rows, so straighten by a few degrees
    // either way. The outline is mapped back into the frame's coordinates.
    linear.binarization = Binarization::LocalAverage;
    for (const qreal degrees : { 12.0, -12.0 }) {
        const QTransform rotation = QTransform().rotate(degrees);
        const QImage turned = image.transformed(rotation, Qt::FastTransformation);
        if (auto found = decodeImage(turned, linear)) {
            // transformed() shifts the result so its bounding box starts at 0,0.
            const QTransform toTurned = rotation
                * QTransform::fromTranslate(-rotation.mapRect(QRectF(image.rect())).left(),
                    -rotation.mapRect(QRectF(image.rect())).top());
            found->outline = toTurned.inverted().map(found->outline);
            return found;
        }
    }
    return std::nullopt;
}

} // namespace cardbridge
