// Desk lookup speed on a store with 1,000,000 students (issue 2):
//   BM_VerdictServiceLookup  our VerdictService::lookup (rules, one indexed read, verdict)
//   BM_RawSqlCipherSelect    the peer: a raw SQLCipher C-API prepared SELECT on the same file
//   BM_StoreOpen             Argon2id (recommended cost) + open + first read
// Each lookup is timed on its own; p50/p99 in microseconds are reported as counters.
// The store is built once (about a minute) under $CARDBRIDGE_BENCH_DIR (bench/BenchStore.h).
#include "BenchStore.h"
#include "common/Clock.h"
#include "consent/VerdictService.h"
#include "demo/DemoStore.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <sqlcipher/sqlite3.h>

#include <chrono>

using namespace cardbridge;
using namespace cardbridge::bench;

namespace {

template<typename Fn>
void timeEach(benchmark::State &state, const QStringList &codes, Fn &&lookupOne)
{
    std::vector<double> micros;
    micros.reserve(1 << 20);
    qsizetype next = 0;
    for (auto _ : state) {
        const QString &code = codes.at(next++ % codes.size());
        const auto start = std::chrono::steady_clock::now();
        lookupOne(code);
        micros.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
                .count());
    }
    const Percentiles p = percentiles(micros);
    state.counters["p50_us"] = p.p50;
    state.counters["p99_us"] = p.p99;
}

void BM_VerdictServiceLookup(benchmark::State &state)
{
    ensureStore();
    auto store = Store::open(storePath(), kPassphrase);
    const QStringList codes = sampleCodes(**store);
    VerdictService service((*store)->database(), SystemClock::instance());
    for (const QString &code : codes.mid(0, 2000)) // warm the page cache like the peer below
        benchmark::DoNotOptimize(service.lookup(code));
    timeEach(state, codes, [&](const QString &code) {
        const Verdict verdict = service.lookup(code);
        benchmark::DoNotOptimize(verdict.status);
    });
}

void BM_RawSqlCipherSelect(benchmark::State &state)
{
    ensureStore();
    QStringList codes;
    {
        auto store = Store::open(storePath(), kPassphrase);
        codes = sampleCodes(**store);
    }
    auto key = Store::unlockKey(storePath(), kPassphrase);
    QByteArray keyLiteral = "x'"
        + QByteArray(reinterpret_cast<const char *>(key->data()), int(key->size())).toHex() + "'";
    sqlite3 *db = nullptr;
    sqlite3_open_v2(storePath().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_key(db, keyLiteral.constData(), int(keyLiteral.size()));
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT c.state, s.id, c.school_id, s.given_name, s.family_name, s.grade, "
        "s.student_number, s.enrolment, s.consent_state, s.consent_valid_until "
        "FROM card_barcodes c JOIN students s ON s.id = c.student_id WHERE c.barcode = ?",
        -1, &statement, nullptr);
    auto lookupOne = [&](const QString &code) {
        const QByteArray utf8 = code.toUtf8();
        sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW)
            for (int column = 0; column < 10; ++column)
                benchmark::DoNotOptimize(sqlite3_column_text(statement, column));
        sqlite3_reset(statement);
    };
    for (const QString &code : codes.mid(0, 2000))
        lookupOne(code);
    timeEach(state, codes, lookupOne);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

void BM_StoreOpen(benchmark::State &state)
{
    const QString path = benchDir() + QStringLiteral("/open.store");
    if (!Store::exists(path)) {
        auto created = Store::create(path, kPassphrase); // recommended Argon2id cost
        populateDemoStore(**created, DemoOptions { 400, 1 }, SystemClock::instance());
    }
    for (auto _ : state) {
        auto store = Store::open(path, kPassphrase);
        VerdictService service((*store)->database(), SystemClock::instance());
        benchmark::DoNotOptimize(service.lookup(QStringLiteral("LHS3100001")).status);
    }
}

} // namespace

BENCHMARK(BM_VerdictServiceLookup)->Iterations(200000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_RawSqlCipherSelect)->Iterations(200000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StoreOpen)->Iterations(10)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
