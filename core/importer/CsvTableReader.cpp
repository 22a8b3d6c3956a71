#include "importer/CsvTableReader.h"

#include "importer/CsvDelimiter.h"

#include <QLoggingCategory>

namespace cardbridge::importer {

namespace {
Q_LOGGING_CATEGORY(lcCsv, "cardbridge.importer.csv")

// libcsv grows a field's buffer by this much at a time: large enough that a 10 MB value takes
// a few hundred steps, not tens of thousands.
constexpr size_t kFieldBlockSize = 64 * 1024;

void dropTrailingEmpty(QStringList &cells, qsizetype keep)
{
    while (cells.size() > keep && cells.constLast().isEmpty())
        cells.removeLast();
}

bool allEmpty(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<std::unique_ptr<TableReader>> CsvTableReader::open(
    std::unique_ptr<QIODevice> device, SourceInfo info, const TextEncoding &encoding)
{
    const QString fileName = info.fileName;
    std::unique_ptr<CsvTableReader> reader(
        new CsvTableReader(std::move(device), std::move(info), encoding));
    if (csv_init(&reader->m_parser, 0) != 0)
        return fail(
            ErrorCode::FileUnreadable, QStringLiteral("%1 could not be read").arg(fileName));
    csv_set_blk_size(&reader->m_parser, kFieldBlockSize);

    while (!reader->m_headerRead && !reader->m_ended) {
        if (Status read = reader->readChunk(); !read)
            return unexpected<Error>(read.error());
    }
    if (!reader->m_headerRead) {
        if (reader->m_decodedBytes == 0)
            return fail(ErrorCode::FileUnreadable, QStringLiteral("%1 is empty").arg(fileName));
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 has no header row: it holds only blank lines").arg(fileName));
    }
    return std::unique_ptr<TableReader>(std::move(reader));
}

CsvTableReader::CsvTableReader(
    std::unique_ptr<QIODevice> device, SourceInfo info, const TextEncoding &encoding)
    : m_device(std::move(device))
    , m_info(std::move(info))
    , m_transcoder(encoding)
    , m_chunk(kTextChunkSize, Qt::Uninitialized)
    , m_preferTab(encoding.kind == TextEncoding::Kind::Utf16LE
          || encoding.kind == TextEncoding::Kind::Utf16BE)
{
    m_info.format = QStringLiteral("CSV");
    m_info.encoding = encoding.name;
}

CsvTableReader::~CsvTableReader()
{
    csv_free(&m_parser);
}

Result<std::optional<SourceRow>> CsvTableReader::next()
{
    if (m_error)
        return unexpected<Error>(*m_error);
    while (m_rows.empty()) {
        if (m_ended)
            return std::optional<SourceRow>();
        if (Status read = readChunk(); !read) {
            m_error = read.error();
            return unexpected<Error>(*m_error);
        }
    }
    std::optional<SourceRow> row(std::move(m_rows.front()));
    m_rows.pop_front();
    return row;
}

double CsvTableReader::progress() const
{
    if (m_ended || m_info.sizeBytes <= 0)
        return 1.0;
    return double(m_consumedBytes) / double(m_info.sizeBytes);
}

Status CsvTableReader::readChunk()
{
    const qint64 got = m_device->read(m_chunk.data(), m_chunk.size());
    if (got < 0)
        return fail(
            ErrorCode::FileUnreadable, QStringLiteral("%1 could not be read").arg(m_info.fileName));
    if (got == 0)
        return finishParsing();
    m_consumedBytes += got;
    m_utf8.clear();
    m_transcoder.append(QByteArrayView(m_chunk.constData(), got), m_utf8);
    if (m_utf8.isEmpty())
        return {};
    m_decodedBytes += m_utf8.size();
    if (!m_delimiterKnown) {
        m_delimiter = detectDelimiter(m_utf8, m_preferTab);
        m_delimiterKnown = true;
        csv_set_delim(&m_parser, static_cast<unsigned char>(m_delimiter));
        m_info.delimiter = QString(QLatin1Char(m_delimiter));
    }
    parseLines(m_utf8.constData(), m_utf8.size());
    if (csv_error(&m_parser) != CSV_SUCCESS) {
        qCWarning(lcCsv) << "libcsv failed near line" << m_line << "status" << csv_error(&m_parser);
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 could not be read: the value starting on line %2 is too large")
                .arg(m_info.fileName)
                .arg(m_recordLine));
    }
    return {};
}

Status CsvTableReader::finishParsing()
{
    m_ended = true;
    // Lenient while parsing (a stray quote inside an unquoted value is kept as text, as Excel
    // does), strict at the end: libcsv only reports a quoted value left open when both are set.
    csv_set_opts(&m_parser, CSV_STRICT | CSV_STRICT_FINI);
    const bool unclosed = csv_fini(&m_parser, onField, onRecordEnd, this) != 0;
    if (unclosed) {
        qCInfo(lcCsv) << "quote never closed; record started on line" << m_recordLine;
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 has a quote opened in the record on line %2 that is never "
                           "closed")
                .arg(m_info.fileName)
                .arg(m_recordLine));
    }
    qCInfo(lcCsv) << "read" << m_rowCount << "data rows," << m_blankRecords << "blank skipped,"
                  << (m_line - 1) << "line ends";
    return {};
}

