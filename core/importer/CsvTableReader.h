#pragma once

#include "importer/SourceTable.h"
#include "importer/TextEncoding.h"
#include "importer/Utf8Transcoder.h"

#include <csv.h>
#include <deque>

namespace cardbridge::importer {

// Streams a CSV or otherwise delimited text file with libcsv, in chunks of kTextChunkSize:
// memory stays flat however long the file. Each row carries the physical line (1-based) where
// its record starts, however many line breaks its quoted values hold, with CRLF, LF or lone CR
// line ends.
class CsvTableReader final : public TableReader {
public:
    // Detects the delimiter and reads the header row. device: open, at its first byte,
    // holding the whole file; info: what the encoding scan found (file name, hash, size); the
    // reader fills in the format, delimiter and header.
    static Result<std::unique_ptr<TableReader>> open(
        std::unique_ptr<QIODevice> device, SourceInfo info, const TextEncoding &encoding);

    ~CsvTableReader() override;
    CsvTableReader(const CsvTableReader &) = delete;
    CsvTableReader &operator=(const CsvTableReader &) = delete;

    const SourceInfo &info() const override { return m_info; }
    Result<std::optional<SourceRow>> next() override;
    double progress() const override;

private:
    CsvTableReader(
        std::unique_ptr<QIODevice> device, SourceInfo info, const TextEncoding &encoding);

    Status readChunk();
    Status finishParsing();
    void parseLines(const char *data, qsizetype size);
    void feed(const char *data, qsizetype size);
    bool hasContent(const char *begin, const char *end) const;
    void endRecord();
    static void onField(void *field, size_t size, void *self);
    static void onRecordEnd(int terminator, void *self);

    std::unique_ptr<QIODevice> m_device;
    SourceInfo m_info;
    Utf8Transcoder m_transcoder;
    csv_parser m_parser {};
    QByteArray m_chunk;
    QByteArray m_utf8;
    std::deque<SourceRow> m_rows; // parsed, not yet handed out: at most one chunk's worth
    QStringList m_cells; // of the record being parsed
    qint64 m_consumedBytes = 0;
    qint64 m_decodedBytes = 0;
    qint64 m_rowCount = 0;
    qint64 m_blankRecords = 0;
    int m_line = 1; // the physical line the splitter is on
    int m_pendingLine = 1; // where a record would start if one starts on this line
    int m_recordLine = 1; // where the record being parsed started
    bool m_atLineStart = true;
    bool m_afterCr = false;
    bool m_recordOpen = false;
    bool m_delimiterKnown = false;
    bool m_headerRead = false;
    bool m_ended = false;
    char m_delimiter = ',';
    bool m_preferTab = false;
    std::optional<Error> m_error;
};

} // namespace cardbridge::importer
