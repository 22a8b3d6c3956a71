#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "security/KdfParams.h"
#include "security/SecretBytes.h"

#include <QString>

#include <memory>

namespace cardbridge {

class Store;

// The slow steps of creating and opening stores, written to run on a worker thread. Each one
// opens and closes its own database connection on the calling thread; the UI thread then
// opens the store with the key (openUnlockedStore), because a connection belongs to the
// thread that opened it.

// Creates a store, closes it and unwraps its key again for the UI thread.
Result<MasterKey> createStoreAndUnlock(
    const QString &path, const QString &passphrase, const KdfParams &params);

// Creates the demo store (demo passphrase, synthetic data) and closes it.
Status createDemoStore(const QString &path, const KdfParams &params, const Clock &clock);

// On the UI thread: the fast part of opening, shared between the pages that own a store.
Result<std::shared_ptr<Store>> openUnlockedStore(const QString &path, const MasterKey &key);

// Same path, after making both absolute and clean.
bool isSameStorePath(const QString &a, const QString &b);

} // namespace cardbridge
