#include "security/KeySlotFile.h"

#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace cardbridge;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

KeySlotFile makeFile(const MasterKey &key)
{
    auto file = KeySlotFile::create(key, kPassphrase, test::quickKdf(), QStringLiteral("Owner"));
    EXPECT_TRUE(file.has_value());
    return *file;
}

bool sameKey(const SecretBytes &a, const SecretBytes &b)
{
    return a.size() == b.size() && std::equal(a.data(), a.data() + a.size(), b.data());
}

} // namespace

TEST(KeySlotFile, UnlocksWithThePassphraseAfterARoundTripThroughBytes)
{
    const MasterKey key = SecretBytes::random(kMasterKeyBytes);
    const KeySlotFile file = makeFile(key);
    auto parsed = KeySlotFile::parse(file.serialize());
    ASSERT_TRUE(parsed.has_value()) << qPrintable(parsed.error().message);
    auto unlocked = parsed->unlock(kPassphrase);
    ASSERT_TRUE(unlocked.has_value());
    EXPECT_TRUE(sameKey(*unlocked, key));
    EXPECT_EQ(parsed->formatVersion(), QStringLiteral("1.0"));
    EXPECT_EQ(parsed->slots().first().kdf.memLimitBytes, test::quickKdf().memLimitBytes);
}

TEST(KeySlotFile, WrongPassphraseIsReportedAsSuch)
{
    const KeySlotFile file = makeFile(SecretBytes::random(kMasterKeyBytes));
    auto unlocked = file.unlock(QStringLiteral("not the passphrase"));
    ASSERT_FALSE(unlocked.has_value());
    EXPECT_EQ(unlocked.error().code, ErrorCode::WrongPassphrase);
}

TEST(KeySlotFile, HoldsSeveralPassphrasesAndARecoveryKey)
{
    const MasterKey key = SecretBytes::random(kMasterKeyBytes);
    KeySlotFile file = makeFile(key);
    ASSERT_TRUE(file.addPassphraseSlot(key, QStringLiteral("second staff passphrase"),
                        test::quickKdf(), QStringLiteral("Staff"))
                    .has_value());
    auto recovery = file.addRecoverySlot(key);
    ASSERT_TRUE(recovery.has_value());
    EXPECT_EQ(recovery->size(), 39); // eight groups of four, seven dashes

    auto reread = KeySlotFile::parse(file.serialize());
    ASSERT_TRUE(reread.has_value());
    EXPECT_EQ(reread->slots().size(), 3);
    EXPECT_TRUE(sameKey(*reread->unlock(QStringLiteral("second staff passphrase")), key));
    EXPECT_TRUE(sameKey(*reread->unlock(kPassphrase), key));
    // Typed in upper case with spaces instead of dashes, as people do.
    QString typed = recovery->toUpper();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    auto recovered = reread->unlockWithRecoveryKey(typed);
    ASSERT_TRUE(recovered.has_value());
    EXPECT_TRUE(sameKey(*recovered, key));
    // The recovery key is not a passphrase, and a passphrase is not a recovery key.
    EXPECT_FALSE(reread->unlock(*recovery).has_value());
    EXPECT_FALSE(reread->unlockWithRecoveryKey(kPassphrase).has_value());
}

TEST(KeySlotFile, RefusesWeakArgon2Parameters)
{
    const MasterKey key = SecretBytes::random(kMasterKeyBytes);
    auto weak = KeySlotFile::create(key, kPassphrase, KdfParams { 1, quint64(8) << 20 }, QString());
    ASSERT_FALSE(weak.has_value());
    EXPECT_EQ(weak.error().code, ErrorCode::InvalidArgument);
}

TEST(KeySlotFile, TamperedWrappedKeyDoesNotOpen)
{
    const KeySlotFile file = makeFile(SecretBytes::random(kMasterKeyBytes));
    QJsonObject root = QJsonDocument::fromJson(file.serialize()).object();
    QString text = QString::fromUtf8(QJsonDocument(root).toJson());
    const QByteArray cipher = file.slots().first().wrappedKey;
    QByteArray flipped = cipher;
    flipped[0] = char(flipped[0] ^ 0x01);
    text.replace(QString::fromLatin1(cipher.toBase64()), QString::fromLatin1(flipped.toBase64()));
    auto parsed = KeySlotFile::parse(text.toUtf8());
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->unlock(kPassphrase).error().code, ErrorCode::WrongPassphrase);
}

TEST(KeySlotFile, MalformedFilesAreDamagedNotCrashes)
{
    const QList<QByteArray> broken = {
        QByteArray(),
        QByteArray("not json"),
        QByteArray("[]"),
        QByteArray(R"({"format":"something-else","version":"1.0"})"),
        QByteArray(R"({"format":"cardbridge-keyslots","version":"x"})"),
        QByteArray(R"({"format":"cardbridge-keyslots","version":"1.0","store_id":"a","slots":[]})"),
        QByteArray(
            R"({"format":"cardbridge-keyslots","version":"1.0","store_id":"a","slots":[{"id":1,"kind":"passphrase","kdf":{"algorithm":"argon2id13","opslimit":3,"memlimit":99999999999999,"salt":"AAAAAAAAAAAAAAAAAAAAAA=="}}]})"),
        QByteArray(
            R"({"format":"cardbridge-keyslots","version":"1.0","store_id":"a","slots":[{"id":1,"kind":"passphrase","kdf":{"algorithm":"argon2id13","opslimit":3,"memlimit":67108864,"salt":"short"}}]})"),
    };
    for (const QByteArray &bytes : broken) {
        auto parsed = KeySlotFile::parse(bytes);
        ASSERT_FALSE(parsed.has_value()) << bytes.constData();
        EXPECT_EQ(parsed.error().code, ErrorCode::StoreDamaged) << bytes.constData();
        EXPECT_FALSE(parsed.error().message.isEmpty());
    }
}

TEST(KeySlotFile, ANewerMajorFormatIsRefusedWithAClearMessage)
{
    auto parsed = KeySlotFile::parse(R"({"format":"cardbridge-keyslots","version":"2.0"})");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error().code, ErrorCode::StoreTooNew);
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("newer CardBridge")));
}

TEST(KeySlotFile, ANewerMinorFormatStillOpens)
{
    const MasterKey key = SecretBytes::random(kMasterKeyBytes);
    QByteArray bytes = makeFile(key).serialize();
    bytes.replace("\"version\": \"1.0\"", "\"version\": \"1.7\"");
    auto parsed = KeySlotFile::parse(bytes);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->formatVersion(), QStringLiteral("1.7"));
    EXPECT_TRUE(parsed->unlock(kPassphrase).has_value());
}
