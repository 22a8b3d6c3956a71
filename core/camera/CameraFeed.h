#pragma once

#include <QCameraDevice>
#include <QObject>
#include <QString>
#include <QVideoFrame>

class QCamera;
class QMediaCaptureSession;
class QMediaPlayer;
class QVideoSink;

namespace cardbridge {

// Where camera frames come from: a camera (QCamera → QMediaCaptureSession → QVideoSink) or a
// video file standing in for one (QMediaPlayer → the same QVideoSink), so tests and benchmarks
// run the real frame path without hardware. Problems (no camera, the camera went away, it
// refused to start, the file cannot be played) come out as a readable message, never a crash.
class CameraFeed : public QObject {
    Q_OBJECT
public:
    explicit CameraFeed(QObject *parent = nullptr);
    ~CameraFeed() override;

    // Starts `device`; false (and problem()) when there is nothing to start.
    bool startCamera(const QCameraDevice &device);
    // Plays `path` as if it were a camera, looping when `loop` is set.
    bool startFile(const QString &path, bool loop = true);
    void stop();

    bool isActive() const { return m_active; }
    bool isFile() const { return m_player != nullptr; }
    QCameraDevice device() const { return m_device; }
    QVideoSink *sink() const { return m_sink; }

Q_SIGNALS:
    void frameArrived(const QVideoFrame &frame);
    void activeChanged(bool active);
    // A problem a person can read; the feed has stopped.
    void problem(const QString &message);
    // The file finished playing (not looping).
    void finished();

private:
    void setActive(bool active);
    void fail(const QString &message);
    void onDevicesChanged();

    QVideoSink *m_sink;
    QMediaCaptureSession *m_session = nullptr;
    QCamera *m_camera = nullptr;
    QMediaPlayer *m_player = nullptr;
    QCameraDevice m_device;
    bool m_active = false;
};

} // namespace cardbridge
