#pragma once

#include <QtGlobal>

namespace cardbridge {

// Argon2id cost parameters, recorded in each key slot.
struct KdfParams {
    quint64 opsLimit = 3;
    quint64 memLimitBytes = quint64(64) << 20;

    // What new stores get: 64 MiB, t=3 (about 0.2 s here).
    static KdfParams recommended() { return { 3, quint64(64) << 20 }; }
    // OWASP's floor (19 MiB, t=2): the least a slot may use; tests use it to stay quick.
    static KdfParams minimum() { return { 2, quint64(19) << 20 }; }
    bool isAcceptable() const { return opsLimit >= 2 && memLimitBytes >= (quint64(19) << 20); }
};

} // namespace cardbridge
