#pragma once

#include "common/Error.h"

#include <QList>
#include <QStringList>

#include <memory>

class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

namespace cardbridge::importer {

// What an .xlsx package says about itself before any sheet is read: the sheets in workbook
// order and where each lives, the shared strings (held in memory) and which cell styles show
// dates.
struct XlsxWorkbook {
    QStringList sheetNames;
    QStringList sheetParts; // the zip entry of each sheet, in the same order
    bool date1904 = false;
    QStringList sharedStrings;
    QList<bool> dateStyles; // by cell style index (a cell's s attribute)
};

// Reads the package's relationships, workbook, shared strings and styles from an open zip.
// ErrorCode::FileUnreadable naming fileName when the zip is not an Excel workbook (an .xlsb or
// .ods is named as such) or a part is damaged.
Result<XlsxWorkbook> readXlsxWorkbook(QuaZip &zip, const QString &fileName);

// One part (zip entry) of the package opened for streaming; nullptr when it is missing or
// cannot be opened (an encrypted entry, say).
std::unique_ptr<QuaZipFile> openXlsxPart(QuaZip &zip, const QString &part);

// Whether a loop over a part may read on. QXmlStreamReader::atEnd() stays false after a read
// error on a device that is not at its end (a damaged zip entry), so the loop also stops there.
bool xlsxXmlReadsOn(const QXmlStreamReader &xml);

// The text of the <si> or <is> element the reader is on: its <t>, or the <t> of each rich-text
// run <r>; phonetic guides (<rPh>) are not part of the value. Leaves the reader on the end tag.
QString readXlsxStringItem(QXmlStreamReader &xml);

} // namespace cardbridge::importer
