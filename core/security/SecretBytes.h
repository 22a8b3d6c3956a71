#pragma once

#include <QByteArray>

#include <cstddef>
#include <vector>

namespace cardbridge {

// Key material that is wiped (sodium_memzero) when it goes away. Never log it.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const unsigned char *data, std::size_t size);
    ~SecretBytes();
    SecretBytes(const SecretBytes &other);
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }
    void wipe();

    static SecretBytes random(std::size_t size);
    // Copies a passphrase's UTF-8 bytes into wiped memory.
    static SecretBytes fromUtf8(const QString &text);

private:
    std::vector<unsigned char> m_bytes;
};

// The store's 256-bit master key (SQLCipher raw key).
using MasterKey = SecretBytes;
inline constexpr std::size_t kMasterKeyBytes = 32;

} // namespace cardbridge
