#pragma once

#include "barcode/ImageDecoder.h"

#include <QImage>
#include <QObject>
#include <QSize>
#include <QThreadPool>
#include <QVideoFrame>

#include <functional>
#include <optional>

namespace cardbridge {

// Decodes camera frames on a worker thread, the way ZXing-C++'s Qt reader does: one frame in
// flight, frames offered while it is busy are dropped (and counted). Results come back on the
// decoder's thread through queued signals.
//
// Per-frame budget: each decode is timed. A decode slower than budgetMs() is counted, and the
// next skipAfterOverrun() offered frames are skipped without decoding, so a pathological
// frame (noise, a huge out-of-focus code) cannot keep the worker permanently busy.
//
// The worker reads the luminance plane of YUV frames in place (no colour conversion) and uses
// QVideoFrame::toImage() for the rest. With a preview width set, it also makes a scaled colour
// copy for the viewfinder, so the UI thread never converts frames.
class FrameDecoder : public QObject {
    Q_OBJECT
public:
    explicit FrameDecoder(QObject *parent = nullptr);
    ~FrameDecoder() override; // waits for a decode still running

    void setOptions(const DecodeOptions &options) { m_options = options; }
    const DecodeOptions &options() const { return m_options; }
    void setBudgetMs(int ms) { m_budgetMs = ms; }
    int budgetMs() const { return m_budgetMs; }
    void setSkipAfterOverrun(int frames) { m_skipAfterOverrun = frames; }
    int skipAfterOverrun() const { return m_skipAfterOverrun; }
    // Width of the preview image sent with previewReady(); 0 (the default) sends none.
    void setPreviewWidth(int width) { m_previewWidth = width; }

    bool isBusy() const { return m_busy; }
    qint64 framesOffered() const { return m_offered; }
    qint64 framesDecoded() const { return m_decoded; } // decode attempts finished
    qint64 framesDropped() const { return m_dropped; } // offered while busy
    qint64 framesSkipped() const { return m_skipped; } // skipped after an overrun
    qint64 framesOverBudget() const { return m_overBudget; }
    qint64 codesFound() const { return m_found; }
    void resetCounters();

    // Blocks until the frame in flight (if any) has been decoded; its signals are still
    // delivered through the event loop. For tests and shutdown.
    void waitForIdle();

public Q_SLOTS:
    // True when the frame was taken for decoding; false when dropped or skipped.
    bool offer(const QVideoFrame &frame);
    bool offerImage(const QImage &image);

Q_SIGNALS:
    void decoded(const cardbridge::DecodedCode &code, QSize frameSize);
    void previewReady(const QImage &preview, QSize frameSize);
    // After every finished decode, found or not.
    void frameDone(qint64 decodeMicroseconds, bool found);

private:
    struct Outcome {
        std::optional<DecodedCode> code;
        QImage preview;
        QSize frameSize;
        qint64 micros = 0;
    };

    bool admit();
    void submit(std::function<Outcome()> job);
    void finish(const Outcome &outcome);

    DecodeOptions m_options;
    int m_budgetMs = 150;
    int m_skipAfterOverrun = 5;
    int m_previewWidth = 0;
    int m_skipRemaining = 0;
    bool m_busy = false;
    qint64 m_offered = 0;
    qint64 m_decoded = 0;
    qint64 m_dropped = 0;
    qint64 m_skipped = 0;
    qint64 m_overBudget = 0;
    qint64 m_found = 0;
    QThreadPool m_worker;
};

} // namespace cardbridge

Q_DECLARE_METATYPE(cardbridge::DecodedCode)
