#include "importer/CsvDelimiter.h"

#include <QList>

#include <array>

namespace cardbridge::importer {

namespace {

constexpr qsizetype kMaxSampledRecords = 50;

using Counts = std::array<int, 4>;

// Counts of each candidate outside quotes, one entry per non-blank record of the sample. The
// last record is left out when the sample ends inside it (it may be cut short).
QList<Counts> countPerRecord(QByteArrayView sample, const std::array<char, 4> &candidates)
{
    QList<Counts> records;
    Counts counts {};
    bool inQuotes = false;
    bool blank = true;
    for (const char c : sample) {
        if (c == '"') {
            inQuotes = !inQuotes;
            blank = false;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (!blank)
                records.append(counts);
            if (records.size() >= kMaxSampledRecords)
                return records;
            counts = {};
            blank = true;
        } else if (!inQuotes) {
            for (std::size_t i = 0; i < candidates.size(); ++i)
                counts[i] += c == candidates[i];
            if (c != ' ')
                blank = false;
        }
    }
    if (!blank && records.isEmpty())
        records.append(counts); // a file of one line without a line end
    return records;
}

} // namespace

char detectDelimiter(QByteArrayView sample, bool preferTab)
{
    const std::array<char, 4> candidates = preferTab ? std::array<char, 4> { '\t', ',', ';', '|' }
                                                     : std::array<char, 4> { ',', ';', '\t', '|' };
    const QList<Counts> records = countPerRecord(sample, candidates);
    if (records.isEmpty())
        return candidates[0];

    const Counts &header = records.first();
    int best = -1;
    int bestConsistent = -1;
    int bestHeaderCount = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (header[i] == 0)
            continue;
        int consistent = 0;
        for (qsizetype r = 1; r < records.size(); ++r)
            consistent += records[r][i] == header[i];
        if (consistent > bestConsistent
            || (consistent == bestConsistent && header[i] > bestHeaderCount)) {
            best = int(i);
            bestConsistent = consistent;
            bestHeaderCount = header[i];
        }
    }
    return best < 0 ? candidates[0] : candidates[std::size_t(best)];
}

} // namespace cardbridge::importer
