#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cardbridge::importer {

// One record of a consent list or roster as the file holds it, before any validation.
struct SourceRow {
    int line = 0; // the physical line (CSV) or sheet row (xlsx) where the record starts, 1-based
    QStringList cells; // trailing empty cells beyond the header's width are already dropped
};

// What the reader found out about the file as a whole; shown in the wizard's preview and in
// the CLI's JSON.
struct SourceInfo {
    QString fileName; // as given, for messages
    QString format; // "CSV" or "Excel workbook"
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE", "Windows-1252"; xlsx:
                      // "UTF-8"
    QString delimiter; // ",", ";", "\t", "|" (CSV only; empty for xlsx)
    QStringList sheets; // xlsx: every sheet's name, in workbook order
    QString sheet; // xlsx: the sheet being read
    QStringList header; // the header row's cells, trailing empty cells dropped
    int headerLine = 1;
    QByteArray sha256Hex; // of the file's bytes, lower-case hex (64 characters)
    qint64 sizeBytes = 0;
};

struct ReadOptions {
    QString sheet; // xlsx: the sheet to read; empty means the first
};

// Streams the data rows of a table file. Blank rows (every cell empty) are skipped; rows whose
// cell count differs from the header's are passed on as they are (the validator reports them).
class TableReader {
public:
    virtual ~TableReader() = default;
    virtual const SourceInfo &info() const = 0;
    // The next data row, std::nullopt at the end. An error (ErrorCode::FileUnreadable) means the
    // file broke off in a way no row-level finding can describe, e.g. a quote never closed.
    virtual Result<std::optional<SourceRow>> next() = 0;
    // How far reading has got, 0.0 to 1.0, for progress bars.
    virtual double progress() const = 0;
};

// Opens a CSV, tab-separated or .xlsx file: computes the SHA-256, detects the format (by
// content, not by name), the encoding and the delimiter, and reads the header row.
// ErrorCode::FileUnreadable with a message naming the file when it is empty, has no header,
// is binary garbage, is an old .xls or a password-protected workbook ("save it as .xlsx or
// CSV"), or cannot be opened.
Result<std::unique_ptr<TableReader>> openTable(
    const QString &path, const ReadOptions &options = {});
// The same over any readable, seekable device (the fuzzer and tests use a QBuffer).
Result<std::unique_ptr<TableReader>> openTable(
    std::unique_ptr<QIODevice> device, const QString &fileName, const ReadOptions &options = {});

} // namespace cardbridge::importer
