// libFuzzer target for consent-list import: the bytes go to openTable() through a QBuffer (the
// format, CSV or .xlsx, and the encoding are detected from the content), every row is read and
// validated against the demo district's agreement with automatically mapped columns.
//   build/fuzz/tests/fuzz/import_fuzzer -max_total_time=60 tests/fuzz/corpus/import_fuzzer
#include "demo/DemoAgreement.h"
#include "importer/ColumnMapping.h"
#include "importer/RowValidator.h"
#include "importer/SourceTable.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace cardbridge;
using namespace cardbridge::importer;

namespace {

constexpr int kMaxRows = 20000; // a bound on work per input, not on what the reader accepts

const ValidationContext &demoContext()
{
    static const ValidationContext context = [] {
        const QDate today(2026, 10, 1);
        ValidationContext built;
        built.agreement = demoAgreement(today);
        built.today = today;
        qint64 id = 1;
        for (const SchoolDefinition &school : built.agreement->schools)
            built.schools.append(
                SchoolRecord { id++, school.code, school.name, true, school.cardRule });
        // A school the agreement no longer names, so the out-of-scope path runs too.
        built.schools.append(SchoolRecord { id, QStringLiteral("OLD"),
            QStringLiteral("Old Town Academy"), false, built.agreement->schools.first().cardRule });
        return built;
    }();
    return context;
}

// Returns the workbook's sheet names (empty for CSV).
QStringList readAndValidate(const QByteArray &bytes, const ReadOptions &options, bool restoreZeros)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    if (!buffer->open(QIODevice::ReadOnly))
        return {};
    auto reader = openTable(std::move(buffer), QStringLiteral("fuzz-input"), options);
    if (!reader)
        return {};
    const SourceInfo &info = (*reader)->info();
    const RowValidator validator(info.header, autoMapColumns(info.header).mapping, demoContext(),
        ValidationOptions { restoreZeros });
    (void)validator.mappingProblems();
    QList<Finding> findings;
    for (int rows = 0; rows < kMaxRows; ++rows) {
        auto row = (*reader)->next();
        if (!row || !*row)
            break;
        const double progress = (*reader)->progress();
        if (!(progress >= 0.0 && progress <= 1.0))
            __builtin_trap(); // the reader's contract: 0.0 to 1.0
        findings.clear();
        (void)validator.validate(**row, &findings);
    }
    return info.sheets;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte's low bit picks "restore leading zeros"; the whole input is the file.
    const bool restoreZeros = size > 0 && (data[0] & 1) != 0;
    const QStringList sheets = readAndValidate(bytes, {}, restoreZeros);
    // A workbook with several sheets: the last one too, as the wizard's sheet picker would.
    if (sheets.size() > 1)
        readAndValidate(bytes, ReadOptions { sheets.last() }, restoreZeros);
    return 0;
}
