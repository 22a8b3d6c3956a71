#include "importer/SourceTable.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

namespace cardbridge::importer {
namespace {

QString readPath(const QString &name)
{
    return test::testDataPath(QStringLiteral("import/read/") + name);
}

Result<std::unique_ptr<TableReader>> openBytes(const QByteArray &bytes, const QString &name)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    return openTable(std::move(buffer), name);
}

// Every data row, or the error that stopped reading.
struct ReadResult {
    QList<SourceRow> rows;
    std::optional<Error> error;
};

ReadResult readRows(TableReader &reader)
{
    ReadResult result;
    for (;;) {
        auto row = reader.next();
        if (!row) {
            result.error = row.error();
            return result;
        }
        if (!row->has_value())
            return result;
        result.rows.append(std::move(**row));
    }
}

QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

TEST(CsvTableReader, QuotedCommasQuotesAndLineBreaksKeepTheLineWhereTheRecordStarts)
{
    const QByteArray crlf = test::readAll(readPath(QStringLiteral("quoted-crlf.csv")));
    ASSERT_FALSE(crlf.isEmpty());
    struct Variant {
        const char *lineEnd;
        QByteArray bytes;
    };
    QList<Variant> variants;
    for (const char *lineEnd : { "\r\n", "\n", "\r" })
        variants.append({ lineEnd, QByteArray(crlf).replace("\r\n", lineEnd) });

    for (const Variant &variant : variants) {
        const QByteArray &bytes = variant.bytes;
        const QString ending = QString::fromLatin1(variant.lineEnd);
        SCOPED_TRACE(QByteArray(variant.lineEnd).toHex().toStdString());
        auto reader = openBytes(bytes, QStringLiteral("quoted.csv"));
        ASSERT_TRUE(reader) << reader.error().message.toStdString();
        const SourceInfo &info = (*reader)->info();
        EXPECT_EQ(info.format, QStringLiteral("CSV"));
        EXPECT_EQ(info.delimiter, QStringLiteral(","));
        EXPECT_EQ(info.headerLine, 1);
        EXPECT_EQ(info.header, cells({ "Student ID", "Last Name", "First Name", "Note" }));

        const ReadResult read = readRows(**reader);
        ASSERT_FALSE(read.error);
        ASSERT_EQ(read.rows.size(), 3);
        EXPECT_EQ(read.rows[0].line, 2);
        EXPECT_EQ(read.rows[0].cells, cells({ "1001", "Test", "Ana", "Says \"hi\", twice" }));
        EXPECT_EQ(read.rows[1].line, 3);
        // Line breaks inside quotes are kept as the file has them.
        const QString note = QStringLiteral("Line one") + ending + QStringLiteral("Line two")
            + ending + QStringLiteral("Line three");
        EXPECT_EQ(read.rows[1].cells,
            QStringList({ QStringLiteral("1002"), QStringLiteral("Sample, Jr."),
                QStringLiteral("Ben"), note }));
        EXPECT_EQ(read.rows[2].line, 6); // after a record spanning lines 3 to 5
        EXPECT_EQ(read.rows[2].cells, cells({ "1003", "Example", "Cy", "plain" }));
        EXPECT_DOUBLE_EQ((*reader)->progress(), 1.0);
    }
}

TEST(CsvTableReader, ReadsAFileFromDiskWithItsHashAndSize)
{
    const QString path = readPath(QStringLiteral("quoted-crlf.csv"));
    auto reader = openTable(path);
    ASSERT_TRUE(reader) << reader.error().message.toStdString();
    const QByteArray bytes = test::readAll(path);
    EXPECT_EQ((*reader)->info().fileName, QStringLiteral("quoted-crlf.csv"));
    EXPECT_EQ((*reader)->info().sizeBytes, bytes.size());
    EXPECT_EQ((*reader)->info().sha256Hex,
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ((*reader)->info().sha256Hex.size(), 64);
}

TEST(CsvTableReader, Utf8WithAndWithoutByteOrderMark)
{
    auto bom = openTable(readPath(QStringLiteral("utf8-bom.csv")));
    ASSERT_TRUE(bom);
    EXPECT_EQ((*bom)->info().encoding, QStringLiteral("UTF-8 with BOM"));
    // The mark is not part of the first header cell.
    EXPECT_EQ((*bom)->info().header.first(), QStringLiteral("Student ID"));
    EXPECT_EQ(readRows(**bom).rows.value(0).cells, cells({ "1001", "José", "Test" }));

    auto plain = openTable(readPath(QStringLiteral("utf8.csv")));
    ASSERT_TRUE(plain);
    EXPECT_EQ((*plain)->info().encoding, QStringLiteral("UTF-8"));
    const ReadResult read = readRows(**plain);
    ASSERT_EQ(read.rows.size(), 2);
    EXPECT_EQ(read.rows[1].cells, cells({ "1002", "Zoë", "Ångström" }));
}

TEST(CsvTableReader, Utf16UnicodeTextIsTabSeparated)
{
    for (const char *name : { "utf16le.txt", "utf16be.txt" }) {
        SCOPED_TRACE(name);
        auto reader = openTable(readPath(QString::fromLatin1(name)));
        ASSERT_TRUE(reader) << reader.error().message.toStdString();
        const SourceInfo &info = (*reader)->info();
        EXPECT_EQ(info.encoding,
            QString::fromLatin1(
                std::string_view(name) == "utf16le.txt" ? "UTF-16 LE" : "UTF-16 BE"));
        EXPECT_EQ(info.delimiter, QStringLiteral("\t"));
        EXPECT_EQ(info.header, cells({ "Student ID", "First Name", "Last Name" }));
        const ReadResult read = readRows(**reader);
        ASSERT_EQ(read.rows.size(), 2);
        EXPECT_EQ(read.rows[0].cells, cells({ "1001", "José", "Test" }));
        EXPECT_EQ(read.rows[1].cells, cells({ "1002", "Zoë", "Sample, Jr." }));
        EXPECT_EQ(read.rows[1].line, 3);
    }
}

TEST(CsvTableReader, Utf16CharactersSplitAcrossReadChunksComeOutWhole)
{
    // Over 64 KiB of rows holding a surrogate pair: some pairs straddle a read chunk.
    QString text = QStringLiteral("Student ID\tName\n");
    const QString name = QStringLiteral("Jos\u00e9 \U0001F600 Test");
    for (int i = 0; i < 5000; ++i)
        text += QString::number(100000 + i) + u'\t' + name + u'\n';
    QByteArray bytes("\xFF\xFE", 2);
    bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    auto reader = openBytes(bytes, QStringLiteral("unicode.txt"));
    ASSERT_TRUE(reader);
    const ReadResult read = readRows(**reader);
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.rows.size(), 5000);
    for (const SourceRow &row : read.rows)
        ASSERT_EQ(row.cells.value(1), name) << "line " << row.line;
}

TEST(CsvTableReader, Windows1252IsNamedAndDecoded)
{
    auto reader = openTable(readPath(QStringLiteral("windows-1252.csv")));
    ASSERT_TRUE(reader) << reader.error().message.toStdString();
    EXPECT_EQ((*reader)->info().encoding, QStringLiteral("Windows-1252"));
    const ReadResult read = readRows(**reader);
    ASSERT_EQ(read.rows.size(), 2);
    EXPECT_EQ(read.rows[0].cells, cells({ "1001", "José", "Test", "\u201cJo\u201d" }));
    EXPECT_EQ(read.rows[1].cells, cells({ "1002", "François", "Müller", "\u20ac" }));
}

TEST(CsvTableReader, DetectsEachDelimiter)
{
    struct Case {
        const char *file;
        const char *delimiter;
        QStringList firstRow;
    };
    const Case cases[] = {
        { "quoted-crlf.csv", ",", cells({ "1001", "Test", "Ana", "Says \"hi\", twice" }) },
        { "semicolon.csv", ";", cells({ "1001", "Test, Ana", "5" }) },
        { "tab.tsv", "\t", cells({ "1001", "Ana Test", "5" }) },
        { "pipe.csv", "|", cells({ "1001", "Ana Test", "5" }) },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        auto reader = openTable(readPath(QString::fromLatin1(c.file)));
        ASSERT_TRUE(reader);
        EXPECT_EQ((*reader)->info().delimiter, QString::fromLatin1(c.delimiter));
        EXPECT_EQ(readRows(**reader).rows.value(0).cells, c.firstRow);
    }
}

TEST(CsvTableReader, SkipsBlankLinesAndRowsOfEmptyCells)
{
    auto reader = openTable(readPath(QStringLiteral("blank-lines.csv")));
    ASSERT_TRUE(reader);
    EXPECT_EQ((*reader)->info().headerLine, 3);
    const ReadResult read = readRows(**reader);
    ASSERT_EQ(read.rows.size(), 2);
    EXPECT_EQ(read.rows[0].line, 5);
    EXPECT_EQ(read.rows[0].cells, cells({ "1001", "Ana Test" }));
    EXPECT_EQ(read.rows[1].line, 8);
    EXPECT_EQ(read.rows[1].cells, cells({ "1002", "Ben Sample" }));
}

TEST(CsvTableReader, DropsTrailingEmptyCellsBeyondTheHeader)
{
    auto reader = openTable(readPath(QStringLiteral("trailing-empty.csv")));
    ASSERT_TRUE(reader);
    EXPECT_EQ((*reader)->info().header, cells({ "Student ID", "Name" }));
    const ReadResult read = readRows(**reader);
    ASSERT_EQ(read.rows.size(), 3);
    EXPECT_EQ(read.rows[0].cells, cells({ "1001", "Ana Test" }));
    EXPECT_EQ(read.rows[1].cells, cells({ "1002", "Ben Sample" }));
    // A value beyond the header is not dropped: the validator reports it.
    EXPECT_EQ(read.rows[2].cells, cells({ "1003", "Cy Example", "x" }));
}

TEST(CsvTableReader, PassesRaggedRowsOnAsTheyAre)
{
    auto reader = openTable(readPath(QStringLiteral("ragged.csv")));
    ASSERT_TRUE(reader);
    const ReadResult read = readRows(**reader);
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.rows.size(), 2);
    EXPECT_EQ(read.rows[0].cells, cells({ "1001", "Ana Test" }));
    EXPECT_EQ(read.rows[1].cells, cells({ "1002", "Ben Sample", "5", "extra" }));
}

