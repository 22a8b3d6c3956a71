#include "SecretClipboard.h"
#include "UiTestHelpers.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

using namespace std::chrono_literals;

const QString kNumber = QStringLiteral("21234000123452");

QString clipboardText()
{
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
}

class UiSecretClipboard : public ::testing::Test {
protected:
    void SetUp() override { QGuiApplication::clipboard()->clear(); }
    void TearDown() override { QGuiApplication::clipboard()->clear(); }
};

} // namespace

TEST_F(UiSecretClipboard, CopyPutsTheTextAndTheSecretHint)
{
    SecretClipboard clipboard;
    clipboard.copy(kNumber);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_EQ(mime->text(), kNumber);
    EXPECT_EQ(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    EXPECT_TRUE(clipboard.isCountingDown());
    EXPECT_EQ(clipboard.clearInterval(), 30000ms);
    EXPECT_EQ(clipboard.secondsLeft(), 30);
}

TEST_F(UiSecretClipboard, ClearsAfterTheInterval)
{
    SecretClipboard clipboard;
    clipboard.setClearInterval(150ms, 50ms);
    QSignalSpy finished(&clipboard, &SecretClipboard::finished);
    clipboard.copy(kNumber);
    EXPECT_EQ(clipboardText(), kNumber);
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }, 5000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(clipboardText().isEmpty());
    EXPECT_FALSE(clipboard.isCountingDown());
    EXPECT_EQ(clipboard.secondsLeft(), 0);
}

TEST_F(UiSecretClipboard, LeavesSomethingElseTheUserCopiedAlone)
{
    SecretClipboard clipboard;
    clipboard.setClearInterval(150ms, 50ms);
    QSignalSpy finished(&clipboard, &SecretClipboard::finished);
    clipboard.copy(kNumber);
    QGuiApplication::clipboard()->setText(QStringLiteral("a book title"));
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }, 5000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_EQ(clipboardText(), QStringLiteral("a book title"));
}

TEST_F(UiSecretClipboard, TheSameTextWithoutOurMarkIsNotOurs)
{
    SecretClipboard clipboard;
    clipboard.setClearInterval(150ms, 50ms);
    QSignalSpy finished(&clipboard, &SecretClipboard::finished);
    clipboard.copy(kNumber);
    QGuiApplication::clipboard()->setText(kNumber); // the user copied it again from elsewhere
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }, 5000));
    EXPECT_EQ(clipboardText(), kNumber);
}

TEST_F(UiSecretClipboard, DestroyingClearsOurCopy)
{
    {
        SecretClipboard clipboard;
        clipboard.copy(kNumber);
        EXPECT_EQ(clipboardText(), kNumber);
    }
    EXPECT_TRUE(clipboardText().isEmpty());
}

TEST_F(UiSecretClipboard, CountdownTicks)
{
    SecretClipboard clipboard;
    clipboard.setClearInterval(2000ms, 100ms);
    QSignalSpy ticks(&clipboard, &SecretClipboard::countdownChanged);
    clipboard.copy(kNumber);
    ASSERT_TRUE(test::waitUntil([&] { return ticks.count() >= 3; }, 5000));
    EXPECT_EQ(ticks.first().at(0).toInt(), 2);
    clipboard.clearIfOurs();
    EXPECT_EQ(ticks.last().at(0).toInt(), 0);
}

} // namespace cardbridge