// Splits the decoded text into physical lines and hands them to libcsv one by one, so that
// the line where each record starts is known: a record starts on a line that begins while no
// record is open, at its first character that is not a space.
void CsvTableReader::parseLines(const char *data, qsizetype size)
{
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        if (m_afterCr) {
            m_afterCr = false;
            if (*p == '\n') { // the second half of a CRLF: no new line
                feed(p, 1);
                ++p;
                continue;
            }
        }
        const char *q = p;
        while (q < end && *q != '\n' && *q != '\r')
            ++q;
        if (m_atLineStart) {
            m_atLineStart = false;
            if (!m_recordOpen)
                m_pendingLine = m_line;
        }
        if (!m_recordOpen && hasContent(p, q)) {
            m_recordOpen = true;
            m_recordLine = m_pendingLine;
        }
        if (q == end) { // the line goes on in the next chunk
            feed(p, q - p);
            return;
        }
        feed(p, q - p + 1);
        m_afterCr = *q == '\r';
        m_atLineStart = true;
        ++m_line;
        p = q + 1;
    }
}

void CsvTableReader::feed(const char *data, qsizetype size)
{
    if (size > 0 && csv_error(&m_parser) == CSV_SUCCESS)
        csv_parse(&m_parser, data, size_t(size), onField, onRecordEnd, this);
}

// libcsv drops spaces and tabs (unless tab is the delimiter) before a field; a line of only
// those starts no record.
bool CsvTableReader::hasContent(const char *begin, const char *end) const
{
    for (const char *p = begin; p < end; ++p) {
        if (*p != ' ' && (*p != '\t' || m_delimiter == '\t'))
            return true;
    }
    return false;
}

void CsvTableReader::onField(void *field, size_t size, void *self)
{
    auto *reader = static_cast<CsvTableReader *>(self);
    reader->m_cells.append(size == 0
            ? QString()
            : QString::fromUtf8(static_cast<const char *>(field), qsizetype(size)));
}

void CsvTableReader::onRecordEnd(int, void *self)
{
    static_cast<CsvTableReader *>(self)->endRecord();
}

void CsvTableReader::endRecord()
{
    m_recordOpen = false;
    QStringList cells = std::move(m_cells);
    m_cells = QStringList();
    if (allEmpty(cells)) {
        ++m_blankRecords;
        return;
    }
    if (!m_headerRead) {
        dropTrailingEmpty(cells, 0);
        m_info.header = std::move(cells);
        m_info.headerLine = m_recordLine;
        m_headerRead = true;
        m_cells.reserve(m_info.header.size());
        return;
    }
    dropTrailingEmpty(cells, m_info.header.size());
    m_rows.push_back(SourceRow { m_recordLine, std::move(cells) });
    m_cells.reserve(m_info.header.size());
    ++m_rowCount;
}

} // namespace cardbridge::importer
