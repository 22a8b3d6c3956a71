#include "importer/SourceTable.h"
#include "importer/XlsxCellText.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>

#include <gtest/gtest.h>

namespace cardbridge::importer {
namespace {

QString readPath(const QString &name)
{
    return test::testDataPath(QStringLiteral("import/read/") + name);
}

QList<SourceRow> readRows(TableReader &reader)
{
    QList<SourceRow> rows;
    for (;;) {
        auto row = reader.next();
        EXPECT_TRUE(row);
        if (!row || !row->has_value())
            return rows;
        rows.append(std::move(**row));
    }
}

QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

TEST(XlsxTableReader, ReadsTheFirstSheetWithStringsNumbersDatesAndGaps)
{
    const QString path = readPath(QStringLiteral("consent-workbook.xlsx"));
    auto reader = openTable(path);
    ASSERT_TRUE(reader) << reader.error().message.toStdString();
    const SourceInfo &info = (*reader)->info();
    EXPECT_EQ(info.format, QStringLiteral("Excel workbook"));
    EXPECT_EQ(info.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(info.delimiter.isEmpty());
    EXPECT_EQ(info.sheets, cells({ "Consent", "Roster" }));
    EXPECT_EQ(info.sheet, QStringLiteral("Consent"));
    EXPECT_EQ(info.headerLine, 1);
    EXPECT_EQ(
        info.header, cells({ "Student ID", "Last Name", "First Name", "Consent", "Date Signed" }));
    EXPECT_EQ(info.sha256Hex,
        QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256).toHex());

    const QList<SourceRow> rows = readRows(**reader);
    ASSERT_EQ(rows.size(), 4);
    // A whole number stays as it looks in Excel; rich text runs are joined; a date cell
    // becomes an ISO date.
    EXPECT_EQ(rows[0].line, 2);
    EXPECT_EQ(rows[0].cells, cells({ "1234567", "Test", "Ana Marie", "Yes", "2024-09-03" }));
    // Row 3 holds only a formatted empty cell and row 4 is missing: neither is a row. The
    // missing Last Name is an empty cell; a custom dd/mm/yyyy format is a date too.
    EXPECT_EQ(rows[1].line, 5);
    EXPECT_EQ(rows[1].cells, cells({ "2345678", "", "Cy", "No", "2024-09-04" }));
    // Exponent form, booleans, a date-time (the date is kept), a decimal beyond the header.
    EXPECT_EQ(rows[2].line, 6);
    EXPECT_EQ(rows[2].cells, cells({ "3456789", "Sample", "Ben", "TRUE", "2024-09-05", "2.5" }));
    // Cells without references, an escaped carriage return, a formula's cached text; a time
    // format and a format with quoted text are not dates.
    EXPECT_EQ(rows[3].line, 7);
    EXPECT_EQ(rows[3].cells, cells({ "4567890", "Line one\r\nLine two", "Dee", "0.5", "7" }));
    EXPECT_DOUBLE_EQ((*reader)->progress(), 1.0);
}

TEST(XlsxTableReader, ReadsANamedSheet)
{
    ReadOptions options;
    options.sheet = QStringLiteral("Roster");
    auto reader = openTable(readPath(QStringLiteral("consent-workbook.xlsx")), options);
    ASSERT_TRUE(reader) << reader.error().message.toStdString();
    EXPECT_EQ((*reader)->info().sheet, QStringLiteral("Roster"));
    EXPECT_EQ((*reader)->info().headerLine, 2);
    EXPECT_EQ((*reader)->info().header, cells({ "Grade", "Student ID" }));
    const QList<SourceRow> rows = readRows(**reader);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].line, 3);
    EXPECT_EQ(rows[0].cells, cells({ "9", "5555555" }));
}

TEST(XlsxTableReader, AnUnknownSheetListsTheSheets)
{
    ReadOptions options;
    options.sheet = QStringLiteral("Sheet9");
    auto reader = openTable(readPath(QStringLiteral("consent-workbook.xlsx")), options);
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().code, ErrorCode::FileUnreadable);
    EXPECT_EQ(reader.error().message,
        QStringLiteral("consent-workbook.xlsx has no sheet named \"Sheet9\"; its sheets are: "
                       "Consent, Roster"));
}

TEST(XlsxTableReader, Dates1904AreCountedFrom1904)
{
    auto reader = openTable(readPath(QStringLiteral("date1904.xlsx")));
    ASSERT_TRUE(reader);
    const QList<SourceRow> rows = readRows(**reader);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].cells, cells({ "1111111", "1904-01-01" }));
    EXPECT_EQ(rows[1].cells, cells({ "2222222", "2024-09-03" }));
}

