#include "security/KeySlotFile.h"

#include "security/KeyWrap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace cardbridge {

namespace {

constexpr auto kFormatName = "cardbridge-keyslots";
constexpr quint64 kMaxOpsLimit = 64;
constexpr quint64 kMaxMemLimit = quint64(4) << 30;

QString kindKey(KeySlotFile::SlotKind kind)
{
    return kind == KeySlotFile::SlotKind::Passphrase ? QStringLiteral("passphrase")
                                                     : QStringLiteral("recovery");
}

// Binds a wrapped key to its file and slot, so slots cannot be swapped between files.
QByteArray associatedData(const QString &storeId, int slotId)
{
    return QStringLiteral("cardbridge-keyslot:%1:%2").arg(storeId).arg(slotId).toUtf8();
}

QString normaliseRecoveryKey(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

unexpected<Error> damaged(const QString &why)
{
    return fail(ErrorCode::StoreDamaged, QStringLiteral("The key file is damaged: %1.").arg(why));
}

Result<QByteArray> base64Field(
    const QJsonObject &object, const QString &name, int expectedSize, const QString &where)
{
    const QJsonValue value = object.value(name);
    if (!value.isString())
        return damaged(QStringLiteral("%1.%2 is missing").arg(where, name));
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize > 0 && decoded.decoded.size() != expectedSize))
        return damaged(QStringLiteral("%1.%2 is not valid").arg(where, name));
    return decoded.decoded;
}

Result<KeySlotFile::Slot> parseSlot(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return damaged(QStringLiteral("%1 is not an object").arg(where));
    const QJsonObject object = value.toObject();
    KeySlotFile::Slot slot;
    slot.id = object.value(QStringLiteral("id")).toInt(0);
    if (slot.id <= 0)
        return damaged(QStringLiteral("%1.id is not a positive number").arg(where));
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind == QStringLiteral("passphrase"))
        slot.kind = KeySlotFile::SlotKind::Passphrase;
    else if (kind == QStringLiteral("recovery"))
        slot.kind = KeySlotFile::SlotKind::Recovery;
    else
        return damaged(QStringLiteral("%1.kind is unknown").arg(where));
    slot.label = object.value(QStringLiteral("label")).toString();

    const QJsonObject kdf = object.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("algorithm")).toString() != QStringLiteral("argon2id13"))
        return damaged(QStringLiteral("%1.kdf.algorithm is not argon2id13").arg(where));
    const double ops = kdf.value(QStringLiteral("opslimit")).toDouble(-1);
    const double mem = kdf.value(QStringLiteral("memlimit")).toDouble(-1);
    if (ops < 1 || ops > double(kMaxOpsLimit) || mem < 8192 || mem > double(kMaxMemLimit))
        return damaged(QStringLiteral("%1.kdf parameters are out of range").arg(where));
    slot.kdf = KdfParams { static_cast<quint64>(ops), static_cast<quint64>(mem) };
    if (!slot.kdf.isAcceptable())
        return damaged(QStringLiteral("%1.kdf parameters are weaker than allowed").arg(where));
    auto salt = base64Field(
        kdf, QStringLiteral("salt"), keywrap::kSaltBytes, where + QStringLiteral(".kdf"));
    if (!salt)
        return unexpected(salt.error());
    slot.salt = *salt;

    const QJsonObject wrapped = object.value(QStringLiteral("wrapped_key")).toObject();
    if (wrapped.value(QStringLiteral("algorithm")).toString()
        != QStringLiteral("xchacha20poly1305-ietf"))
        return damaged(QStringLiteral("%1.wrapped_key.algorithm is unknown").arg(where));
    const QString wrappedWhere = where + QStringLiteral(".wrapped_key");
    auto nonce = base64Field(wrapped, QStringLiteral("nonce"), keywrap::kNonceBytes, wrappedWhere);
    if (!nonce)
        return unexpected(nonce.error());
    auto cipher = base64Field(
        wrapped, QStringLiteral("ciphertext"), int(kMasterKeyBytes) + 16, wrappedWhere);
    if (!cipher)
        return unexpected(cipher.error());
    slot.nonce = *nonce;
    slot.wrappedKey = *cipher;
    return slot;
}

} // namespace

