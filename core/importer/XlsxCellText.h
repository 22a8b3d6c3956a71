#pragma once

#include <QString>
#include <QStringView>

namespace cardbridge::importer {

// How the values of an .xlsx sheet become the text a CSV of the same table would hold.

// The zero-based column of a cell reference ("A1" → 0, "AB12" → 27); -1 when it has none.
int xlsxColumnIndex(QStringView reference);

// A number as stored in the sheet, without exponent or trailing ".0" where it is whole
// ("1234567", not "1.234567E6"), otherwise with up to 15 significant digits as Excel shows it.
QString xlsxNumberText(QStringView stored);

// A date serial ("45536.5") as an ISO date ("2024-09-01"); the time of day is dropped.
// date1904: the workbook counts from 1904 (old Mac Excel). Empty when out of range.
QString xlsxDateText(QStringView stored, bool date1904);

// Whether a number format shows a date: the built-in formats 14 to 22 (and the East Asian
// date formats), or a custom format code with day, month or year parts.
bool xlsxIsDateFormat(int numFmtId, QStringView formatCode);

// Undoes Excel's _xHHHH_ escapes in strings ("_x000D_" is a carriage return).
QString xlsxUnescape(QString text);

} // namespace cardbridge::importer
