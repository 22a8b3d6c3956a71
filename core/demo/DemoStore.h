#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "consent/Verdict.h"

#include <QList>
#include <QString>

namespace cardbridge {

class Store;

struct DemoOptions {
    int students = 400;
    quint32 seed = 2026;
};

// A card from the demo store that shows one verdict status, for hints on the desk and tests.
struct DemoCard {
    QString code; // as a scanner would type it
    VerdictStatus expected;
};

// Fills an empty store with a synthetic district: several schools with different card
// rules, one agreement, a realistic mix of consent states. Synthetic names only.
Status populateDemoStore(Store &store, const DemoOptions &options, const Clock &clock);

// One card per verdict status, read back from a populated demo store, judged on `clock`'s day.
Result<QList<DemoCard>> demoSampleCards(Store &store, const Clock &clock);

// The demo store's passphrase. The demo holds synthetic data only, so the desk shows it.
QString demoPassphrase();

// Where the desk keeps its stores: the user's data folder.
QString defaultStorePath();
QString defaultDemoStorePath();

} // namespace cardbridge
