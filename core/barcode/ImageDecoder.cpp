#include "barcode/ImageDecoder.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

#include <array>

namespace cardbridge {

namespace {

struct FormatEntry {
    Symbology symbology;
    ZXing::BarcodeFormat format;
};

constexpr std::array<FormatEntry, 5> kFormats { {
    { Symbology::Codabar, ZXing::BarcodeFormat::Codabar },
    { Symbology::Code39, ZXing::BarcodeFormat::Code39 },
    { Symbology::Code128, ZXing::BarcodeFormat::Code128 },
    { Symbology::QRCode, ZXing::BarcodeFormat::QRCode },
    { Symbology::PDF417, ZXing::BarcodeFormat::PDF417 },
} };

ZXing::BarcodeFormats zxingFormats(const QList<Symbology> &symbologies)
{
    ZXing::BarcodeFormats formats;
    for (const auto &entry : kFormats) {
        if (symbologies.contains(entry.symbology))
            formats |= entry.format;
    }
    return formats;
}

std::optional<Symbology> symbologyOf(ZXing::BarcodeFormat format)
{
    for (const auto &entry : kFormats) {
        if (entry.format == format)
            return entry.symbology;
    }
    return std::nullopt;
}

// ZXing's pixel layout for the QImage formats it can read in place; None for the rest.
ZXing::ImageFormat zxingLayout(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale8:
        return ZXing::ImageFormat::Lum;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB words: B G R A in memory on little-endian machines.
        return Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? ZXing::ImageFormat::BGRX
                                               : ZXing::ImageFormat::XRGB;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return ZXing::ImageFormat::RGBX;
    case QImage::Format_RGB888:
        return ZXing::ImageFormat::RGB;
    case QImage::Format_BGR888:
        return ZXing::ImageFormat::BGR;
    default:
        return ZXing::ImageFormat::None;
    }
}

ZXing::Binarizer zxingBinarizer(Binarization binarization)
{
    switch (binarization) {
    case Binarization::GlobalHistogram:
        return ZXing::Binarizer::GlobalHistogram;
    case Binarization::FixedThreshold:
        return ZXing::Binarizer::FixedThreshold;
    case Binarization::LocalAverage:
        break;
    }
    return ZXing::Binarizer::LocalAverage;
}

// Codabar data never contains A-D, so these can only be start/stop characters.
QString withoutCodabarStartStop(QString text)
{
    const auto isStartStop = [](QChar c) { return c >= u'A' && c <= u'D'; };
    if (text.size() >= 2 && isStartStop(text.front()) && isStartStop(text.back()))
        return text.mid(1, text.size() - 2);
    return text;
}

QPolygonF outlineOf(const ZXing::Position &position)
{
    QPolygonF outline;
    outline.reserve(qsizetype(position.size()));
    for (const auto &point : position)
        outline.append(QPointF(point.x, point.y));
    return outline;
}

} // namespace

std::optional<DecodedCode> decodeImage(const QImage &image, const DecodeOptions &options)
{
    // An empty format set means "all formats" to ZXing, the opposite of what was asked.
    const ZXing::BarcodeFormats formats = zxingFormats(options.symbologies);
    if (image.isNull() || formats.empty())
        return std::nullopt;

    // Read the pixels in place when ZXing understands the layout: a 720p frame copy costs
    // about as much as a quick decode.
    QImage converted;
    const QImage *source = &image;
    ZXing::ImageFormat layout = zxingLayout(image.format());
    if (layout == ZXing::ImageFormat::None) {
        converted = image.convertToFormat(QImage::Format_Grayscale8);
        source = &converted;
        layout = ZXing::ImageFormat::Lum;
    }
    const ZXing::ImageView view(source->constBits(), source->width(), source->height(), layout,
        int(source->bytesPerLine()));

    ZXing::DecodeHints hints;
    hints.setFormats(formats)
        .setTryHarder(options.tryHarder)
        .setTryRotate(options.tryRotate)
        .setBinarizer(zxingBinarizer(options.binarization))
        .setReturnCodabarStartEnd(false);
    // ReadBarcode, not ReadBarcodes: the multi-symbol path of ZXing 1.4 can abort (GUIDE §8).
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    const std::optional<Symbology> symbology = symbologyOf(result.format());
    if (!symbology)
        return std::nullopt;

    DecodedCode decoded { *symbology, QString::fromStdString(result.text()),
        outlineOf(result.position()) };
    if (*symbology == Symbology::Codabar)
        decoded.text = withoutCodabarStartStop(std::move(decoded.text));
    return decoded;
}

} // namespace cardbridge
