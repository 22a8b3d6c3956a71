// Decoding one 1280x720 webcam-sized frame: CardBridge's decodeImage against a direct
// ZXing::ReadBarcode call on the same pixels with the same hints, so the wrapper's own cost
// (image view, hints, result conversion) shows as the ratio between the two.
#include "barcode/ImageDecoder.h"

#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

namespace {

const std::string kText = "CB-2024-000123";

// A Code 128 at 3 pixels per module, placed right of and below the centre on a grey frame.
QImage makeFrame()
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code128);
    writer.setMargin(0);
    const ZXing::BitMatrix modules = writer.encode(kText, 0, 1);
    const ZXing::BitMatrix matrix = writer.encode(kText, modules.width() * 3, 120);

    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(190);
    const int left = 700;
    const int top = 420;
    for (int y = -20; y < matrix.height() + 20; ++y) {
        uchar *row = frame.scanLine(top + y);
        for (int x = -30; x < matrix.width() + 30; ++x) {
            const bool inside = x >= 0 && y >= 0 && x < matrix.width() && y < matrix.height();
            row[left + x] = inside && matrix.get(x, y) ? 20 : 235;
        }
    }
    return frame;
}

const QImage &frame()
{
    static const QImage image = makeFrame();
    return image;
}

void BM_DecodeImage_CardBridge(benchmark::State &state)
{
    cardbridge::DecodeOptions options;
    options.symbologies = { cardbridge::Symbology::Code128 };
    options.tryHarder = true;
    options.tryRotate = true;
    const QImage &image = frame();
    for (auto _ : state) {
        auto decoded = cardbridge::decodeImage(image, options);
        if (!decoded)
            state.SkipWithError("no code decoded");
        benchmark::DoNotOptimize(decoded);
    }
}
BENCHMARK(BM_DecodeImage_CardBridge)->Unit(benchmark::kMicrosecond);

void BM_DecodeImage_DirectZXing(benchmark::State &state)
{
    const QImage &image = frame();
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
        ZXing::ImageFormat::Lum, int(image.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Code128)
        .setTryHarder(true)
        .setTryRotate(true)
        .setReturnCodabarStartEnd(false);
    for (auto _ : state) {
        auto result = ZXing::ReadBarcode(view, hints);
        if (!result.isValid())
            state.SkipWithError("no code decoded");
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_DecodeImage_DirectZXing)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
