#pragma once

#include "importer/SourceTable.h"
#include "importer/XlsxWorkbook.h"

#include <QXmlStreamReader>

#include <utility>

class QuaZip;
class QuaZipFile;

namespace cardbridge::importer {

// Streams one sheet of an .xlsx workbook: the sheet's XML is read as it is unzipped, row by
// row; only the shared strings are held in memory. A row's line is its sheet row number.
// Cells are placed by their reference, so skipped columns become empty cells; rows shorter
// than the header are padded with empty cells (Excel does not store trailing blanks).
class XlsxTableReader final : public TableReader {
public:
    // device: open, at its first byte, holding the whole file; info: file name, hash and size.
    static Result<std::unique_ptr<TableReader>> open(
        std::unique_ptr<QIODevice> device, SourceInfo info, const ReadOptions &options);

    ~XlsxTableReader() override;
    XlsxTableReader(const XlsxTableReader &) = delete;
    XlsxTableReader &operator=(const XlsxTableReader &) = delete;

    const SourceInfo &info() const override { return m_info; }
    Result<std::optional<SourceRow>> next() override;
    double progress() const override;

private:
    XlsxTableReader(std::unique_ptr<QIODevice> device, SourceInfo info);

    Result<std::optional<SourceRow>> readRow();
    void readCell(int &column);
    QString cellText(QStringView type, int style, const QString &value) const;

    // Declared in this order so the sheet closes before the zip, and the zip before the file.
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QXmlStreamReader m_xml;
    XlsxWorkbook m_workbook;
    SourceInfo m_info;
    QList<std::pair<int, QString>> m_cells; // the row being read: column, text (non-empty only)
    qint64 m_sheetSize = 0;
    qint64 m_rowCount = 0;
    int m_lastRow = 0;
    bool m_ended = false;
    std::optional<Error> m_error;
};

} // namespace cardbridge::importer
