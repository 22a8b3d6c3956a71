#include "UnlockPage.h"

#include "UiTestHelpers.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

class UiUnlockPage : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString problem;
        ASSERT_TRUE(test::createEmptyStore(path, kPassphrase, &problem)) << problem.toStdString();
        page.setStore(path, false);
        page.resize(800, 500);
        page.show();
        QApplication::setActiveWindow(&page);
        page.focusPassphrase();
    }

    void typeAndPressEnter(const QString &text)
    {
        QTest::keyClicks(page.passphraseField(), text);
        QTest::keyClick(page.passphraseField(), Qt::Key_Return);
    }

    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("desk.store"));
    UnlockPage page;
};

} // namespace

TEST_F(UiUnlockPage, PassphraseIsHidden)
{
    EXPECT_EQ(page.passphraseField()->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(page.passphraseField()->accessibleName().isEmpty());
    EXPECT_TRUE(page.demoHintText().isEmpty());
}

TEST_F(UiUnlockPage, WrongPassphraseShowsInlineErrorAndRefocuses)
{
    typeAndPressEnter(QStringLiteral("not the passphrase"));
    // The form is disabled while Argon2id runs on a worker.
    EXPECT_TRUE(page.isBusy());
    EXPECT_FALSE(page.passphraseField()->isEnabled());
    EXPECT_FALSE(page.unlockButton()->isEnabled());

    ASSERT_TRUE(test::waitUntil([&] { return !page.isBusy(); }));
    EXPECT_EQ(page.errorText(), QStringLiteral("Wrong passphrase. Try again."));
    EXPECT_TRUE(page.passphraseField()->isEnabled());
    EXPECT_TRUE(page.unlockButton()->isEnabled());
    EXPECT_EQ(page.focusWidget(), page.passphraseField());
    EXPECT_EQ(page.passphraseField()->selectedText(), QStringLiteral("not the passphrase"));

    // Typing again replaces the selection and clears the error.
    QTest::keyClicks(page.passphraseField(), QStringLiteral("x"));
    EXPECT_EQ(page.passphraseField()->text(), QStringLiteral("x"));
    EXPECT_TRUE(page.errorText().isEmpty());
}

TEST_F(UiUnlockPage, CorrectPassphraseEmitsUnlocked)
{
    QSignalSpy spy(&page, &UnlockPage::unlocked);
    typeAndPressEnter(kPassphrase);
    ASSERT_TRUE(test::waitUntil([&] { return spy.count() == 1; }));
    EXPECT_FALSE(page.isBusy());
    EXPECT_TRUE(page.errorText().isEmpty());
    EXPECT_TRUE(page.passphraseField()->text().isEmpty());
    const auto store = spy.at(0).at(0).value<std::shared_ptr<Store>>();
    ASSERT_NE(store, nullptr);
    EXPECT_TRUE(store->database().isOpen());
}

TEST_F(UiUnlockPage, EmptyPassphraseAsksForOneWithoutWork)
{
    QTest::keyClick(page.passphraseField(), Qt::Key_Return);
    EXPECT_FALSE(page.isBusy());
    EXPECT_EQ(page.errorText(), QStringLiteral("Enter the passphrase."));
}

TEST_F(UiUnlockPage, DamagedKeySlotShowsItsMessageInline)
{
    QFile keys(Store::keySlotPath(path));
    ASSERT_TRUE(keys.open(QIODevice::WriteOnly | QIODevice::Truncate));
    keys.write("this is not a key slot file");
    keys.close();
    typeAndPressEnter(kPassphrase);
    ASSERT_TRUE(test::waitUntil([&] { return !page.isBusy(); }));
    EXPECT_FALSE(page.errorText().isEmpty());
    EXPECT_NE(page.errorText(), QStringLiteral("Wrong passphrase. Try again."));
    EXPECT_TRUE(page.passphraseField()->isEnabled());
}

TEST_F(UiUnlockPage, DemoStoreShowsItsPassphrase)
{
    page.setStore(path, true);
    EXPECT_TRUE(page.demoHintText().contains(QStringLiteral("Demo store")));
    EXPECT_TRUE(page.demoHintText().contains(demoPassphrase()));
}

TEST_F(UiUnlockPage, ClosingThePageWhileUnlockingIsSafe)
{
    auto *other = new UnlockPage;
    other->setStore(path, false);
    QTest::keyClicks(other->passphraseField(), kPassphrase);
    other->unlock();
    EXPECT_TRUE(other->isBusy());
    delete other;
    // The worker finishes later and its result is dropped.
    QTest::qWait(50);
    QThreadPool::globalInstance()->waitForDone(15000);
    QCoreApplication::processEvents();
    SUCCEED();
}

} // namespace cardbridge
