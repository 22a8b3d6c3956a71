#pragma once

#include "common/Error.h"
#include "security/KdfParams.h"
#include "security/SecretBytes.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cardbridge {

struct SchemaVersion {
    int major = 0;
    int minor = 0;
};

// An open, unlocked CardBridge store: the SQLCipher database file at `path` and its
// key-slot file at `path + ".keys"`. The connection belongs to the thread that opened it.
class Store {
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Creates a new store with one passphrase slot. Refuses to overwrite either file.
    static Result<std::unique_ptr<Store>> create(const QString &path, const QString &passphrase,
        const KdfParams &params = KdfParams::recommended());
    // The slow part of opening (Argon2id): safe to call from a worker thread.
    // Reads both files, changes neither. WrongPassphrase, StoreMissing or StoreDamaged on failure.
    static Result<MasterKey> unlockKey(const QString &path, const QString &passphrase);
    // The fast part: opens the database with an unwrapped key on the calling thread and
    // migrates it. StoreDamaged if it is not a CardBridge store, StoreTooNew if newer.
    static Result<std::unique_ptr<Store>> openWithKey(const QString &path, const MasterKey &key);
    // Both of the above, on the calling thread.
    static Result<std::unique_ptr<Store>> open(const QString &path, const QString &passphrase);

    // A second connection to the same store, for a worker thread: call it on that thread.
    // (The key stays in locked memory while the store is open, as SQLCipher's own copy does.)
    Result<std::unique_ptr<Store>> openAnotherConnection() const;

    static bool exists(const QString &path);
    static QString keySlotPath(const QString &path);

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    SchemaVersion schemaVersion() const { return m_version; }
    QString cipherVersion() const;

private:
    Store(QString path, QString connectionName, SchemaVersion version, MasterKey key);

    QString m_path;
    QString m_connectionName;
    SchemaVersion m_version;
    MasterKey m_key;
};

} // namespace cardbridge
