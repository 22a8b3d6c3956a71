#include "security/KeyWrap.h"

#include <sodium.h>

namespace cardbridge::keywrap {

namespace {
const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<SecretBytes> deriveKey(
    const SecretBytes &secret, const QByteArray &salt, const KdfParams &params)
{
    if (!sodiumReady())
        return fail(ErrorCode::Crypto, QStringLiteral("The cryptography library failed to start."));
    if (salt.size() != kSaltBytes)
        return fail(ErrorCode::Crypto, QStringLiteral("Key slot salt has the wrong length."));
    SecretBytes key(kMasterKeyBytes);
    const int rc = crypto_pwhash(key.data(), key.size(),
        reinterpret_cast<const char *>(secret.data()), secret.size(), bytes(salt), params.opsLimit,
        static_cast<size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return fail(ErrorCode::Crypto,
            QStringLiteral("Key derivation failed (not enough memory for Argon2id?)."));
    return key;
}

QByteArray wrap(const SecretBytes &wrappingKey, const SecretBytes &plain, const QByteArray &nonce,
    const QByteArray &associatedData)
{
    QByteArray out(static_cast<qsizetype>(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES),
        Qt::Uninitialized);
    unsigned long long outLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(out.data()),
        &outLength, plain.data(), plain.size(), bytes(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nullptr, bytes(nonce),
        wrappingKey.data());
    out.resize(static_cast<qsizetype>(outLength));
    return out;
}

Result<SecretBytes> unwrap(const SecretBytes &wrappingKey, const QByteArray &wrapped,
    const QByteArray &nonce, const QByteArray &associatedData)
{
    if (nonce.size() != kNonceBytes
        || wrapped.size() < static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return fail(ErrorCode::Crypto, QStringLiteral("Wrapped key has the wrong length."));
    SecretBytes plain(
        static_cast<std::size_t>(wrapped.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long plainLength = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &plainLength, nullptr,
        bytes(wrapped), static_cast<unsigned long long>(wrapped.size()), bytes(associatedData),
        static_cast<unsigned long long>(associatedData.size()), bytes(nonce), wrappingKey.data());
    if (rc != 0)
        return fail(ErrorCode::Crypto, QStringLiteral("The key did not open this slot."));
    return plain;
}

QByteArray randomBytes(int size)
{
    sodiumReady();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(size));
    return out;
}

} // namespace cardbridge::keywrap
