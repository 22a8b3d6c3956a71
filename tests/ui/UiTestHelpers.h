#pragma once

#include "demo/DemoStore.h"
#include "store/Store.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <memory>

namespace cardbridge::test {

// Polls the event loop until `condition` holds (like QTRY_VERIFY); false on timeout.
template<typename Condition> bool waitUntil(Condition condition, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

// A populated demo store in a temporary folder, created with the cheapest key derivation.
struct DemoStoreFixture {
    TempFolder folder;
    QString path = folder.file(QStringLiteral("demo.store"));
    std::shared_ptr<Store> store;
    QList<DemoCard> cards;

    // Creates, fills and reads the sample cards; false (with a message) on failure.
    bool create(QString *problem);
};

// An empty store with `passphrase`, created and closed again.
bool createEmptyStore(const QString &path, const QString &passphrase, QString *problem);

} // namespace cardbridge::test
