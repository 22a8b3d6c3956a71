// libFuzzer target: the key-slot file reader, on arbitrary bytes. A parse that succeeds must
// serialise and re-parse to the same slots; unlocking is not attempted (Argon2id is slow and
// the fuzzer would only measure it).
#include "security/KeySlotFile.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto parsed = cardbridge::KeySlotFile::parse(bytes);
    if (!parsed)
        return 0;
    auto again = cardbridge::KeySlotFile::parse(parsed->serialize());
    if (!again || again->slots().size() != parsed->slots().size()
        || again->storeId() != parsed->storeId())
        std::abort();
    return 0;
}