Result<KeySlotFile> KeySlotFile::create(const MasterKey &masterKey, const QString &passphrase,
    const KdfParams &params, const QString &label)
{
    KeySlotFile file;
    file.m_storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto added = file.addPassphraseSlot(masterKey, passphrase, params, label); !added)
        return unexpected(added.error());
    return file;
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(QStringLiteral("it is not a CardBridge key file"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return damaged(QStringLiteral("it is not a CardBridge key file"));
    const QStringList version
        = root.value(QStringLiteral("version")).toString().split(QLatin1Char('.'));
    bool majorOk = false;
    bool minorOk = false;
    const int major = version.value(0).toInt(&majorOk);
    const int minor = version.value(1).toInt(&minorOk);
    if (version.size() != 2 || !majorOk || !minorOk)
        return damaged(QStringLiteral("its version is not readable"));
    if (major > kFormatMajor)
        return fail(ErrorCode::StoreTooNew,
            QStringLiteral("The key file was made by a newer CardBridge (format %1.%2). "
                           "Update CardBridge to open this store.")
                .arg(major)
                .arg(minor));
    KeySlotFile file;
    file.m_minor = minor;
    file.m_storeId = root.value(QStringLiteral("store_id")).toString();
    if (file.m_storeId.isEmpty())
        return damaged(QStringLiteral("store_id is missing"));
    const QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    if (slots.isEmpty())
        return damaged(QStringLiteral("it has no key slots"));
    for (qsizetype i = 0; i < slots.size(); ++i) {
        auto slot = parseSlot(slots.at(i), QStringLiteral("slots[%1]").arg(i));
        if (!slot)
            return unexpected(slot.error());
        for (const Slot &existing : std::as_const(file.m_slots))
            if (existing.id == slot->id)
                return damaged(QStringLiteral("slot id %1 appears twice").arg(slot->id));
        file.m_slots.append(*slot);
    }
    return file;
}

Result<KeySlotFile> KeySlotFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::StoreDamaged,
            QStringLiteral("The store's key file (%1) is missing.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            QStringLiteral("Cannot read the key file %1: %2").arg(path, file.errorString()));
    // A real key file is a few KiB; refuse to parse anything huge.
    if (file.size() > 1 << 20)
        return damaged(QStringLiteral("it is far too large"));
    return parse(file.readAll());
}

QByteArray KeySlotFile::serialize() const
{
    QJsonArray slots;
    for (const Slot &slot : m_slots) {
        QJsonObject kdf { { QStringLiteral("algorithm"), QStringLiteral("argon2id13") },
            { QStringLiteral("opslimit"), double(slot.kdf.opsLimit) },
            { QStringLiteral("memlimit"), double(slot.kdf.memLimitBytes) },
            { QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64()) } };
        QJsonObject wrapped { { QStringLiteral("algorithm"),
                                  QStringLiteral("xchacha20poly1305-ietf") },
            { QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64()) },
            { QStringLiteral("ciphertext"), QString::fromLatin1(slot.wrappedKey.toBase64()) } };
        slots.append(QJsonObject { { QStringLiteral("id"), slot.id },
            { QStringLiteral("kind"), kindKey(slot.kind) }, { QStringLiteral("label"), slot.label },
            { QStringLiteral("kdf"), kdf }, { QStringLiteral("wrapped_key"), wrapped } });
    }
    const QJsonObject root { { QStringLiteral("format"), QLatin1String(kFormatName) },
        { QStringLiteral("version"), formatVersion() }, { QStringLiteral("store_id"), m_storeId },
        { QStringLiteral("slots"), slots } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status KeySlotFile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
            QStringLiteral("Cannot write the key file %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(serialize());
    if (!file.commit())
        return fail(ErrorCode::Io,
            QStringLiteral("Cannot write the key file %1: %2").arg(path, file.errorString()));
    return {};
}

Result<MasterKey> KeySlotFile::unlock(const QString &passphrase) const
{
    return unlockKind(SlotKind::Passphrase, passphrase);
}

Result<MasterKey> KeySlotFile::unlockWithRecoveryKey(const QString &recoveryKey) const
{
    return unlockKind(SlotKind::Recovery, normaliseRecoveryKey(recoveryKey));
}

Result<MasterKey> KeySlotFile::unlockKind(SlotKind kind, const QString &secret) const
{
    const SecretBytes secretBytes = SecretBytes::fromUtf8(secret);
    for (const Slot &slot : m_slots) {
        if (slot.kind != kind)
            continue;
        auto wrappingKey = keywrap::deriveKey(secretBytes, slot.salt, slot.kdf);
        if (!wrappingKey)
            return unexpected(wrappingKey.error());
        auto key = keywrap::unwrap(
            *wrappingKey, slot.wrappedKey, slot.nonce, associatedData(m_storeId, slot.id));
        if (key)
            return std::move(*key);
    }
    return fail(ErrorCode::WrongPassphrase,
        kind == SlotKind::Passphrase ? QStringLiteral("Wrong passphrase.")
                                     : QStringLiteral("Wrong recovery key."));
}

Status KeySlotFile::addPassphraseSlot(const MasterKey &masterKey, const QString &passphrase,
    const KdfParams &params, const QString &label)
{
    return addSlot(SlotKind::Passphrase, masterKey, passphrase, params, label);
}

Result<QString> KeySlotFile::addRecoverySlot(const MasterKey &masterKey)
{
    // 128 random bits shown as eight groups of four hex digits: high entropy, so the
    // minimum Argon2id cost is plenty.
    const QByteArray raw = keywrap::randomBytes(16).toHex();
    QStringList groups;
    for (int i = 0; i < raw.size(); i += 4)
        groups.append(QString::fromLatin1(raw.mid(i, 4)));
    const QString recoveryKey = groups.join(QLatin1Char('-'));
    if (auto added = addSlot(SlotKind::Recovery, masterKey, normaliseRecoveryKey(recoveryKey),
            KdfParams::minimum(), QStringLiteral("Recovery key"));
        !added)
        return unexpected(added.error());
    return recoveryKey;
}

Status KeySlotFile::addSlot(SlotKind kind, const MasterKey &masterKey, const QString &secret,
    const KdfParams &params, const QString &label)
{
    if (!params.isAcceptable())
        return fail(ErrorCode::InvalidArgument,
            QStringLiteral("Argon2id parameters below 19 MiB / 2 passes are not allowed."));
    if (masterKey.size() != kMasterKeyBytes)
        return fail(
            ErrorCode::InvalidArgument, QStringLiteral("The master key has the wrong size."));
    Slot slot;
    for (const Slot &existing : std::as_const(m_slots))
        slot.id = std::max(slot.id, existing.id);
    slot.id += 1;
    slot.kind = kind;
    slot.label = label;
    slot.kdf = params;
    slot.salt = keywrap::randomBytes(keywrap::kSaltBytes);
    slot.nonce = keywrap::randomBytes(keywrap::kNonceBytes);
    auto wrappingKey = keywrap::deriveKey(SecretBytes::fromUtf8(secret), slot.salt, params);
    if (!wrappingKey)
        return unexpected(wrappingKey.error());
    slot.wrappedKey
        = keywrap::wrap(*wrappingKey, masterKey, slot.nonce, associatedData(m_storeId, slot.id));
    m_slots.append(slot);
    return {};
}

QString KeySlotFile::formatVersion() const
{
    return QStringLiteral("%1.%2").arg(kFormatMajor).arg(m_minor);
}

} // namespace cardbridge
