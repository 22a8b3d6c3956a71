#include "store/Store.h"

#include "security/KeySlotFile.h"
#include "store/Schema.h"
#include "store/SqlCipherDriver.h"
#include "store/SqlHelpers.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace cardbridge {

Q_LOGGING_CATEGORY(lcStore, "cardbridge.store")

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("cardbridge-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

constexpr int kSqliteNotADatabase = 26;

// Opens the SQLCipher connection; the driver checks the key with a first read.
Result<QSqlDatabase> openConnection(
    const QString &path, const QString &name, const MasterKey &key, bool create)
{
    auto *driver = new SqlCipherDriver;
    driver->setRawKey(key);
    QSqlDatabase database = QSqlDatabase::addDatabase(driver, name);
    database.setDatabaseName(path);
    if (create)
        database.setConnectOptions(QStringLiteral("CARDBRIDGE_CREATE"));
    if (!database.open()) {
        const QSqlError error = database.lastError();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (error.nativeErrorCode().toInt() == kSqliteNotADatabase)
            return fail(ErrorCode::StoreDamaged,
                QStringLiteral("The store file cannot be decrypted with its key: it is "
                               "damaged or not a CardBridge store."));
        return fail(ErrorCode::StoreDamaged,
            QStringLiteral("The store file cannot be opened: %1").arg(error.text()));
    }
    QSqlQuery pragma(database);
    // Temporary tables and sort files stay in memory: no plaintext temp files on disk.
    for (const auto *statement : { "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
             "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL" })
        pragma.exec(QString::fromLatin1(statement));
    return database;
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase database = QSqlDatabase::database(name, false);
        if (database.isValid())
            database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Store::Store(QString path, QString connectionName, SchemaVersion version, MasterKey key)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_version(version)
    , m_key(std::move(key))
{
}

Store::~Store()
{
    closeConnection(m_connectionName);
}

QString Store::keySlotPath(const QString &path)
{
    return path + QStringLiteral(".keys");
}

bool Store::exists(const QString &path)
{
    return QFileInfo::exists(path);
}

Result<std::unique_ptr<Store>> Store::create(
    const QString &path, const QString &passphrase, const KdfParams &params)
{
    if (QFileInfo::exists(path) || QFileInfo::exists(keySlotPath(path)))
        return fail(ErrorCode::AlreadyExists,
            QStringLiteral("A store already exists at %1; it was left untouched.").arg(path));
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("The passphrase is empty."));
    const MasterKey masterKey = SecretBytes::random(kMasterKeyBytes);
    auto keySlots = KeySlotFile::create(masterKey, passphrase, params, QStringLiteral("Owner"));
    if (!keySlots)
        return unexpected(keySlots.error());

    const QString name = nextConnectionName();
    auto database = openConnection(path, name, masterKey, true);
    if (!database)
        return unexpected(database.error());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto version = schema::migrate(*database, true);
    *database = QSqlDatabase();
    if (!version) {
        closeConnection(name);
        QFile::remove(path);
        return unexpected(version.error());
    }
    if (auto saved = keySlots->save(keySlotPath(path)); !saved) {
        closeConnection(name);
        QFile::remove(path);
        return unexpected(saved.error());
    }
    qCInfo(lcStore, "created a new store");
    return std::unique_ptr<Store>(new Store(path, name, *version, masterKey));
}

Result<MasterKey> Store::unlockKey(const QString &path, const QString &passphrase)
{
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::StoreMissing, QStringLiteral("There is no store at %1.").arg(path));
    auto keySlots = KeySlotFile::load(keySlotPath(path));
    if (!keySlots)
        return unexpected(keySlots.error());
    return keySlots->unlock(passphrase);
}

Result<std::unique_ptr<Store>> Store::openWithKey(const QString &path, const MasterKey &key)
{
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::StoreMissing, QStringLiteral("There is no store at %1.").arg(path));
    const QString name = nextConnectionName();
    auto database = openConnection(path, name, key, false);
    if (!database)
        return unexpected(database.error());
    auto version = schema::migrate(*database, false);
    *database = QSqlDatabase();
    if (!version) {
        closeConnection(name);
        return unexpected(version.error());
    }
    return std::unique_ptr<Store>(new Store(path, name, *version, key));
}

Result<std::unique_ptr<Store>> Store::openAnotherConnection() const
{
    return openWithKey(m_path, m_key);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const QString &passphrase)
{
    auto key = unlockKey(path, passphrase);
    if (!key)
        return unexpected(key.error());
    return openWithKey(path, *key);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Store::cipherVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA cipher_version")) && query.next())
        return query.value(0).toString();
    return QString();
}

} // namespace cardbridge
