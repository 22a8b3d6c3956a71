#include "camera/CardImage.h"

#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace cardbridge {

namespace {

ZXing::BarcodeFormat formatOf(Symbology symbology)
{
    switch (symbology) {
    case Symbology::Codabar:
        return ZXing::BarcodeFormat::Codabar;
    case Symbology::Code39:
        return ZXing::BarcodeFormat::Code39;
    case Symbology::Code128:
        return ZXing::BarcodeFormat::Code128;
    case Symbology::QRCode:
        return ZXing::BarcodeFormat::QRCode;
    case Symbology::PDF417:
        return ZXing::BarcodeFormat::PDF417;
    }
    return ZXing::BarcodeFormat::Code128;
}

bool isLinear(Symbology symbology)
{
    return symbology == Symbology::Codabar || symbology == Symbology::Code39
        || symbology == Symbology::Code128;
}

} // namespace

QImage renderBarcode(Symbology symbology, const QString &text, int moduleSize, int barHeight)
{
    const bool linear = isLinear(symbology);
    std::string contents = text.toStdString();
    if (symbology == Symbology::Codabar)
        contents = "A" + contents + "B"; // start and stop characters
    try {
        ZXing::MultiFormatWriter writer(formatOf(symbology));
        writer.setMargin(0);
        // The module count first, then the exact size: every module is moduleSize pixels.
        const ZXing::BitMatrix modules = writer.encode(contents, 0, linear ? 1 : 0);
        const ZXing::BitMatrix matrix = writer.encode(contents, modules.width() * moduleSize,
            linear ? barHeight : modules.height() * moduleSize);
        const int quiet = 10 * moduleSize;
        QImage image(
            matrix.width() + 2 * quiet, matrix.height() + 2 * quiet, QImage::Format_Grayscale8);
        image.fill(255);
        for (int y = 0; y < matrix.height(); ++y) {
            uchar *row = image.scanLine(y + quiet) + quiet;
            for (int x = 0; x < matrix.width(); ++x)
                row[x] = matrix.get(x, y) ? 0 : 255;
        }
        return image;
    } catch (const std::exception &) {
        return {}; // ZXing's writer reports unencodable text by throwing
    }
}

QImage renderCardFrame(Symbology symbology, const QString &text, QSize frameSize)
{
    QImage frame(frameSize, QImage::Format_RGB32);
    frame.fill(QColor(96, 104, 112));
    const QImage code = renderBarcode(symbology, text, isLinear(symbology) ? 3 : 6);
    if (code.isNull())
        return frame;
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSize cardSize(qMax(code.width() + 80, 520), code.height() + 140);
    const QRect card(QPoint((frameSize.width() - cardSize.width()) / 2,
                         (frameSize.height() - cardSize.height()) / 2),
        cardSize);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(250, 250, 246));
    painter.drawRoundedRect(card, 18, 18);
    painter.setBrush(QColor(30, 80, 140));
    painter.drawRect(QRect(card.left(), card.top() + 18, card.width(), 60));
    painter.drawImage(card.left() + (card.width() - code.width()) / 2, card.top() + 100, code);
    painter.end();
    return frame;
}

} // namespace cardbridge
