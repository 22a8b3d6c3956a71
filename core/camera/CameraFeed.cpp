#include "camera/CameraFeed.h"

#include <QCamera>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoSink>

namespace cardbridge {

namespace {

Q_LOGGING_CATEGORY(lcFeed, "cardbridge.camera.feed")

} // namespace

CameraFeed::CameraFeed(QObject *parent)
    : QObject(parent)
    , m_sink(new QVideoSink(this))
{
    // The sink may emit on a multimedia thread: the context object queues it to ours.
    connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        if (m_active && frame.isValid())
            Q_EMIT frameArrived(frame);
    });
}

CameraFeed::~CameraFeed()
{
    stop();
}

bool CameraFeed::startCamera(const QCameraDevice &device)
{
    stop();
    if (device.isNull()) {
        fail(QMediaDevices::videoInputs().isEmpty()
                ? tr("No camera found. Connect a camera, or scan cards with the barcode "
                     "scanner or by typing the number.")
                : tr("Choose a camera first."));
        return false;
    }
    m_device = device;
    m_session = new QMediaCaptureSession(this);
    m_camera = new QCamera(device, this);
    m_session->setCamera(m_camera);
    m_session->setVideoSink(m_sink);
    connect(m_camera, &QCamera::errorOccurred, this,
        [this](QCamera::Error error, const QString &errorString) {
            if (error == QCamera::NoError)
                return;
            qCWarning(lcFeed) << "camera error" << static_cast<int>(error);
            fail(tr("The camera could not be used: %1. Check that no other program uses it "
                    "and that this account may use the camera.")
                     .arg(errorString.isEmpty() ? tr("unknown error") : errorString));
        });
    connect(m_camera, &QCamera::activeChanged, this, [this](bool active) {
        if (m_camera)
            setActive(active);
    });
    // A camera that is unplugged disappears from the device list.
    connect(new QMediaDevices(m_camera), &QMediaDevices::videoInputsChanged, this,
        &CameraFeed::onDevicesChanged);
    m_camera->start();
    if (m_camera && m_camera->error() != QCamera::NoError) {
        fail(tr("The camera could not be started: %1").arg(m_camera->errorString()));
        return false;
    }
    return m_camera != nullptr;
}

bool CameraFeed::startFile(const QString &path, bool loop)
{
    stop();
    if (!QFileInfo(path).isFile()) {
        fail(tr("The video file %1 does not exist.").arg(path));
        return false;
    }
    m_player = new QMediaPlayer(this);
    m_player->setVideoSink(m_sink);
    m_player->setLoops(loop ? QMediaPlayer::Infinite : 1);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error error, const QString &errorString) {
            if (error == QMediaPlayer::NoError)
                return;
            qCWarning(lcFeed) << "video file error" << static_cast<int>(error);
            fail(tr("The video file could not be played: %1").arg(errorString));
        });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
        [this](QMediaPlayer::MediaStatus status) {
            if (status == QMediaPlayer::EndOfMedia) {
                setActive(false);
                Q_EMIT finished();
            }
        });
    m_player->setSource(QUrl::fromLocalFile(path));
    setActive(true);
    m_player->play();
    return m_player != nullptr;
}

void CameraFeed::stop()
{
    // Detach first so no late frame or signal from the old source reaches us.
    if (m_player) {
        m_player->disconnect(this);
        m_player->stop();
        m_player->setVideoSink(nullptr);
        m_player->deleteLater();
        m_player = nullptr;
    }
    if (m_camera) {
        m_camera->disconnect(this);
        m_camera->stop();
        m_camera->deleteLater();
        m_camera = nullptr;
    }
    if (m_session) {
        m_session->setVideoSink(nullptr);
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_device = QCameraDevice();
    setActive(false);
}

void CameraFeed::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged(active);
}

void CameraFeed::fail(const QString &message)
{
    stop();
    Q_EMIT problem(message);
}

void CameraFeed::onDevicesChanged()
{
    if (!m_camera || m_device.isNull())
        return;
    const auto inputs = QMediaDevices::videoInputs();
    for (const auto &input : inputs) {
        if (input.id() == m_device.id())
            return;
    }
    qCWarning(lcFeed) << "the camera in use was disconnected";
    fail(tr("The camera was disconnected. Reconnect it and press Start, or choose another "
            "camera."));
}

} // namespace cardbridge
