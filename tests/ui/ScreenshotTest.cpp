#include "DemoCardsHint.h"
#include "DeskView.h"
#include "MainWindow.h"
#include "NewStorePage.h"
#include "StartPage.h"
#include "UiTestHelpers.h"
#include "UnlockPage.h"
#include "VerdictPanel.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

// Saves what the window shows once pending layout and paint events have run.
bool saveShot(QWidget &window, const QString &file)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    return image.size() / image.devicePixelRatio() == QSize(1280, 720)
        && image.save(QStringLiteral(CARDBRIDGE_SCREENSHOT_DIR "/") + file);
}

} // namespace

// Renders the desk at 1280x720 with typical verdicts into CARDBRIDGE_SCREENSHOT_DIR, for
// people to look at (docs/screenshots) and to catch clipping by eye.
TEST(UiScreenshots, DeskAt1280x720)
{
    const QString outDir = QStringLiteral(CARDBRIDGE_SCREENSHOT_DIR);
    ASSERT_TRUE(QDir().mkpath(outDir));
    test::TempFolder folder;
    DeskAppOptions options;
    options.storePath = folder.file(QStringLiteral("demo.store"));
    options.demoStorePath = options.storePath;
    options.demo = true;
    MainWindow window(options);
    window.setKdfParams(KdfParams::minimum());
    window.resize(1280, 720);
    window.show();
    window.start();
    ASSERT_TRUE(
        test::waitUntil([&] { return window.currentPage() == window.unlockPage(); }, 60000));
    EXPECT_TRUE(saveShot(window, QStringLiteral("unlock-demo.png")));
    QTest::keyClicks(window.unlockPage()->passphraseField(), demoPassphrase());
    QTest::keyClick(window.unlockPage()->passphraseField(), Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([&] { return window.deskView() != nullptr; }));
    DeskView *desk = window.deskView();
    EXPECT_TRUE(saveShot(window, QStringLiteral("desk-idle.png")));

    const QList<DemoCard> cards = desk->demoCardsHint()->cards();
    const struct {
        VerdictStatus status;
        const char *file;
    } shots[] = {
        { VerdictStatus::Eligible, "desk-eligible.png" },
        { VerdictStatus::NoConsent, "desk-no_consent.png" },
        { VerdictStatus::NotFound, "desk-not_found.png" },
        { VerdictStatus::Unrecognized, "desk-unrecognized.png" },
        { VerdictStatus::Withdrawn, "desk-withdrawn.png" },
        { VerdictStatus::CardBlocked, "desk-card_blocked.png" },
    };
    for (const auto &shot : shots) {
        const auto card = std::find_if(cards.cbegin(), cards.cend(),
            [&](const DemoCard &c) { return c.expected == shot.status; });
        ASSERT_NE(card, cards.cend()) << shot.file;
        QTest::keyClicks(desk->cardField(), card->code);
        QTest::keyClick(desk->cardField(), Qt::Key_Return);
        ASSERT_EQ(desk->verdictPanel()->status(), shot.status) << shot.file;
        EXPECT_TRUE(saveShot(window, QLatin1String(shot.file))) << shot.file;
    }
}

TEST(UiScreenshots, FirstRunPages)
{
    const QString outDir = QStringLiteral(CARDBRIDGE_SCREENSHOT_DIR);
    ASSERT_TRUE(QDir().mkpath(outDir));
    test::TempFolder folder;
    DeskAppOptions options;
    options.storePath = folder.file(QStringLiteral("desk.store"));
    options.demoStorePath = folder.file(QStringLiteral("demo.store"));
    MainWindow window(options);
    window.resize(1280, 720);
    window.show();
    window.start();
    ASSERT_EQ(window.currentPage(), window.startPage());
    EXPECT_TRUE(saveShot(window, QStringLiteral("start.png")));
    window.startPage()->createButton()->click();
    ASSERT_EQ(window.currentPage(), window.newStorePage());
    QTest::keyClicks(window.newStorePage()->passphraseField(), QStringLiteral("too short"));
    QTest::keyClick(window.newStorePage()->passphraseField(), Qt::Key_Return);
    QTest::keyClicks(window.newStorePage()->repeatField(), QStringLiteral("too short"));
    QTest::keyClick(window.newStorePage()->repeatField(), Qt::Key_Return);
    EXPECT_FALSE(window.newStorePage()->errorText().isEmpty());
    EXPECT_TRUE(saveShot(window, QStringLiteral("new-store.png")));
}

} // namespace cardbridge