TEST(CsvTableReader, AQuoteNeverClosedNamesTheLineWhereItOpened)
{
    auto reader = openTable(readPath(QStringLiteral("unclosed-quote.csv")));
    ASSERT_TRUE(reader);
    const ReadResult read = readRows(**reader);
    ASSERT_EQ(read.rows.size(), 1); // the row before it is read normally
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->code, ErrorCode::FileUnreadable);
    EXPECT_TRUE(read.error->message.contains(QStringLiteral("unclosed-quote.csv")));
    EXPECT_TRUE(read.error->message.contains(QStringLiteral("line 3")))
        << read.error->message.toStdString();
    // No student data in the message.
    EXPECT_FALSE(read.error->message.contains(QStringLiteral("Ben")));
    // Asking again gives the same error, not rows.
    EXPECT_FALSE((*reader)->next());
}

TEST(CsvTableReader, AQuoteNeverClosedInTheHeaderFailsOnOpen)
{
    auto reader = openBytes(QByteArray("Student ID,\"Name\n1001,Ana\n"), QStringLiteral("h.csv"));
    ASSERT_FALSE(reader);
    EXPECT_TRUE(reader.error().message.contains(QStringLiteral("line 1")));
}

TEST(CsvTableReader, AStrayQuoteInsideAnUnquotedValueIsKeptAsText)
{
    auto reader = openBytes(
        QByteArray("id,name,grade\n1,Ana \"Nan\" Test,5\n2,Ben,6\n"), QStringLiteral("s.csv"));
    ASSERT_TRUE(reader);
    const ReadResult read = readRows(**reader);
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.rows.size(), 2);
    EXPECT_EQ(read.rows[0].cells, cells({ "1", "Ana \"Nan\" Test", "5" }));
    EXPECT_EQ(read.rows[1].line, 3);
}