TEST(XlsxTableReader, AnEmptySheetHasNoHeader)
{
    auto reader = openTable(readPath(QStringLiteral("empty-sheet.xlsx")));
    ASSERT_FALSE(reader);
    EXPECT_TRUE(
        reader.error().message.startsWith(QStringLiteral("empty-sheet.xlsx has no header")));
}

TEST(XlsxTableReader, OldExcelAndPasswordProtectedWorkbooksSaySaveAsXlsx)
{
    for (const char *name : { "legacy.xls", "password-protected.xlsx" }) {
        SCOPED_TRACE(name);
        auto reader = openTable(readPath(QString::fromLatin1(name)));
        ASSERT_FALSE(reader);
        EXPECT_EQ(reader.error().code, ErrorCode::FileUnreadable);
        EXPECT_EQ(reader.error().message,
            QString::fromLatin1(name)
                + QStringLiteral(" is an old Excel (.xls) workbook or a password-protected one: "
                                 "open it in Excel or LibreOffice and save it as .xlsx or CSV"));
    }
}

TEST(XlsxTableReader, AZipThatIsNotAWorkbookIsUnreadable)
{
    auto reader = openTable(readPath(QStringLiteral("not-a-workbook.xlsx")));
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().code, ErrorCode::FileUnreadable);
    EXPECT_TRUE(reader.error().message.contains(QStringLiteral("not an Excel workbook")))
        << reader.error().message.toStdString();
}

TEST(XlsxTableReader, ATruncatedWorkbookIsUnreadable)
{
    const QByteArray bytes = test::readAll(readPath(QStringLiteral("consent-workbook.xlsx")));
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes.left(bytes.size() / 2));
    auto reader = openTable(std::move(buffer), QStringLiteral("half.xlsx"));
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().code, ErrorCode::FileUnreadable);
    EXPECT_TRUE(reader.error().message.startsWith(QStringLiteral("half.xlsx ")));
}

// A zip entry whose compressed data is damaged (found by the import fuzzer): the XML reader
// never saw the end of the part and looped for ever. Now the damage is reported.
TEST(XlsxTableReader, ADamagedZipEntryIsReportedNotLoopedOn)
{
    auto reader = openTable(readPath(QStringLiteral("damaged-entry.xlsx")));
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().code, ErrorCode::FileUnreadable);
    EXPECT_TRUE(reader.error().message.startsWith(QStringLiteral("damaged-entry.xlsx is damaged")))
        << reader.error().message.toStdString();
}

TEST(XlsxCellText, ColumnsNumbersAndDates)
{
    EXPECT_EQ(xlsxColumnIndex(u"A1"), 0);
    EXPECT_EQ(xlsxColumnIndex(u"Z9"), 25);
    EXPECT_EQ(xlsxColumnIndex(u"AB12"), 27);
    EXPECT_EQ(xlsxColumnIndex(u"XFD1"), 16383);
    EXPECT_EQ(xlsxColumnIndex(u"12"), -1);

    EXPECT_EQ(xlsxNumberText(u"1234567"), QStringLiteral("1234567"));
    EXPECT_EQ(xlsxNumberText(u"1234567.0"), QStringLiteral("1234567"));
    EXPECT_EQ(xlsxNumberText(u"1.234567E6"), QStringLiteral("1234567"));
    EXPECT_EQ(xlsxNumberText(u"0.30000000000000004"), QStringLiteral("0.3"));
    EXPECT_EQ(xlsxNumberText(u"-12"), QStringLiteral("-12"));

    EXPECT_EQ(xlsxDateText(u"45538", false), QStringLiteral("2024-09-03"));
    EXPECT_EQ(xlsxDateText(u"1", false), QStringLiteral("1900-01-01"));
    EXPECT_EQ(xlsxDateText(u"61", false), QStringLiteral("1900-03-01"));
    EXPECT_EQ(xlsxDateText(u"not a number", false), QString());

    EXPECT_TRUE(xlsxIsDateFormat(14, {}));
    EXPECT_TRUE(xlsxIsDateFormat(22, {}));
    EXPECT_FALSE(xlsxIsDateFormat(2, {}));
    EXPECT_TRUE(xlsxIsDateFormat(164, u"yyyy-mm-dd"));
    EXPECT_TRUE(xlsxIsDateFormat(164, u"[$-409]mmmm d, yyyy;@"));
    EXPECT_FALSE(xlsxIsDateFormat(164, u"h:mm:ss"));
    EXPECT_FALSE(xlsxIsDateFormat(164, u"[Red]0.00"));
    EXPECT_FALSE(xlsxIsDateFormat(164, u"\"Day \"0"));
}

} // namespace
} // namespace cardbridge::importer
