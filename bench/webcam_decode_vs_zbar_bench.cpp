// Webcam decode rate against zbar (Debian's libzbar, the peer), on the same frames in the
// same run: 30 1280x720 grayscale frames, each with one Code 128, Code 39 or Codabar card at
// varying positions, scales, rotations and blur, plus 4 frames without a code.
// CardBridge: decodeImage restricted to the card symbologies with tryHarder (as the desk).
// zbar: all symbologies off, then CODE128, CODE39, CODABAR, QRCODE, PDF417 on.
// Each frame is decoded `reps` times per decoder; the per-frame time is the median of those.
//
//   build/h2/bench/webcam_decode_vs_zbar_bench [reps]
#include "barcode/ImageDecoder.h"
#include "camera/CardImage.h"
#include "camera/FrameDecoding.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QTransform>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <vector>
#include <zbar.h>

using namespace cardbridge;

namespace {

struct Frame {
    QImage image; // Grayscale8, 1280x720, bytesPerLine == width
    QString text; // empty: no code
    Symbology symbology = Symbology::Code128;
};

QImage blurred(const QImage &image, qreal factor)
{
    if (factor <= 1.0)
        return image;
    const QImage small
        = image.scaled(QSize(int(image.width() / factor), int(image.height() / factor)),
            Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return small.scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

std::vector<Frame> makeFrames()
{
    const Symbology kinds[] = { Symbology::Code128, Symbology::Code39, Symbology::Codabar };
    const char *texts[] = { "LHS3%06d", "2%06dX", "1%07d" };
    std::vector<Frame> frames;
    for (int i = 0; i < 30; ++i) {
        Frame frame;
        frame.symbology = kinds[i % 3];
        frame.text = QString::asprintf(texts[i % 3], 100000 + i * 7919);
        const int module = 2 + (i / 3) % 3; // 2, 3 or 4 pixels per module
        const QImage code = renderBarcode(frame.symbology, frame.text, module, 40 * module);
        QImage canvas(1280, 720, QImage::Format_Grayscale8);
        canvas.fill(120 + (i * 13) % 60);
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const qreal angle = ((i * 37) % 41) - 20.0; // -20..20 degrees
        const qreal cx = 300 + (i * 97) % 680;
        const qreal cy = 200 + (i * 53) % 320;
        const qreal scale = 0.8 + 0.1 * ((i * 7) % 5); // 0.8..1.2
        painter.setTransform(QTransform()
                                 .translate(cx, cy)
                                 .rotate(angle)
                                 .scale(scale, scale)
                                 .translate(-code.width() / 2.0, -code.height() / 2.0));
        painter.drawImage(0, 0, code);
        painter.end();
        frame.image = blurred(canvas, 1.0 + 0.25 * (i % 4)) // 1, 1.25, 1.5, 1.75
                          .convertToFormat(QImage::Format_Grayscale8);
        frames.push_back(frame);
    }
    for (int i = 0; i < 4; ++i) {
        Frame frame;
        QImage canvas(1280, 720, QImage::Format_Grayscale8);
        canvas.fill(100 + 30 * i);
        QPainter painter(&canvas);
        painter.setPen(QPen(Qt::black, 3));
        for (int line = 0; line < 40 * i; ++line) // some texture, no code
            painter.drawLine(
                (line * 131) % 1280, (line * 71) % 720, (line * 251) % 1280, (line * 113) % 720);
        painter.end();
        frame.image = canvas;
        frames.push_back(frame);
    }
    return frames;
}

QString stripCodabar(QString text)
{
    const auto isStartStop = [](QChar c) { return c >= u'A' && c <= u'D'; };
    if (text.size() >= 2 && isStartStop(text.front()) && isStartStop(text.back()))
        return text.mid(1, text.size() - 2);
    return text;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const int reps = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    const std::vector<Frame> frames = makeFrames();
    if (const QByteArray dump = qgetenv("CARDBRIDGE_BENCH_DUMP"); !dump.isEmpty()) {
        for (size_t i = 0; i < frames.size(); ++i)
            frames[i].image.save(
                QString::fromLocal8Bit(dump) + QStringLiteral("/frame%1.png").arg(i));
    }

    DecodeOptions ours;
    ours.symbologies = allCardSymbologies(); // the card rules' symbologies
    ours.tryHarder = true;
    ours.tryRotate = true;

    zbar::zbar_image_scanner_t *scanner = zbar::zbar_image_scanner_create();
    zbar::zbar_image_scanner_set_config(scanner, zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    for (const zbar::zbar_symbol_type_t type : { zbar::ZBAR_CODE128, zbar::ZBAR_CODE39,
             zbar::ZBAR_CODABAR, zbar::ZBAR_QRCODE, zbar::ZBAR_PDF417 })
        zbar::zbar_image_scanner_set_config(scanner, type, zbar::ZBAR_CFG_ENABLE, 1);

    std::vector<double> oursMs;
    std::vector<double> zbarMs;
    int oursFound = 0, zbarFound = 0, oursWrong = 0, zbarWrong = 0, framesWithCode = 0;
    for (const Frame &frame : frames) {
        if (!frame.text.isEmpty())
            ++framesWithCode;
        // CardBridge
        std::vector<double> times;
        std::optional<DecodedCode> result;
        for (int r = 0; r < reps; ++r) {
            QElapsedTimer timer;
            timer.start();
            result = decodeCameraFrame(frame.image, ours);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        oursMs.push_back(median(times));
        if (result && !frame.text.isEmpty() && result->text == frame.text)
            ++oursFound;
        else if (result)
            ++oursWrong;
        // zbar
        times.clear();
        QString zbarText;
        for (int r = 0; r < reps; ++r) {
            QElapsedTimer timer;
            timer.start();
            zbar::zbar_image_t *image = zbar::zbar_image_create();
            zbar::zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
            zbar::zbar_image_set_size(
                image, unsigned(frame.image.width()), unsigned(frame.image.height()));
            zbar::zbar_image_set_data(
                image, frame.image.constBits(), unsigned(frame.image.sizeInBytes()), nullptr);
            const int n = zbar::zbar_scan_image(scanner, image);
            zbarText.clear();
            if (n > 0) {
                const zbar::zbar_symbol_t *symbol = zbar::zbar_image_first_symbol(image);
                zbarText = stripCodabar(QString::fromUtf8(zbar::zbar_symbol_get_data(symbol)));
            }
            zbar::zbar_image_destroy(image);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        zbarMs.push_back(median(times));
        if (qEnvironmentVariableIsSet("CARDBRIDGE_BENCH_VERBOSE"))
            std::printf("frame %2zu %-8s ours %-5s %7.2f ms  zbar %-5s %7.2f ms\n",
                oursMs.size() - 1,
                frame.text.isEmpty() ? "none" : qPrintable(symbologyName(frame.symbology)),
                result && result->text == frame.text ? "yes" : "no", oursMs.back(),
                zbarText == frame.text && !zbarText.isEmpty() ? "yes" : "no", zbarMs.back());
        if (!zbarText.isEmpty() && !frame.text.isEmpty() && zbarText == frame.text)
            ++zbarFound;
        else if (!zbarText.isEmpty())
            ++zbarWrong;
    }
    zbar::zbar_image_scanner_destroy(scanner);

    const double oursMedian = median(oursMs);
    const double zbarMedian = median(zbarMs);
    std::printf("webcam_decode_vs_zbar_bench: %zu frames 1280x720 Grayscale8 (%d with a code), "
                "%d reps per frame\n",
        frames.size(), framesWithCode, reps);
    std::printf("CardBridge (ZXing-C++ %s, tryHarder, card symbologies): median %.3f ms/frame, "
                "mean %.3f ms, detected %d/%d, wrong %d\n",
        "1.4", oursMedian,
        std::accumulate(oursMs.begin(), oursMs.end(), 0.0) / double(oursMs.size()), oursFound,
        framesWithCode, oursWrong);
    std::printf("zbar 0.23 (same symbologies): median %.3f ms/frame, mean %.3f ms, detected "
                "%d/%d, wrong %d\n",
        zbarMedian, std::accumulate(zbarMs.begin(), zbarMs.end(), 0.0) / double(zbarMs.size()),
        zbarFound, framesWithCode, zbarWrong);
    const double ratio = oursMedian > 0 ? zbarMedian / oursMedian : 0;
    std::printf("speed ratio zbar/CardBridge (median per frame): %.2fx\n", ratio);
    const bool met = ratio >= 2.0 && oursFound >= zbarFound;
    std::printf("target (>= 2x faster, equal or better detection): %s\n", met ? "met" : "NOT met");
    return met ? 0 : 3;
}
