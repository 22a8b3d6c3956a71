#include "CameraPanel.h"

#include "InlineMessage.h"
#include "ViewfinderWidget.h"
#include "camera/CameraFeed.h"
#include "camera/FrameDecoder.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cardbridge {

namespace {

Q_LOGGING_CATEGORY(lcCamera, "cardbridge.ui.camera")

const QString kSettingsGroup = QStringLiteral("camera");
const QString kDeviceKey = QStringLiteral("device");
constexpr int kPreviewWidth = 640;

} // namespace

CameraPanel::CameraPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_debouncer(clock)
    , m_feed(new CameraFeed(this))
    , m_decoder(new FrameDecoder(this))
    , m_cameras(new QComboBox(this))
    , m_start(new QPushButton(tr("&Start camera"), this))
    , m_stop(new QPushButton(tr("St&op"), this))
    , m_status(new QLabel(this))
    , m_problem(new InlineMessage(InlineMessage::Kind::Error, this))
    , m_viewfinder(new ViewfinderWidget(this))
{
    m_cameras->setAccessibleName(tr("Camera"));
    m_start->setAccessibleName(tr("Start the camera"));
    m_stop->setAccessibleName(tr("Stop the camera"));
    m_start->setFocusPolicy(Qt::TabFocus);
    m_stop->setFocusPolicy(Qt::TabFocus);
    m_cameras->setFocusPolicy(Qt::TabFocus);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_decoder->setPreviewWidth(kPreviewWidth);

    auto *label = new QLabel(tr("C&amera:"), this);
    label->setBuddy(m_cameras);
    auto *controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_cameras, 1);
    controls->addWidget(m_start);
    controls->addWidget(m_stop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_problem);
    layout->addWidget(m_viewfinder, 1);
    layout->addWidget(m_status);

    connect(m_start, &QPushButton::clicked, this, &CameraPanel::start);
    connect(m_stop, &QPushButton::clicked, this, &CameraPanel::stop);
    connect(m_cameras, &QComboBox::activated, this, [this] {
        rememberCamera();
        if (isRunning())
            start(); // switch to the chosen camera
    });
    connect(m_feed, &CameraFeed::frameArrived, m_decoder, &FrameDecoder::offer);
    connect(m_feed, &CameraFeed::problem, this, &CameraPanel::onProblem);
    connect(m_feed, &CameraFeed::activeChanged, this, [this](bool active) {
        updateControls();
        Q_EMIT runningChanged(active);
    });
    connect(m_decoder, &FrameDecoder::previewReady, m_viewfinder, &ViewfinderWidget::showFrame);
    connect(m_decoder, &FrameDecoder::decoded, this, &CameraPanel::onDecoded);
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::videoInputsChanged, this, &CameraPanel::refreshCameras);

    refreshCameras();
}

CameraPanel::~CameraPanel()
{
    m_feed->stop();
}

void CameraPanel::setSymbologies(const QList<Symbology> &symbologies)
{
    DecodeOptions options = m_decoder->options();
    options.symbologies = symbologies;
    options.tryHarder = true; // webcam frames need it (GUIDE section 8)
    m_decoder->setOptions(options);
}

void CameraPanel::setVideoFile(const QString &path)
{
    m_videoFile = path;
    refreshCameras();
}

void CameraPanel::setDebounceMs(qint64 ms)
{
    m_debouncer.setWindowMs(ms);
}

bool CameraPanel::isRunning() const
{
    return m_feed->isActive();
}

QString CameraPanel::messageText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CameraPanel::start()
{
    m_problem->clearMessage();
    m_debouncer.reset();
    m_viewfinder->clear(tr("Starting…"));
    if (!m_videoFile.isEmpty()) {
        m_feed->startFile(m_videoFile, true);
    } else {
        const QByteArray id = m_cameras->currentData().toByteArray();
        QCameraDevice chosen;
        const auto inputs = QMediaDevices::videoInputs();
        for (const auto &input : inputs) {
            if (input.id() == id)
                chosen = input;
        }
        m_feed->startCamera(chosen);
    }
    updateControls();
}

void CameraPanel::stop()
{
    m_feed->stop();
    m_debouncer.reset();
    m_viewfinder->clear();
    updateControls();
}

void CameraPanel::refreshCameras()
{
    const QByteArray current = m_cameras->currentData().toByteArray();
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const QByteArray remembered = settings.value(kDeviceKey).toByteArray();
    m_cameras->clear();
    if (!m_videoFile.isEmpty()) {
        m_cameras->addItem(tr("Video file: %1").arg(QFileInfo(m_videoFile).fileName()));
    } else {
        const auto inputs = QMediaDevices::videoInputs();
        for (const auto &input : inputs)
            m_cameras->addItem(input.description(), input.id());
        const QByteArray wanted = current.isEmpty() ? remembered : current;
        int index = m_cameras->findData(wanted);
        if (index < 0 && !inputs.isEmpty()) {
            const QByteArray fallback = QMediaDevices::defaultVideoInput().id();
            index = qMax(0, m_cameras->findData(fallback));
        }
        m_cameras->setCurrentIndex(index);
        if (inputs.isEmpty())
            m_cameras->addItem(tr("No camera found"));
    }
    updateControls();
}

void CameraPanel::rememberCamera()
{
    const QByteArray id = m_cameras->currentData().toByteArray();
    if (id.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(kDeviceKey, id);
}

void CameraPanel::onDecoded(const DecodedCode &code, QSize frameSize)
{
    m_viewfinder->showOutline(code.outline, frameSize);
    if (!m_debouncer.accept(code.text))
        return; // the same card is still in view
    ++m_scans;
    qCDebug(lcCamera) << "card read by the camera," << symbologyName(code.symbology);
    Q_EMIT codeScanned(code.text);
}

void CameraPanel::onProblem(const QString &message)
{
    m_problem->showMessage(message);
    m_viewfinder->clear(tr("Camera off"));
    updateControls();
}

void CameraPanel::updateControls()
{
    const bool running = isRunning();
    const bool haveSource = !m_videoFile.isEmpty() || !QMediaDevices::videoInputs().isEmpty();
    m_cameras->setEnabled(!running && haveSource && m_videoFile.isEmpty());
    m_start->setEnabled(!running && haveSource);
    m_stop->setEnabled(running);
    if (running)
        m_status->setText(tr("Hold the card's barcode in front of the camera."));
    else if (!haveSource)
        m_status->setText(
            tr("No camera found. Scan with the barcode scanner or type the card number."));
    else
        m_status->setText(tr("Camera off."));
    if (!haveSource && messageText().isEmpty())
        m_viewfinder->clear(tr("No camera found"));
}

} // namespace cardbridge