TEST(CsvTableReader, AnEmptyFileIsUnreadable)
{
    auto reader = openTable(readPath(QStringLiteral("empty.csv")));
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().code, ErrorCode::FileUnreadable);
    EXPECT_EQ(reader.error().message, QStringLiteral("empty.csv is empty"));

    auto onlyBom = openBytes(QByteArray("\xEF\xBB\xBF"), QStringLiteral("bom.csv"));
    ASSERT_FALSE(onlyBom);
    EXPECT_EQ(onlyBom.error().message, QStringLiteral("bom.csv is empty"));

    auto blank = openBytes(QByteArray("\r\n\r\n  \r\n"), QStringLiteral("blank.csv"));
    ASSERT_FALSE(blank);
    EXPECT_TRUE(blank.error().message.contains(QStringLiteral("no header")));
}

TEST(CsvTableReader, AHeaderWithoutRowsIsNotAnError)
{
    auto reader = openTable(readPath(QStringLiteral("header-only.csv")));
    ASSERT_TRUE(reader);
    EXPECT_EQ((*reader)->info().header, cells({ "Student ID", "Name" }));
    const ReadResult read = readRows(**reader);
    EXPECT_FALSE(read.error);
    EXPECT_TRUE(read.rows.isEmpty());
}

TEST(CsvTableReader, TheLastRecordNeedsNoLineEnd)
{
    auto reader = openBytes(QByteArray("id,name\n1,\"Ana\nTest\""), QStringLiteral("a.csv"));
    ASSERT_TRUE(reader);
    const ReadResult read = readRows(**reader);
    ASSERT_EQ(read.rows.size(), 1);
    EXPECT_EQ(read.rows[0].line, 2);
    EXPECT_EQ(read.rows[0].cells, cells({ "1", "Ana\nTest" }));
}

