#include "importer/XlsxTableReader.h"

#include "importer/XlsxCellText.h"

#include <QLoggingCategory>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace cardbridge::importer {

namespace {
Q_LOGGING_CATEGORY(lcXlsx, "cardbridge.importer.xlsx")

constexpr int kMaxColumns = 16384; // XFD, Excel's last column
} // namespace

Result<std::unique_ptr<TableReader>> XlsxTableReader::open(
    std::unique_ptr<QIODevice> device, SourceInfo info, const ReadOptions &options)
{
    const QString fileName = info.fileName;
    std::unique_ptr<XlsxTableReader> reader(
        new XlsxTableReader(std::move(device), std::move(info)));
    reader->m_zip = std::make_unique<QuaZip>(reader->m_device.get());
    if (!reader->m_zip->open(QuaZip::mdUnzip)) {
        qCInfo(lcXlsx) << "zip did not open, error" << reader->m_zip->getZipError();
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 looks like a zip archive or workbook but is damaged or incomplete")
                .arg(fileName));
    }
    auto workbook = readXlsxWorkbook(*reader->m_zip, fileName);
    if (!workbook)
        return unexpected<Error>(workbook.error());
    reader->m_workbook = std::move(*workbook);
    const XlsxWorkbook &book = reader->m_workbook;
    SourceInfo &sourceInfo = reader->m_info;
    sourceInfo.sheets = book.sheetNames;
    if (book.sheetNames.isEmpty())
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 is a workbook without sheets").arg(fileName));

    qsizetype index = 0;
    if (!options.sheet.isEmpty()) {
        index = book.sheetNames.indexOf(options.sheet);
        if (index < 0)
            return fail(ErrorCode::FileUnreadable,
                QStringLiteral("%1 has no sheet named \"%2\"; its sheets are: %3")
                    .arg(fileName, options.sheet, book.sheetNames.join(QStringLiteral(", "))));
    }
    sourceInfo.sheet = book.sheetNames.at(index);
    reader->m_sheet = openXlsxPart(*reader->m_zip, book.sheetParts.at(index));
    if (!reader->m_sheet)
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1: the sheet \"%2\" holds no cells that can be read (is it a chart, "
                           "or is the workbook encrypted?)")
                .arg(fileName, sourceInfo.sheet));
    reader->m_sheetSize = reader->m_sheet->usize();
    reader->m_xml.setDevice(reader->m_sheet.get());

    auto header = reader->readRow();
    if (!header)
        return unexpected<Error>(header.error());
    if (!header->has_value())
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 has no header row: the sheet \"%2\" is empty")
                .arg(fileName, sourceInfo.sheet));
    sourceInfo.header = std::move((*header)->cells);
    sourceInfo.headerLine = (*header)->line;
    return std::unique_ptr<TableReader>(std::move(reader));
}

XlsxTableReader::XlsxTableReader(std::unique_ptr<QIODevice> device, SourceInfo info)
    : m_device(std::move(device))
    , m_info(std::move(info))
{
    m_info.format = QStringLiteral("Excel workbook");
    m_info.encoding = QStringLiteral("UTF-8");
    m_info.delimiter.clear();
}

XlsxTableReader::~XlsxTableReader()
{
    m_xml.setDevice(nullptr);
    if (m_sheet)
        m_sheet->close();
}

Result<std::optional<SourceRow>> XlsxTableReader::next()
{
    if (m_error)
        return unexpected<Error>(*m_error);
    auto row = readRow();
    if (!row) {
        m_error = row.error();
        return row;
    }
    if (!row->has_value())
        return row;
    ++m_rowCount;
    QStringList &cells = (*row)->cells;
    while (cells.size() < m_info.header.size())
        cells.append(QString());
    return row;
}

double XlsxTableReader::progress() const
{
    if (m_ended || m_sheetSize <= 0)
        return 1.0;
    return std::min(1.0, double(m_sheet->pos()) / double(m_sheetSize));
}

// The next row of the sheet with a cell that is not empty; std::nullopt at the end.
Result<std::optional<SourceRow>> XlsxTableReader::readRow()
{
    while (!m_ended && xlsxXmlReadsOn(m_xml)) {
        m_xml.readNext();
        if (!m_xml.isStartElement() || m_xml.name() != QLatin1String("row"))
            continue;
        bool numbered = false;
        const int number = m_xml.attributes().value(QLatin1String("r")).toInt(&numbered);
        m_lastRow = numbered && number > m_lastRow ? number : m_lastRow + 1;
        m_cells.clear();
        int column = -1;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("c"))
                readCell(column);
            else
                m_xml.skipCurrentElement();
        }
        if (m_cells.isEmpty())
            continue;
        int width = 0;
        for (const auto &cell : std::as_const(m_cells))
            width = std::max(width, cell.first + 1);
        SourceRow row { m_lastRow, QStringList(width) };
        for (auto &cell : m_cells)
            row.cells[cell.first] = std::move(cell.second);
        return std::optional<SourceRow>(std::move(row));
    }
    if (m_xml.hasError()) {
        qCWarning(lcXlsx) << "sheet XML error near sheet row" << m_lastRow;
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 is damaged: the sheet \"%2\" breaks off after row %3")
                .arg(m_info.fileName, m_info.sheet)
                .arg(m_lastRow));
    }
    if (!m_ended) {
        m_ended = true;
        qCInfo(lcXlsx) << "read" << m_rowCount << "data rows from a sheet of" << m_lastRow
                       << "rows";
    }
    return std::optional<SourceRow>();
}

// Reads the <c> element the reader is on. column: the previous cell's column, updated.
void XlsxTableReader::readCell(int &column)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const int referenced = xlsxColumnIndex(attributes.value(QLatin1String("r")));
    column = referenced >= 0 ? referenced : column + 1;
    const QString type = attributes.value(QLatin1String("t")).toString();
    bool styled = false;
    const int style = attributes.value(QLatin1String("s")).toInt(&styled);
    QString value;
    bool inlineText = false;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("v")) {
            value = m_xml.readElementText();
        } else if (m_xml.name() == QLatin1String("is")) {
            value = readXlsxStringItem(m_xml);
            inlineText = true;
        } else {
            m_xml.skipCurrentElement(); // <f>ormulas and extensions
        }
    }
    if (column >= kMaxColumns || value.isEmpty())
        return;
    QString text = inlineText ? std::move(value) : cellText(type, styled ? style : 0, value);
    if (!text.isEmpty())
        m_cells.append({ column, std::move(text) });
}

QString XlsxTableReader::cellText(QStringView type, int style, const QString &value) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_workbook.sharedStrings.size()
            ? m_workbook.sharedStrings.at(index)
            : QString();
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("e"))
        return value.contains(QLatin1String("_x")) ? xlsxUnescape(value) : value;
    if (type == QLatin1String("d")) // an ISO 8601 date or date-time
        return value.left(value.indexOf(u'T') < 0 ? value.size() : value.indexOf(u'T'));
    if (style >= 0 && style < m_workbook.dateStyles.size() && m_workbook.dateStyles.at(style)) {
        const QString date = xlsxDateText(value, m_workbook.date1904);
        if (!date.isEmpty())
            return date;
    }
    return xlsxNumberText(value);
}

} // namespace cardbridge::importer
