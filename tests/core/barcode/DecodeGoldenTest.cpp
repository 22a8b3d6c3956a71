#include "barcode/ImageDecoder.h"

#include <QPainter>
#include <QTransform>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

// Golden decodes: each card symbology is rendered with ZXing's own writer, then distorted the
// way a desk webcam distorts it, and must come back with the exact text and format.
namespace cardbridge {
namespace {

constexpr int kQuietZone = 40;

struct GoldenCode {
    Symbology symbology;
    ZXing::BarcodeFormat format;
    const char *text;
};

const GoldenCode kGoldenCodes[] = {
    { Symbology::Codabar, ZXing::BarcodeFormat::Codabar, "30234000517861" },
    { Symbology::Code39, ZXing::BarcodeFormat::Code39, "S1234567" },
    { Symbology::Code128, ZXing::BarcodeFormat::Code128, "CB-2024-000123" },
    { Symbology::QRCode, ZXing::BarcodeFormat::QRCode, "STU:4412345" },
    { Symbology::PDF417, ZXing::BarcodeFormat::PDF417, "CARDBRIDGE 1234567890" },
};

bool isLinear(ZXing::BarcodeFormat format)
{
    return format == ZXing::BarcodeFormat::Codabar || format == ZXing::BarcodeFormat::Code39
        || format == ZXing::BarcodeFormat::Code128;
}

// Black modules on white with a quiet zone, Grayscale8: 3 pixels per module for linear codes,
// 5 for 2D codes. Linear codes need a height: encode(text, 0, 0) gives a one-pixel-high image
// (GUIDE section 8).
QImage render(ZXing::BarcodeFormat format, const std::string &text)
{
    ZXing::MultiFormatWriter writer(format);
    writer.setMargin(0);
    const bool linear = isLinear(format);
    const ZXing::BitMatrix modules = writer.encode(text, 0, linear ? 1 : 0);
    const int scale = linear ? 3 : 5;
    const ZXing::BitMatrix matrix
        = writer.encode(text, modules.width() * scale, linear ? 150 : modules.height() * scale);
    QImage image(matrix.width() + 2 * kQuietZone, matrix.height() + 2 * kQuietZone,
        QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.height(); ++y) {
        uchar *row = image.scanLine(y + kQuietZone) + kQuietZone;
        for (int x = 0; x < matrix.width(); ++x)
            row[x] = matrix.get(x, y) ? 0 : 255;
    }
    return image;
}

// Draws `source` transformed onto a canvas of `size` filled with `background`.
QImage drawOnto(const QImage &source, QSize size, int background, const QTransform &transform)
{
    QImage canvas(size, QImage::Format_RGB32);
    canvas.fill(QColor(background, background, background));
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(transform);
    painter.drawImage(0, 0, source);
    painter.end();
    return canvas.convertToFormat(QImage::Format_Grayscale8);
}

QImage rotated(const QImage &source, qreal degrees)
{
    const QTransform rotation = QTransform().rotate(degrees);
    const QRectF bounds = rotation.mapRect(QRectF(source.rect()));
    QTransform transform;
    transform.translate(-bounds.left(), -bounds.top());
    transform = rotation * transform;
    return drawOnto(source, bounds.size().toSize() + QSize(2, 2), 255, transform);
}

// 3x3 box blur, edges clamped.
QImage blurred(const QImage &source)
{
    QImage result(source.size(), QImage::Format_Grayscale8);
    const int w = source.width();
    const int h = source.height();
    for (int y = 0; y < h; ++y) {
        uchar *out = result.scanLine(y);
        for (int x = 0; x < w; ++x) {
            int sum = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                const uchar *in = source.constScanLine(std::clamp(y + dy, 0, h - 1));
                for (int dx = -1; dx <= 1; ++dx)
                    sum += in[std::clamp(x + dx, 0, w - 1)];
            }
            out[x] = uchar(sum / 9);
        }
    }
    return result;
}

QImage noisy(const QImage &source, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> noise(-16, 16);
    QImage result = source.copy();
    for (int y = 0; y < result.height(); ++y) {
        uchar *row = result.scanLine(y);
        for (int x = 0; x < result.width(); ++x)
            row[x] = uchar(std::clamp(row[x] + noise(random), 0, 255));
    }
    return result;
}

// The symbol scaled to a third of the frame width, off centre in a grey 1280x720 frame.
QImage inWebcamFrame(const QImage &source)
{
    const qreal scale = 1280.0 / 3.0 / source.width();
    QTransform transform;
    transform.translate(700, 260);
    transform.scale(scale, scale);
    return drawOnto(source, QSize(1280, 720), 190, transform);
}

class DecodeGolden : public ::testing::TestWithParam<GoldenCode> {
protected:
    QImage symbol() const { return render(GetParam().format, GetParam().text); }

