#include "UiTestHelpers.h"

namespace cardbridge::test {

bool DemoStoreFixture::create(QString *problem)
{
    auto created = Store::create(path, demoPassphrase(), quickKdf());
    if (!created) {
        *problem = created.error().message;
        return false;
    }
    store = std::shared_ptr<Store>(std::move(*created));
    // The desk judges with the system clock, so the demo is filled and sampled with it too.
    if (auto filled = populateDemoStore(*store, DemoOptions {}, SystemClock::instance()); !filled) {
        *problem = filled.error().message;
        return false;
    }
    auto sample = demoSampleCards(*store, SystemClock::instance());
    if (!sample) {
        *problem = sample.error().message;
        return false;
    }
    cards = *sample;
    return true;
}

bool createEmptyStore(const QString &path, const QString &passphrase, QString *problem)
{
    auto created = Store::create(path, passphrase, quickKdf());
    if (!created)
        *problem = created.error().message;
    return bool(created);
}

} // namespace cardbridge::test
