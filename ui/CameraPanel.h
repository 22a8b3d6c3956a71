#pragma once

#include "barcode/Symbology.h"
#include "camera/CodeDebouncer.h"
#include "common/Clock.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace cardbridge {

class CameraFeed;
class FrameDecoder;
class InlineMessage;
class ViewfinderWidget;
struct DecodedCode;

// Scanning with a webcam: choose the camera (remembered in QSettings group "camera"), start
// and stop it, watch the picture. Frames are decoded on a worker (FrameDecoder), the code's
// outline is drawn over the picture, and each new card is announced once through
// codeScanned() — the same card held in view is ignored for debounceMs().
// A video file can stand in for the camera (--camera-file); then the panel plays it instead.
class CameraPanel : public QWidget {
    Q_OBJECT
public:
    explicit CameraPanel(const Clock &clock = SystemClock::instance(), QWidget *parent = nullptr);
    ~CameraPanel() override;

    // Only these symbologies are decoded (the card rules' symbologies).
    void setSymbologies(const QList<Symbology> &symbologies);
    // Play `path` instead of using a camera; empty goes back to the cameras.
    void setVideoFile(const QString &path);
    QString videoFile() const { return m_videoFile; }
    void setDebounceMs(qint64 ms);

    bool isRunning() const;
    QString messageText() const;
    int scanCount() const { return m_scans; }

    QComboBox *cameraBox() const { return m_cameras; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    ViewfinderWidget *viewfinder() const { return m_viewfinder; }
    FrameDecoder *decoder() const { return m_decoder; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void codeScanned(const QString &code);
    void runningChanged(bool running);

private:
    void refreshCameras();
    void rememberCamera();
    void onDecoded(const DecodedCode &code, QSize frameSize);
    void onProblem(const QString &message);
    void updateControls();

    CodeDebouncer m_debouncer;
    QString m_videoFile;
    int m_scans = 0;
    CameraFeed *m_feed;
    FrameDecoder *m_decoder;
    QComboBox *m_cameras;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    InlineMessage *m_problem;
    ViewfinderWidget *m_viewfinder;
};

} // namespace cardbridge
