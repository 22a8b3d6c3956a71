#include "camera/FrameDecoding.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

namespace cardbridge {

namespace {

QString withoutCodabarStartStop(QString text)
{
    const auto isStartStop = [](QChar c) { return c >= u'A' && c <= u'D'; };
    if (text.size() >= 2 && isStartStop(text.front()) && isStartStop(text.back()))
        return text.mid(1, text.size() - 2);
    return text;
}

std::optional<DecodedCode> decodeLinearFixedThreshold(
    const QImage &image, const DecodeOptions &options)
{
    ZXing::BarcodeFormats formats;
    if (options.symbologies.contains(Symbology::Codabar))
        formats |= ZXing::BarcodeFormat::Codabar;
    if (options.symbologies.contains(Symbology::Code39))
        formats |= ZXing::BarcodeFormat::Code39;
    if (options.symbologies.contains(Symbology::Code128))
        formats |= ZXing::BarcodeFormat::Code128;
    if (formats.empty())
        return std::nullopt;
    const QImage grey = image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
        ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(formats)
        .setTryHarder(options.tryHarder)
        .setTryRotate(options.tryRotate)
        .setBinarizer(ZXing::Binarizer::FixedThreshold)
        .setReturnCodabarStartEnd(false);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    DecodedCode decoded;
    switch (result.format()) {
    case ZXing::BarcodeFormat::Codabar:
        decoded.symbology = Symbology::Codabar;
        break;
    case ZXing::BarcodeFormat::Code39:
        decoded.symbology = Symbology::Code39;
        break;
    default:
        decoded.symbology = Symbology::Code128;
        break;
    }
    decoded.text = QString::fromStdString(result.text());
    if (decoded.symbology == Symbology::Codabar)
        decoded.text = withoutCodabarStartStop(std::move(decoded.text));
    for (const auto &point : result.position())
        decoded.outline.append(QPointF(point.x, point.y));
    return decoded;
}

} // namespace

std::optional<DecodedCode> decodeCameraFrame(const QImage &image, const DecodeOptions &options)
{
    if (auto found = decodeImage(image, options))
        return found;
    return decodeLinearFixedThreshold(image, options);
}

} // namespace cardbridge
