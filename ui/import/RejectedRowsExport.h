#pragma once

#include "common/Error.h"
#include "importer/ImportRow.h"
#include "importer/SourceTable.h"

#include <QString>

#include <functional>

namespace cardbridge {

// A cell made safe for spreadsheets (OWASP CSV injection): one starting with = + - @ TAB CR
// or NUL gets a leading single quote, so Excel shows it as text instead of running it.
QString neutraliseCsvCell(const QString &cell);

// Writes the rows the review rejected, as the source file holds them, plus a `reason` column,
// so the clerk can fix them and import the file again. UTF-8 with a BOM (Excel reads it),
// comma-separated, CRLF, every cell neutralised; the file is created with permissions 0600
// because it holds student data. Reads the source again, so call it off the UI thread.
// Returns the number of rows written. `progress` returning false cancels (no file is left).
Result<int> writeRejectedRows(const QString &sourcePath, const importer::ReadOptions &read,
    const QList<importer::Finding> &findings, const QString &targetPath,
    const std::function<bool(double)> &progress = {});

} // namespace cardbridge
