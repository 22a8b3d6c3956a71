#include "camera/FrameDecoder.h"

#include "camera/CardImage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QThread>

#include <gtest/gtest.h>

#include <cstring>
#include <functional>

namespace cardbridge {
namespace {

// A camera-like frame: BGRA pixels copied into a mapped QVideoFrame.
QVideoFrame videoFrameOf(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y),
            size_t(image.width()) * 4);
    frame.unmap();
    return frame;
}

// A YUV 4:2:0 frame, the layout webcams and the video file deliver.
QVideoFrame yuvFrameOf(const QImage &source)
{
    const QImage grey = source.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_YUV420P));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(
            frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), size_t(grey.width()));
    for (int plane = 1; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane)));
    frame.unmap();
    return frame;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

// What the decoder signalled (core_tests has no QtTest, so no QSignalSpy).
struct Recorder {
    explicit Recorder(FrameDecoder &decoder)
    {
        QObject::connect(&decoder, &FrameDecoder::decoded, &context,
            [this](const DecodedCode &code, QSize size) {
                codes.append(code);
                sizes.append(size);
            });
        QObject::connect(&decoder, &FrameDecoder::previewReady, &context,
            [this](const QImage &preview, QSize) { previews.append(preview); });
        QObject::connect(&decoder, &FrameDecoder::frameDone, &context,
            [this](qint64, bool found) { done.append(found); });
    }
    QObject context;
    QList<DecodedCode> codes;
    QList<QSize> sizes;
    QList<QImage> previews;
    QList<bool> done;
};

class CameraFrameDecoder : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "core_tests";
            static char *argv[] = { name, nullptr };
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            // Leaked on purpose: it must outlive every test and static in the binary.
            new QGuiApplication(argc, argv);
        }
    }
};

TEST_F(CameraFrameDecoder, DecodesACardFromAVideoFrame)
{
    FrameDecoder decoder;
    decoder.setOptions(DecodeOptions { { Symbology::Code128 }, true, true });
    Recorder spy(decoder);
    const QImage image = renderCardFrame(Symbology::Code128, QStringLiteral("LHS3000042"));
    ASSERT_TRUE(decoder.offer(videoFrameOf(image)));
    ASSERT_TRUE(waitUntil([&] { return !decoder.isBusy(); }));
    ASSERT_EQ(spy.codes.size(), 1);
    const DecodedCode code = spy.codes.at(0);
    EXPECT_EQ(code.text, QStringLiteral("LHS3000042"));
    EXPECT_EQ(code.symbology, Symbology::Code128);
    EXPECT_EQ(spy.sizes.at(0), QSize(1280, 720));
    ASSERT_GE(code.outline.size(), 4);
    EXPECT_TRUE(QRectF(0, 0, 1280, 720).contains(code.outline.boundingRect()));
    EXPECT_EQ(decoder.codesFound(), 1);
}

TEST_F(CameraFrameDecoder, ReadsTheLuminancePlaneOfYuvFrames)
{
    FrameDecoder decoder;
    decoder.setOptions(DecodeOptions { { Symbology::Codabar }, true, true });
    decoder.setPreviewWidth(320);
    Recorder spy(decoder);
    const QImage image = renderCardFrame(Symbology::Codabar, QStringLiteral("12345678"));
    ASSERT_TRUE(decoder.offer(yuvFrameOf(image)));
    ASSERT_TRUE(waitUntil([&] { return !decoder.isBusy(); }));
    ASSERT_EQ(spy.codes.size(), 1);
    EXPECT_EQ(spy.codes.at(0).text, QStringLiteral("12345678"));
    ASSERT_EQ(spy.previews.size(), 1);
    EXPECT_EQ(spy.previews.at(0).width(), 320);
}

TEST_F(CameraFrameDecoder, KeepsOneFrameInFlightAndCountsDroppedFrames)
{
    FrameDecoder decoder;
    Recorder spy(decoder);
    const QVideoFrame frame
        = videoFrameOf(renderCardFrame(Symbology::Code128, QStringLiteral("LHS3000042")));
    // The busy flag clears only when the result is delivered on this thread, so without an
    // event loop every further offer is dropped.
    EXPECT_TRUE(decoder.offer(frame));
    EXPECT_TRUE(decoder.isBusy());
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(decoder.offer(frame));
    EXPECT_EQ(decoder.framesOffered(), 5);
    EXPECT_EQ(decoder.framesDropped(), 4);
    ASSERT_TRUE(waitUntil([&] { return !decoder.isBusy(); }));
    EXPECT_EQ(spy.done.size(), 1);
    EXPECT_EQ(decoder.framesDecoded(), 1);
    EXPECT_TRUE(decoder.offer(frame)); // free again
    ASSERT_TRUE(waitUntil([&] { return !decoder.isBusy(); }));
    EXPECT_EQ(decoder.framesDecoded(), 2);
}

TEST_F(CameraFrameDecoder, FrameWithoutACodeReportsNothing)
{
    FrameDecoder decoder;
    Recorder spy(decoder);
    QImage blank(1280, 720, QImage::Format_RGB32);
    blank.fill(Qt::gray);
    ASSERT_TRUE(decoder.offer(videoFrameOf(blank)));
    ASSERT_TRUE(waitUntil([&] { return !decoder.isBusy(); }));
    EXPECT_TRUE(spy.codes.isEmpty());
    ASSERT_EQ(spy.done.size(), 1);
    EXPECT_FALSE(spy.done.at(0));
    EXPECT_FALSE(decoder.offer(QVideoFrame())); // invalid frames are refused
}

TEST_F(CameraFrameDecoder, SymbologiesOutsideTheCardRulesAreIgnored)
{
    FrameDecoder decoder;
    decoder.setOptions(DecodeOptions { { Symbology::Code39 }, true, true });
    Recorder spy(decoder);
    ASSERT_TRUE(decoder.offer(
        videoFrameOf(renderCardFrame(Symbology::Code128, QStringLiteral("LHS3000042")))));
    ASSERT_TRUE(waitUntil([&] { return !decoder.isBusy(); }));
    EXPECT_TRUE(spy.codes.isEmpty());
}

TEST_F(CameraFrameDecoder, OverBudgetDecodeSkipsTheNextFrames)
{
    FrameDecoder decoder;
    decoder.setBudgetMs(0); // every decode overruns
    decoder.setSkipAfterOverrun(3);
    const QVideoFrame frame
        = videoFrameOf(renderCardFrame(Symbology::Code128, QStringLiteral("LHS3000042")));
    ASSERT_TRUE(decoder.offer(frame));
    ASSERT_TRUE(waitUntil([&] { return !decoder.isBusy(); }));
    EXPECT_EQ(decoder.framesOverBudget(), 1);
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(decoder.offer(frame));
    EXPECT_EQ(decoder.framesSkipped(), 3);
    EXPECT_TRUE(decoder.offer(frame));
    ASSERT_TRUE(waitUntil([&] { return !decoder.isBusy(); }));
}

TEST_F(CameraFrameDecoder, DeletingWhileBusyIsSafe)
{
    auto decoder = std::make_unique<FrameDecoder>();
    ASSERT_TRUE(
        decoder->offerImage(renderCardFrame(Symbology::QRCode, QStringLiteral("OES-4000001"))));
    decoder.reset(); // waits for the worker; the queued result is discarded
    QCoreApplication::processEvents();
    SUCCEED();
}

} // namespace
} // namespace cardbridge
