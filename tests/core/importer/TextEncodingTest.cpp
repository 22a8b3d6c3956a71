#include "importer/TextEncoding.h"

#include "importer/CsvDelimiter.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>

#include <gtest/gtest.h>

namespace cardbridge::importer {
namespace {

Result<TextScan> scan(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return scanText(buffer, QStringLiteral("list.csv"));
}

QString encodingOf(const QByteArray &bytes)
{
    auto result = scan(bytes);
    return result ? result->encoding.name : QStringLiteral("error: ") + result.error().message;
}

TEST(TextEncoding, ByteOrderMarksNameTheEncoding)
{
    EXPECT_EQ(encodingOf(QByteArray("\xEF\xBB\xBFid,name\n")), QStringLiteral("UTF-8 with BOM"));
    const QString text = QStringLiteral("id\tname\n");
    QByteArray le("\xFF\xFE", 2);
    le += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    EXPECT_EQ(encodingOf(le), QStringLiteral("UTF-16 LE"));
    QByteArray be("\xFE\xFF", 2);
    for (const QChar c : text)
        be += QByteArray(1, char(c.unicode() >> 8)) + char(c.unicode() & 0xFF);
    EXPECT_EQ(encodingOf(be), QStringLiteral("UTF-16 BE"));
    const auto result = scan(be);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->encoding.bomLength, 2);
}

TEST(TextEncoding, Utf16WithoutMarkIsRecognisedByItsZeroBytes)
{
    const QString text = QStringLiteral("Student ID\tName\r\n1001\tAna Test\r\n");
    const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    EXPECT_EQ(encodingOf(le), QStringLiteral("UTF-16 LE"));
}

TEST(TextEncoding, ValidUtf8AndPlainAscii)
{
    EXPECT_EQ(encodingOf(QByteArray("id,name\n1,Ana Test\n")), QStringLiteral("UTF-8"));
    EXPECT_EQ(
        encodingOf(QStringLiteral("id,name\n1,José Zoë 山田\n").toUtf8()), QStringLiteral("UTF-8"));
}

TEST(TextEncoding, ACharacterSplitAcrossReadChunksIsStillUtf8)
{
    QByteArray bytes(kTextChunkSize - 1, 'a');
    bytes += QStringLiteral("é\n").toUtf8(); // the two bytes of é lie in two chunks
    EXPECT_EQ(encodingOf(bytes), QStringLiteral("UTF-8"));
}

TEST(TextEncoding, LatinBytesThatAreNotUtf8AreWindows1252)
{
    // "José" and "Müller" as Excel writes them on a Western Windows system.
    EXPECT_EQ(
        encodingOf(QByteArray("id,name\n1,Jos\xE9 M\xFCller\n")), QStringLiteral("Windows-1252"));
    // Even when a detector would guess a Central European or Greek code page for short text.
    EXPECT_EQ(encodingOf(QByteArray("a,b\n1,\xC0\xE9\xE8\n")), QStringLiteral("Windows-1252"));
    // A non-UTF-8 byte far beyond the first chunk still decides.
    QByteArray late(3 * kTextChunkSize, 'a');
    late += "\n1,Fran\xE7ois\n";
    EXPECT_EQ(encodingOf(late), QStringLiteral("Windows-1252"));
}

TEST(TextEncoding, Utf8WithAStrayDamagedByteStaysUtf8)
{
    QByteArray bytes("id,name\n");
    for (int i = 0; i < 20; ++i)
        bytes += QStringLiteral("%1,José Zoë\n").arg(i).toUtf8();
    bytes += "21,broken \xE9 byte\n";
    EXPECT_EQ(encodingOf(bytes), QStringLiteral("UTF-8"));
}

TEST(TextEncoding, BinaryGarbageIsNotText)
{
    const QByteArray png
        = test::readAll(test::testDataPath(QStringLiteral("import/read/garbage.bin")));
    ASSERT_FALSE(png.isEmpty());
    auto result = scan(png);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::FileUnreadable);
    EXPECT_EQ(result.error().message, QStringLiteral("list.csv is not a text or spreadsheet file"));

    // No NUL byte, but mostly control characters.
    QByteArray controls;
    for (int i = 0; i < 4000; ++i)
        controls += char(1 + i % 8);
    EXPECT_FALSE(scan(controls));

    // A NUL inside what would otherwise be a CSV file.
    EXPECT_FALSE(scan(QByteArray("id,name\n1,Ana\0Test\n", 19)));
}

TEST(TextEncoding, HashesAllTheBytesInOnePass)
{
    QByteArray bytes;
    for (int i = 0; i < 200000; ++i)
        bytes += QByteArray::number(i) + ",Ana Test\n";
    ASSERT_GT(bytes.size(), 10 * kTextChunkSize);
    auto result = scan(bytes);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->sizeBytes, bytes.size());
    EXPECT_EQ(
        result->sha256Hex, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

TEST(CsvDelimiter, PicksTheCandidateThatIsConsistentAcrossLines)
{
    EXPECT_EQ(detectDelimiter("id,name\n1,Ana\n", false), ',');
    EXPECT_EQ(detectDelimiter("id;name;grade\n1;Test, Ana;5\n2;Sample, Ben;6\n", false), ';');
    EXPECT_EQ(detectDelimiter("id\tname\n1\tAna, Test\n", false), '\t');
    EXPECT_EQ(detectDelimiter("id|name\n1|Ana\n", false), '|');
    // Delimiters inside quotes do not count.
    EXPECT_EQ(detectDelimiter("\"a;b;c\",x\n\"1;2;3\",y\n", false), ',');
    // A single column: the default for the file kind.
    EXPECT_EQ(detectDelimiter("id\n1\n", false), ',');
    EXPECT_EQ(detectDelimiter("id\n1\n", true), '\t');
}

} // namespace
} // namespace cardbridge::importer
