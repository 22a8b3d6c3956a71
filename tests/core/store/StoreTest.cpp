#include "store/Store.h"

#include "consent/Verdict.h"
#include "store/ScanEventRepository.h"
#include "support/TestStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace cardbridge;

namespace {

const QString kPassphrase = QStringLiteral("a long test passphrase");

QByteArray fingerprint(const QString &path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256)
        + QByteArray::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
}

std::unique_ptr<Store> createStore(const QString &path)
{
    auto store = Store::create(path, kPassphrase, test::quickKdf());
    EXPECT_TRUE(store.has_value()) << qPrintable(store.error().message);
    return store ? std::move(*store) : nullptr;
}

// A store whose schema says it was last migrated to major.minor by some other build.
void createStoreAtSchemaVersion(const QString &path, int major, int minor)
{
    auto store = createStore(path);
    QSqlQuery query(store->database());
    query.prepare(QStringLiteral("INSERT INTO cardbridge_schema (major, minor, applied_at) "
                                 "VALUES (?, ?, '2030-01-01T00:00:00Z')"));
    query.addBindValue(major);
    query.addBindValue(minor);
    EXPECT_TRUE(query.exec());
}

} // namespace

TEST(Store, CreatesAndReopensWithThePassphrase)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("desk.store"));
    createStore(path).reset();
    EXPECT_TRUE(QFile::exists(Store::keySlotPath(path)));
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);
    EXPECT_EQ(QFile::permissions(Store::keySlotPath(path))
            & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        0);

    auto reopened = Store::open(path, kPassphrase);
    ASSERT_TRUE(reopened.has_value()) << qPrintable(reopened.error().message);
    EXPECT_EQ((*reopened)->schemaVersion().major, 1);
    EXPECT_FALSE((*reopened)->cipherVersion().isEmpty());
    EXPECT_TRUE((*reopened)->database().tables().contains(QStringLiteral("students")));
}

TEST(Store, RefusesToOverwriteAnExistingStore)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("desk.store"));
    createStore(path).reset();
    const QByteArray before = fingerprint(path);
    auto again = Store::create(path, QStringLiteral("another passphrase"), test::quickKdf());
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(fingerprint(path), before);
}

TEST(Store, WrongPassphraseIsClearAndChangesNoByteOfEitherFile)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("desk.store"));
    createStore(path).reset();
    const QByteArray store = fingerprint(path);
    const QByteArray keys = fingerprint(Store::keySlotPath(path));
    const QStringList filesBefore = QDir(folder.path()).entryList(QDir::Files);

    auto opened = Store::open(path, QStringLiteral("not the passphrase"));
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().code, ErrorCode::WrongPassphrase);
    EXPECT_EQ(opened.error().message, QStringLiteral("Wrong passphrase."));
    EXPECT_EQ(fingerprint(path), store);
    EXPECT_EQ(fingerprint(Store::keySlotPath(path)), keys);
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files), filesBefore);
}

TEST(Store, AMissingStoreIsReportedAsMissing)
{
    test::TempFolder folder;
    auto opened = Store::open(folder.file(QStringLiteral("nothing.store")), kPassphrase);
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().code, ErrorCode::StoreMissing);
}

TEST(Store, AFileThatIsNotAStoreGivesADifferentClearError)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("desk.store"));
    createStore(path).reset();
    // Damage the database: overwrite it with other bytes, keep the key file.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto opened = Store::open(path, kPassphrase);
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().code, ErrorCode::StoreDamaged);
    EXPECT_NE(opened.error().message, QStringLiteral("Wrong passphrase."));
}

TEST(Store, AStoreWithoutItsKeyFileIsDamaged)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("desk.store"));
    createStore(path).reset();
    QFile::remove(Store::keySlotPath(path));
    auto opened = Store::open(path, kPassphrase);
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().code, ErrorCode::StoreDamaged);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("key file")));
}

TEST(Store, AnEncryptedDatabaseThatIsNotCardBridgeIsRefused)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("desk.store"));
    {
        auto store = createStore(path);
        QSqlQuery query(store->database());
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TABLE cardbridge_schema")));
    }
    auto opened = Store::open(path, kPassphrase);
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().code, ErrorCode::StoreDamaged);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not a CardBridge store")));
}

TEST(Store, AStoreFromANewerMajorVersionIsRefusedWithAMessageThatSaysSo)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("desk.store"));
    createStoreAtSchemaVersion(path, 2, 0);
    auto opened = Store::open(path, kPassphrase);
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().code, ErrorCode::StoreTooNew);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer CardBridge")));
}

TEST(Store, ANewerMinorVersionStillOpens)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("desk.store"));
    createStoreAtSchemaVersion(path, 1, 9);
    auto opened = Store::open(path, kPassphrase);
    ASSERT_TRUE(opened.has_value()) << qPrintable(opened.error().message);
    EXPECT_EQ((*opened)->schemaVersion().minor, 9);
}

// GUIDE section 6: everything about students lives encrypted. Write known names and numbers,
// then look for them in every file beside the store, while the store is open and after.
TEST(Store, NoPlaintextReachesTheDisk)
{
    const QByteArray markers[]
        = { "Quetzalcoatlus", "Zyxwvutsrqpon", "7777123", "guardian@example.org" };
    test::TestStore fixture(ConsentModel::OptIn);
    test::TestStudent student;
    student.givenName = QString::fromLatin1(markers[0]);
    student.familyName = QString::fromLatin1(markers[1]);
    student.number = QString::fromLatin1(markers[2]);
    student.consent = ConsentDecision::Granted;
    fixture.add(student);
    Verdict verdict;
    verdict.status = VerdictStatus::Eligible;
    ASSERT_TRUE(ScanEventRepository(fixture.store().database())
                    .record(verdict, QStringLiteral("desk-1"), QStringLiteral("desk"),
                        QDateTime::currentDateTimeUtc())
                    .has_value());

    auto scanFolder = [&](const char *when) {
        const QDir folder = QFileInfo(fixture.path()).dir();
        int files = 0;
        for (const QFileInfo &info : folder.entryInfoList(QDir::Files | QDir::Hidden)) {
            const QByteArray bytes = test::readAll(info.filePath());
            ++files;
            for (const QByteArray &marker : markers) {
                EXPECT_FALSE(bytes.contains(marker)) << when << ": " << qPrintable(info.fileName())
                                                     << " contains " << marker.constData();
                EXPECT_FALSE(bytes.contains(QString::fromLatin1(marker).toUtf8().toHex()))
                    << qPrintable(info.fileName());
            }
        }
        EXPECT_GE(files, 2) << when;
    };
    scanFolder("while open"); // the WAL holds the fresh writes now
    QSqlQuery(fixture.store().database()).exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
    scanFolder("after a checkpoint");
}
