#include "NewStorePage.h"

#include "PassphraseRules.h"
#include "UiTestHelpers.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace cardbridge {

TEST(UiPassphraseRules, NeedsTwelveCharactersTypedTwice)
{
    EXPECT_FALSE(newPassphraseProblem(QStringLiteral("short"), QStringLiteral("short")).isEmpty());
    EXPECT_FALSE(
        newPassphraseProblem(QStringLiteral("twelve chars"), QStringLiteral("twelve charz"))
            .isEmpty());
    EXPECT_TRUE(newPassphraseProblem(QStringLiteral("twelve chars"), QStringLiteral("twelve chars"))
                    .isEmpty());
}

TEST(UiNewStorePage, ShowsProblemsInline)
{
    test::TempFolder folder;
    NewStorePage page;
    page.setStorePath(folder.file(QStringLiteral("new.store")));
    page.show();
    QTest::keyClicks(page.passphraseField(), QStringLiteral("short"));
    QTest::keyClicks(page.repeatField(), QStringLiteral("short"));
    QTest::keyClick(page.repeatField(), Qt::Key_Return);
    EXPECT_FALSE(page.isBusy());
    EXPECT_TRUE(page.errorText().contains(QStringLiteral("12")));
    EXPECT_EQ(page.focusWidget(), page.passphraseField());

    page.passphraseField()->setText(QStringLiteral("a long enough passphrase"));
    page.repeatField()->setText(QStringLiteral("a long enough passphrasE"));
    page.create();
    EXPECT_TRUE(page.errorText().contains(QStringLiteral("differ")));
    EXPECT_EQ(page.focusWidget(), page.repeatField());
    EXPECT_FALSE(Store::exists(folder.file(QStringLiteral("new.store"))));
}

TEST(UiNewStorePage, CreatesAndOpensTheStore)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("sub/new.store"));
    NewStorePage page;
    page.setKdfParams(KdfParams::minimum());
    page.setStorePath(path);
    QSignalSpy spy(&page, &NewStorePage::created);
    page.passphraseField()->setText(QStringLiteral("a long enough passphrase"));
    page.repeatField()->setText(QStringLiteral("a long enough passphrase"));
    page.create();
    EXPECT_TRUE(page.isBusy());
    ASSERT_TRUE(test::waitUntil([&] { return spy.count() == 1 || !page.errorText().isEmpty(); }))
        << page.errorText().toStdString();
    ASSERT_EQ(spy.count(), 1) << page.errorText().toStdString();
    EXPECT_TRUE(Store::exists(path));
    const auto store = spy.at(0).at(0).value<std::shared_ptr<Store>>();
    ASSERT_NE(store, nullptr);
    EXPECT_TRUE(store->database().isOpen());
}

} // namespace cardbridge
