#pragma once

#include "common/Error.h"
#include "security/KdfParams.h"
#include "security/SecretBytes.h"

#include <QByteArray>

namespace cardbridge::keywrap {

inline constexpr int kSaltBytes = 16; // crypto_pwhash_SALTBYTES
inline constexpr int kNonceBytes = 24; // XChaCha20-Poly1305 IETF

// Argon2id (libsodium crypto_pwhash) into a 256-bit wrapping key.
Result<SecretBytes> deriveKey(
    const SecretBytes &secret, const QByteArray &salt, const KdfParams &params);
// XChaCha20-Poly1305: ciphertext with its tag appended.
QByteArray wrap(const SecretBytes &wrappingKey, const SecretBytes &plain, const QByteArray &nonce,
    const QByteArray &associatedData);
// Authenticated unwrap; Crypto error when the tag does not verify (wrong key or tampering).
Result<SecretBytes> unwrap(const SecretBytes &wrappingKey, const QByteArray &wrapped,
    const QByteArray &nonce, const QByteArray &associatedData);
QByteArray randomBytes(int size);

} // namespace cardbridge::keywrap
