#include "MainWindow.h"

#include "DeskView.h"
#include "NewStorePage.h"
#include "StartPage.h"
#include "UiTestHelpers.h"
#include "UnlockPage.h"
#include "VerdictPanel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

DeskAppOptions optionsFor(const test::TempFolder &folder, bool demo)
{
    DeskAppOptions options;
    options.storePath
        = folder.file(demo ? QStringLiteral("demo.store") : QStringLiteral("desk.store"));
    options.demoStorePath = folder.file(QStringLiteral("demo.store"));
    options.demo = demo;
    return options;
}

} // namespace

TEST(UiMainWindow, FirstRunShowsTheStartPage)
{
    test::TempFolder folder;
    MainWindow window(optionsFor(folder, false));
    window.start();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("CardBridge"));
    EXPECT_EQ(window.currentPage(), window.startPage());
    EXPECT_TRUE(window.storeStatusText().contains(QStringLiteral("No store")));
}

TEST(UiMainWindow, CreatesANewStoreAndOpensTheDesk)
{
    test::TempFolder folder;
    MainWindow window(optionsFor(folder, false));
    window.setKdfParams(KdfParams::minimum());
    window.show();
    window.start();
    window.startPage()->createButton()->click();
    ASSERT_EQ(window.currentPage(), window.newStorePage());
    window.newStorePage()->passphraseField()->setText(QStringLiteral("twelve chars or more"));
    window.newStorePage()->repeatField()->setText(QStringLiteral("twelve chars or more"));
    window.newStorePage()->create();
    ASSERT_TRUE(test::waitUntil([&] { return window.deskView() != nullptr; }))
        << window.newStorePage()->errorText().toStdString();
    EXPECT_EQ(window.currentPage(), window.deskView());
    EXPECT_TRUE(window.storeStatusText().contains(QStringLiteral("Store open")));
    EXPECT_EQ(window.focusWidget(), window.deskView()->cardField());
    // An empty store knows no cards: the desk still answers.
    window.deskView()->lookUp(QStringLiteral("9780306406157"));
    EXPECT_TRUE(window.deskView()->verdictPanel()->status().has_value());

    window.lock();
    EXPECT_EQ(window.deskView(), nullptr);
    EXPECT_EQ(window.currentPage(), window.unlockPage());
    EXPECT_TRUE(window.unlockPage()->demoHintText().isEmpty());
}

TEST(UiMainWindow, DemoOptionCreatesTheDemoStoreThenAsksToUnlock)
{
    test::TempFolder folder;
    MainWindow window(optionsFor(folder, true));
    window.setKdfParams(KdfParams::minimum());
    window.show();
    window.start();
    ASSERT_TRUE(
        test::waitUntil([&] { return window.currentPage() == window.unlockPage(); }, 60000));
    EXPECT_TRUE(window.isDemoStore());
    EXPECT_TRUE(window.unlockPage()->demoHintText().contains(demoPassphrase()));
    QTest::keyClicks(window.unlockPage()->passphraseField(), demoPassphrase());
    QTest::keyClick(window.unlockPage()->passphraseField(), Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([&] { return window.deskView() != nullptr; }))
        << window.unlockPage()->errorText().toStdString();
    EXPECT_TRUE(window.storeStatusText().contains(QStringLiteral("Demo store open")));
}

} // namespace cardbridge