TEST(CsvTableReader, ASingleTenMegabyteFieldIsRead)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("big.csv"));
    const qsizetype size = 10 * 1024 * 1024;
    qsizetype breaks = 0;
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("id,note,grade\n1,\"");
        QByteArray block(1024 * 1024, 'a');
        for (int i = 0; i < 1024 * 1024; i += 1000)
            block[i] = '\n'; // line breaks inside the quoted value
        for (qsizetype written = 0; written < size; written += block.size()) {
            file.write(block);
            breaks += block.count('\n');
        }
        file.write("\",5\n2,short,6\n");
    }
    auto reader = openTable(path);
    ASSERT_TRUE(reader);
    const ReadResult read = readRows(**reader);
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.rows.size(), 2);
    EXPECT_EQ(read.rows[0].cells.value(1).size(), size);
    EXPECT_EQ(read.rows[0].cells.value(2), QStringLiteral("5"));
    EXPECT_EQ(read.rows[1].line, 2 + breaks + 1);
    EXPECT_EQ(read.rows[1].cells, cells({ "2", "short", "6" }));
}

TEST(CsvTableReader, ProgressGrowsWithTheBytesRead)
{
    QByteArray bytes("id,name\n");
    for (int i = 0; i < 20000; ++i)
        bytes += QByteArray::number(1000000 + i) + ",Ana Test\n";
    auto reader = openBytes(bytes, QStringLiteral("p.csv"));
    ASSERT_TRUE(reader);
    const double atStart = (*reader)->progress();
    EXPECT_LT(atStart, 0.5);
    for (int i = 0; i < 15000; ++i)
        ASSERT_TRUE((*reader)->next());
    EXPECT_GT((*reader)->progress(), atStart);
    EXPECT_LT((*reader)->progress(), 1.0);
    readRows(**reader);
    EXPECT_DOUBLE_EQ((*reader)->progress(), 1.0);
}

} // namespace
} // namespace cardbridge::importer
