#pragma once

// The benchmark store with 1,000,000 students (issue 2), shared by the bench programs: built
// once (about a minute) under $CARDBRIDGE_BENCH_DIR (default /tmp/cardbridge-bench), reused.
#include "common/Clock.h"
#include "demo/DemoStore.h"
#include "store/Store.h"

#include <QDir>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <random>
#include <vector>

namespace cardbridge::bench {

inline const QString kPassphrase = QStringLiteral("benchmark passphrase");

inline QString benchDir()
{
    const QString dir
        = qEnvironmentVariable("CARDBRIDGE_BENCH_DIR", QStringLiteral("/tmp/cardbridge-bench"));
    QDir().mkpath(dir);
    return dir;
}

inline int benchStudents()
{
    return qEnvironmentVariableIntValue("CARDBRIDGE_BENCH_STUDENTS") > 0
        ? qEnvironmentVariableIntValue("CARDBRIDGE_BENCH_STUDENTS")
        : 1000000;
}

inline QString storePath()
{
    return benchDir() + QStringLiteral("/lookup-%1.store").arg(benchStudents());
}

// Builds the big store once; later runs reuse it.
inline void ensureStore()
{
    if (Store::exists(storePath()))
        return;
    auto store = Store::create(storePath(), kPassphrase, KdfParams::minimum());
    if (!store)
        qFatal("cannot create the benchmark store: %s", qPrintable(store.error().message));
    DemoOptions options;
    options.students = benchStudents();
    if (auto filled = populateDemoStore(**store, options, SystemClock::instance()); !filled)
        qFatal("cannot fill the benchmark store: %s", qPrintable(filled.error().message));
}

// A fixed random sample of the store's card barcodes (and 5% not-found codes).
inline QStringList sampleCodes(Store &store)
{
    QStringList all;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT barcode FROM card_barcodes"));
    while (query.next())
        all.append(query.value(0).toString());
    std::mt19937 random(7);
    std::shuffle(all.begin(), all.end(), random);
    all = all.mid(0, 20000);
    for (int i = 0; i < all.size(); i += 20)
        all[i] = QStringLiteral("LHS3999") + QString::number(100 + i % 900);
    return all;
}

struct Percentiles {
    double p50 = 0;
    double p99 = 0;
};

inline Percentiles percentiles(std::vector<double> &micros)
{
    std::sort(micros.begin(), micros.end());
    auto at = [&](double q) {
        return micros[std::min(micros.size() - 1, size_t(q * double(micros.size())))];
    };
    return { at(0.50), at(0.99) };
}

} // namespace cardbridge::bench
