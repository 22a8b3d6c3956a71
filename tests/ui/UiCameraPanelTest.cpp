#include "CameraPanel.h"
#include "DeskView.h"
#include "UiTestHelpers.h"
#include "VerdictPanel.h"
#include "ViewfinderWidget.h"
#include "camera/CardImage.h"
#include "camera/CardSymbologies.h"
#include "camera/FrameDecoder.h"

#include <QCameraDevice>
#include <QComboBox>
#include <QMediaDevices>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

// The demo schools' cards: LHS Code 128, OES QR, RHS Codabar (8 digits), MCM Code 39.
Symbology demoSymbology(const QString &code)
{
    if (code.startsWith(QStringLiteral("LHS")))
        return Symbology::Code128;
    if (code.startsWith(QStringLiteral("OES-")))
        return Symbology::QRCode;
    if (code.size() == 8 && code.startsWith(u'1'))
        return Symbology::Codabar;
    return Symbology::Code39;
}

// Renders `code` on a card in a 1280x720 frame and turns it into a 3 s, 15 fps MJPEG AVI the
// way GUIDE section 8 shows. Empty on success, else what went wrong.
QString makeCardVideo(
    Symbology symbology, const QString &code, const QString &folder, QString *videoPath)
{
    const QString png = folder + QStringLiteral("/card.png");
    *videoPath = folder + QStringLiteral("/card.avi");
    if (!renderCardFrame(symbology, code).save(png))
        return QStringLiteral("cannot write the card image");
    QProcess gst;
    gst.setProcessChannelMode(QProcess::MergedChannels);
    gst.start(QStringLiteral("gst-launch-1.0"),
        { QStringLiteral("-q"), QStringLiteral("filesrc"), QStringLiteral("location=") + png,
            QStringLiteral("!"), QStringLiteral("pngdec"), QStringLiteral("!"),
            QStringLiteral("imagefreeze"), QStringLiteral("num-buffers=45"), QStringLiteral("!"),
            QStringLiteral("video/x-raw,framerate=15/1"), QStringLiteral("!"),
            QStringLiteral("videoconvert"), QStringLiteral("!"),
            QStringLiteral("video/x-raw,format=I420"), QStringLiteral("!"),
            QStringLiteral("jpegenc"), QStringLiteral("!"), QStringLiteral("avimux"),
            QStringLiteral("!"), QStringLiteral("filesink"),
            QStringLiteral("location=") + *videoPath });
    if (!gst.waitForFinished(60000) || gst.exitCode() != 0)
        return QStringLiteral("gst-launch-1.0 failed: ") + QString::fromLocal8Bit(gst.readAll());
    return {};
}

bool haveGstLaunch()
{
    return !QStandardPaths::findExecutable(QStringLiteral("gst-launch-1.0")).isEmpty();
}

TEST(UiCameraPanel, VideoFileCardShowsTheVerdictOnce)
{
    if (!haveGstLaunch())
        GTEST_SKIP() << "gst-launch-1.0 is missing (Debian package gstreamer1.0-tools): "
                        "cannot make the test video";
    test::DemoStoreFixture demo;
    QString problem;
    ASSERT_TRUE(demo.create(&problem)) << problem.toStdString();
    // A Code 128 card when the sample has one (the example), else the first card.
    DemoCard card = demo.cards.constFirst();
    for (const DemoCard &candidate : demo.cards) {
        if (candidate.code.startsWith(QStringLiteral("LHS3"))) {
            card = candidate;
            break;
        }
    }
    QString video;
    const QString made
        = makeCardVideo(demoSymbology(card.code), card.code, demo.folder.path(), &video);
    ASSERT_TRUE(made.isEmpty()) << made.toStdString();

    DeskView desk(demo.store, SystemClock::instance());
    CameraPanel panel;
    panel.setSymbologies(cardSymbologies(demo.store->database()));
    panel.setVideoFile(video);
    QObject::connect(&panel, &CameraPanel::codeScanned, &desk, &DeskView::lookUp);
    int verdicts = 0;
    QObject::connect(&desk, &DeskView::verdictShown, &desk, [&] { ++verdicts; });
    desk.show();
    panel.show();
    EXPECT_TRUE(panel.startButton()->isEnabled());
    panel.start();

    ASSERT_TRUE(test::waitUntil(
        [&] { return desk.verdictPanel()->status() == std::optional(card.expected); }, 20000))
        << "no verdict from the camera; panel says: " << panel.messageText().toStdString()
        << "; frames decoded " << panel.decoder()->framesDecoded();
    EXPECT_TRUE(panel.isRunning());
    EXPECT_TRUE(panel.stopButton()->isEnabled());
    // 45 identical frames (and the loop replaying them) fire once within the 3 s window.
    test::waitUntil([] { return false; }, 3500);
    EXPECT_EQ(panel.scanCount(), 1);
    EXPECT_EQ(verdicts, 1);
    EXPECT_GT(panel.decoder()->codesFound(), 3);
    EXPECT_FALSE(panel.viewfinder()->currentImage().isNull());
    EXPECT_GE(panel.viewfinder()->outline().size(), 4);
    EXPECT_TRUE(panel.messageText().isEmpty());
    panel.stop();
    EXPECT_FALSE(panel.isRunning());
}

TEST(UiCameraPanel, NoCameraGivesAClearMessage)
{
    if (!QMediaDevices::videoInputs().isEmpty())
        GTEST_SKIP() << "this machine has a camera";
    CameraPanel panel;
    panel.show();
    EXPECT_FALSE(panel.startButton()->isEnabled());
    EXPECT_FALSE(panel.isRunning());
    EXPECT_TRUE(panel.cameraBox()->currentText().contains(QStringLiteral("No camera")));
    panel.start(); // even when asked: a message, no crash
    EXPECT_FALSE(panel.isRunning());
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("No camera found")))
        << panel.messageText().toStdString();
}

TEST(UiCameraPanel, MissingVideoFileGivesAClearMessage)
{
    test::TempFolder folder;
    CameraPanel panel;
    panel.setVideoFile(folder.file(QStringLiteral("missing.avi")));
    panel.start();
    EXPECT_FALSE(panel.isRunning());
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("does not exist")))
        << panel.messageText().toStdString();
}

TEST(UiCameraPanel, UnplayableVideoFileGivesAClearMessage)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("broken.avi"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a video at all");
    file.close();
    CameraPanel panel;
    panel.setVideoFile(path);
    panel.start();
    EXPECT_TRUE(test::waitUntil([&] { return !panel.messageText().isEmpty(); }, 10000));
    EXPECT_FALSE(panel.isRunning());
}

TEST(UiCameraViewfinder, MapsTheOutlineFromFrameToWidget)
{
    ViewfinderWidget viewfinder;
    viewfinder.resize(640, 480); // 1280x720 fits as 640x360, 60 px bars above and below
    QImage image(320, 180, QImage::Format_RGB32);
    image.fill(Qt::white);
    viewfinder.showFrame(image, QSize(1280, 720));
    viewfinder.showOutline(QPolygonF({ QPointF(0, 0), QPointF(1280, 720) }), QSize(1280, 720));
    const QPolygonF mapped = viewfinder.mappedOutline();
    ASSERT_EQ(mapped.size(), 2);
    EXPECT_EQ(mapped.at(0), QPointF(0, 60));
    EXPECT_EQ(mapped.at(1), QPointF(640, 420));
    EXPECT_FALSE(viewfinder.grab().isNull());
}

} // namespace
} // namespace cardbridge
