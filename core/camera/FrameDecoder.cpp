#include "camera/FrameDecoder.h"

#include "camera/FrameDecoding.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace cardbridge {

namespace {

Q_LOGGING_CATEGORY(lcFrames, "cardbridge.camera.frames")

// Pixel formats whose first plane is 8-bit luminance: ZXing reads it as a grey image.
bool hasLumaPlane(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return true;
    default:
        return false;
    }
}

QImage scaledPreview(const QImage &image, int width)
{
    if (width <= 0 || image.isNull())
        return {};
    if (image.width() <= width)
        return image.copy();
    return image.scaledToWidth(width, Qt::FastTransformation);
}

} // namespace

FrameDecoder::FrameDecoder(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DecodedCode>();
    m_worker.setMaxThreadCount(1);
}

FrameDecoder::~FrameDecoder()
{
    m_worker.waitForDone();
}

void FrameDecoder::resetCounters()
{
    m_offered = m_decoded = m_dropped = m_skipped = m_overBudget = m_found = 0;
}

void FrameDecoder::waitForIdle()
{
    m_worker.waitForDone();
}

bool FrameDecoder::admit()
{
    ++m_offered;
    if (m_busy) {
        ++m_dropped;
        return false;
    }
    if (m_skipRemaining > 0) {
        --m_skipRemaining;
        ++m_skipped;
        return false;
    }
    m_busy = true;
    return true;
}

bool FrameDecoder::offer(const QVideoFrame &frame)
{
    if (!frame.isValid() || !admit())
        return false;
    const DecodeOptions options = m_options;
    const int previewWidth = m_previewWidth;
    submit([frame = QVideoFrame(frame), options, previewWidth]() mutable {
        Outcome outcome;
        QElapsedTimer timer;
        timer.start();
        outcome.frameSize = frame.size();
        if (hasLumaPlane(frame.pixelFormat()) && frame.map(QVideoFrame::ReadOnly)) {
            // The luminance plane in place: no conversion, no copy.
            const QImage luma(frame.bits(0), frame.width(), frame.height(), frame.bytesPerLine(0),
                QImage::Format_Grayscale8);
            outcome.code = decodeCameraFrame(luma, options);
            frame.unmap();
            outcome.micros = timer.nsecsElapsed() / 1000;
            if (previewWidth > 0)
                outcome.preview = scaledPreview(frame.toImage(), previewWidth);
        } else {
            const QImage image = frame.toImage();
            outcome.code = decodeCameraFrame(image, options);
            outcome.micros = timer.nsecsElapsed() / 1000;
            outcome.preview = scaledPreview(image, previewWidth);
        }
        return outcome;
    });
    return true;
}

bool FrameDecoder::offerImage(const QImage &image)
{
    if (image.isNull() || !admit())
        return false;
    const DecodeOptions options = m_options;
    const int previewWidth = m_previewWidth;
    submit([image, options, previewWidth] {
        Outcome outcome;
        QElapsedTimer timer;
        timer.start();
        outcome.frameSize = image.size();
        outcome.code = decodeCameraFrame(image, options);
        outcome.micros = timer.nsecsElapsed() / 1000;
        outcome.preview = scaledPreview(image, previewWidth);
        return outcome;
    });
    return true;
}

void FrameDecoder::submit(std::function<Outcome()> job)
{
    // The destructor waits for the worker, so `this` outlives the job; the queued call is
    // discarded with the decoder if it is deleted before the event loop delivers it.
    m_worker.start([this, job = std::move(job)] {
        Outcome outcome = job();
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    });
}

void FrameDecoder::finish(const Outcome &outcome)
{
    m_busy = false;
    ++m_decoded;
    if (outcome.micros > qint64(m_budgetMs) * 1000) {
        ++m_overBudget;
        m_skipRemaining = m_skipAfterOverrun;
        qCWarning(lcFrames) << "frame decode over budget:" << outcome.micros / 1000 << "ms >"
                            << m_budgetMs << "ms; skipping" << m_skipAfterOverrun << "frames";
    }
    if (!outcome.preview.isNull())
        Q_EMIT previewReady(outcome.preview, outcome.frameSize);
    Q_EMIT frameDone(outcome.micros, outcome.code.has_value());
    if (outcome.code) {
        ++m_found;
        Q_EMIT decoded(*outcome.code, outcome.frameSize);
    }
}

} // namespace cardbridge
