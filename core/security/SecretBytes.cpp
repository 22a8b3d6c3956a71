#include "security/SecretBytes.h"

#include <QString>

#include <sodium.h>

namespace cardbridge {

namespace {
void ensureSodium()
{
    // sodium_init is idempotent and thread-safe; it returns 1 when already initialised.
    [[maybe_unused]] static const int initialised = sodium_init();
}
} // namespace

SecretBytes::SecretBytes(std::size_t size)
    : m_bytes(size, 0)
{
}

SecretBytes::SecretBytes(const unsigned char *data, std::size_t size)
    : m_bytes(data, data + size)
{
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(const SecretBytes &other) = default;

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty())
        sodium_memzero(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

SecretBytes SecretBytes::random(std::size_t size)
{
    ensureSodium();
    SecretBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecretBytes SecretBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes bytes(reinterpret_cast<const unsigned char *>(utf8.constData()),
        static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return bytes;
}

} // namespace cardbridge
