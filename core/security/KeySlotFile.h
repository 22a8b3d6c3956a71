#pragma once

#include "common/Error.h"
#include "security/KdfParams.h"
#include "security/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cardbridge {

// The key-slot file beside a store: the store's master key, wrapped once per slot.
// Each slot derives a wrapping key from a secret (a passphrase, or a recovery key) with
// Argon2id and wraps the master key with XChaCha20-Poly1305, the slot's identity bound in as
// associated data. Format: JSON, "format": "cardbridge-keyslots", "version": "MAJOR.MINOR";
// a reader refuses a newer major version and ignores unknown fields (minor additions).
class KeySlotFile {
public:
    static constexpr int kFormatMajor = 1;
    static constexpr int kFormatMinor = 0;

    enum class SlotKind { Passphrase, Recovery };

    struct Slot {
        int id = 0;
        SlotKind kind = SlotKind::Passphrase;
        QString label;
        KdfParams kdf;
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrappedKey; // ciphertext + tag
    };

    // A new file with one passphrase slot for `masterKey`.
    static Result<KeySlotFile> create(const MasterKey &masterKey, const QString &passphrase,
        const KdfParams &params, const QString &label);
    // Parses untrusted bytes; StoreDamaged (with a reason) on anything malformed.
    static Result<KeySlotFile> parse(const QByteArray &bytes);
    static Result<KeySlotFile> load(const QString &path);

    QByteArray serialize() const;
    // Writes atomically (temporary file + rename), readable by the owner only.
    Status save(const QString &path) const;

    // Tries every passphrase slot. WrongPassphrase if none opens.
    Result<MasterKey> unlock(const QString &passphrase) const;
    // Tries every recovery slot.
    Result<MasterKey> unlockWithRecoveryKey(const QString &recoveryKey) const;

    Status addPassphraseSlot(const MasterKey &masterKey, const QString &passphrase,
        const KdfParams &params, const QString &label);
    // Adds a recovery slot and returns the recovery key to show the user once.
    Result<QString> addRecoverySlot(const MasterKey &masterKey);

    QString storeId() const { return m_storeId; }
    const QList<Slot> &slots() const { return m_slots; }
    QString formatVersion() const;

private:
    Result<MasterKey> unlockKind(SlotKind kind, const QString &secret) const;
    Status addSlot(SlotKind kind, const MasterKey &masterKey, const QString &secret,
        const KdfParams &params, const QString &label);

    QString m_storeId;
    int m_minor = kFormatMinor;
    QList<Slot> m_slots;
};

} // namespace cardbridge