    void expectDecodes(const QImage &image) const
    {
        DecodeOptions options;
        options.symbologies = { GetParam().symbology };
        const std::optional<DecodedCode> decoded = decodeImage(image, options);
        ASSERT_TRUE(decoded.has_value());
        EXPECT_EQ(decoded->symbology, GetParam().symbology);
        EXPECT_EQ(decoded->text, QString::fromUtf8(GetParam().text));
        // And with every card symbology allowed, as the desk does by default.
        const std::optional<DecodedCode> any = decodeImage(image);
        ASSERT_TRUE(any.has_value());
        EXPECT_EQ(any->symbology, GetParam().symbology);
        EXPECT_EQ(any->text, QString::fromUtf8(GetParam().text));
    }
};

TEST_P(DecodeGolden, Plain)
{
    expectDecodes(symbol());
}

TEST_P(DecodeGolden, Rotated90)
{
    expectDecodes(rotated(symbol(), 90));
}

TEST_P(DecodeGolden, Rotated180)
{
    expectDecodes(rotated(symbol(), 180));
}

TEST_P(DecodeGolden, RotatedSmallAngle)
{
    expectDecodes(rotated(symbol(), 7));
}

TEST_P(DecodeGolden, Blurred)
{
    expectDecodes(blurred(symbol()));
}

TEST_P(DecodeGolden, Noisy)
{
    expectDecodes(noisy(symbol(), 20240901));
}

TEST_P(DecodeGolden, ScaledIntoWebcamFrame)
{
    expectDecodes(inWebcamFrame(symbol()));
}

TEST_P(DecodeGolden, ColourFormatsReadInPlace)
{
    for (QImage::Format format :
        { QImage::Format_RGB32, QImage::Format_ARGB32, QImage::Format_RGBA8888,
            QImage::Format_RGB888, QImage::Format_BGR888, QImage::Format_Mono }) {
        SCOPED_TRACE(int(format));
        expectDecodes(symbol().convertToFormat(format));
    }
}

TEST_P(DecodeGolden, HonoursBytesPerLine)
{
    const QImage tight = symbol();
    const qsizetype stride = tight.width() + 37; // not a multiple of 4, with junk past each row
    QByteArray buffer(stride * tight.height(), char(0x55));
    for (int y = 0; y < tight.height(); ++y)
        std::copy_n(tight.constScanLine(y), tight.width(), buffer.data() + y * stride);
    const QImage strided(reinterpret_cast<const uchar *>(buffer.constData()), tight.width(),
        tight.height(), stride, QImage::Format_Grayscale8);
    expectDecodes(strided);
}

TEST_P(DecodeGolden, OutlineLiesOnTheSymbol)
{
    const QImage image = symbol();
    const auto decoded = decodeImage(image);
    ASSERT_TRUE(decoded.has_value());
    ASSERT_EQ(decoded->outline.size(), 4);
    const QRectF bounds = decoded->outline.boundingRect();
    EXPECT_TRUE(QRectF(image.rect()).adjusted(-1, -1, 1, 1).contains(bounds));
    EXPECT_GT(bounds.width(), image.width() / 3);
}

std::string goldenName(const ::testing::TestParamInfo<GoldenCode> &info)
{
    return symbologyName(info.param.symbology).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Barcode, DecodeGolden, ::testing::ValuesIn(kGoldenCodes), goldenName);

TEST(DecodeImage, NoCodeGivesNothing)
{
    QImage image(640, 480, QImage::Format_Grayscale8);
    image.fill(255);
    EXPECT_FALSE(decodeImage(image));
    EXPECT_FALSE(decodeImage(noisy(image, 7)));
    EXPECT_FALSE(decodeImage(QImage()));
}

TEST(DecodeImage, RestrictedSymbologiesIgnoreOthers)
{
    const QImage code128 = render(ZXing::BarcodeFormat::Code128, "CB-2024-000123");
    DecodeOptions options;
    options.symbologies = { Symbology::Code39 };
    EXPECT_FALSE(decodeImage(code128, options));
    options.symbologies = { Symbology::Code39, Symbology::Code128 };
    EXPECT_TRUE(decodeImage(code128, options));
}

TEST(DecodeImage, EmptySymbologyListDecodesNothing)
{
    // ZXing reads an empty format set as "all formats"; ours means none.
    DecodeOptions options;
    options.symbologies.clear();
    EXPECT_FALSE(decodeImage(render(ZXing::BarcodeFormat::QRCode, "X"), options));
}

TEST(DecodeImage, CodabarComesWithoutStartStop)
{
    // Written with explicit start/stop characters; the decoded text must not carry them.
    const auto decoded = decodeImage(render(ZXing::BarcodeFormat::Codabar, "B1234-5678D"));
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded->symbology, Symbology::Codabar);
    EXPECT_EQ(decoded->text, QStringLiteral("1234-5678"));
}

// ZXing 1.4's multi-symbol call aborted on exactly this frame (GUIDE section 8).
TEST(DecodeImage, WebcamFrameWithOneCode128DoesNotAbort)
{
    const QImage frame = inWebcamFrame(render(ZXing::BarcodeFormat::Code128, "CB-2024-000123"));
    ASSERT_EQ(frame.size(), QSize(1280, 720));
    DecodeOptions options;
    options.symbologies = { Symbology::Code128 };
    options.tryHarder = true;
    const auto decoded = decodeImage(frame, options);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded->text, QStringLiteral("CB-2024-000123"));
}

TEST(DecodeImage, TryHarderOffStillReadsACentredCode)
{
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(255);
    const QImage code = render(ZXing::BarcodeFormat::Code128, "CB-2024-000123");
    QPainter painter(&frame);
    painter.drawImage((1280 - code.width()) / 2, (720 - code.height()) / 2, code);
    painter.end();
    DecodeOptions options;
    options.symbologies = { Symbology::Code128 };
    options.tryHarder = false;
    options.tryRotate = false;
    EXPECT_TRUE(decodeImage(frame, options));
}

} // namespace
} // namespace cardbridge
