#include "importer/XlsxWorkbook.h"

#include "importer/XlsxCellText.h"

#include <QHash>
#include <QLoggingCategory>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace cardbridge::importer {

namespace {
Q_LOGGING_CATEGORY(lcXlsxParts, "cardbridge.importer.xlsx.parts")

struct Relationship {
    QString type; // the last segment of the type URI: "worksheet", "sharedStrings", ...
    QString target; // a zip entry name
};

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// A relationship target, relative to the part's folder or absolute from the package root,
// as a zip entry name.
QString resolveTarget(const QString &baseDirectory, const QString &target)
{
    QStringList segments;
    if (!target.startsWith(u'/') && !baseDirectory.isEmpty())
        segments = baseDirectory.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : target.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (segment != QLatin1String(".")) {
            segments.append(segment);
        }
    }
    return segments.join(u'/');
}

Error damaged(const QString &fileName, const QString &part)
{
    return Error { ErrorCode::FileUnreadable,
        QStringLiteral("%1 is damaged: its part %2 could not be read").arg(fileName, part) };
}

// Relationship id → relationship, from the .rels part of the given part ("" for the package).
Result<QHash<QString, Relationship>> readRelationships(
    QuaZip &zip, const QString &part, const QString &fileName)
{
    const QString relsPart = part.isEmpty()
        ? QStringLiteral("_rels/.rels")
        : resolveTarget(directoryOf(part),
            QStringLiteral("_rels/") + part.mid(part.lastIndexOf(u'/') + 1)
                + QStringLiteral(".rels"));
    QHash<QString, Relationship> relationships;
    auto file = openXlsxPart(zip, relsPart);
    if (!file)
        return relationships; // no relationships: the caller falls back on the usual names
    QXmlStreamReader xml(file.get());
    while (xlsxXmlReadsOn(xml)) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QString type = attributes.value(QLatin1String("Type")).toString();
        relationships.insert(attributes.value(QLatin1String("Id")).toString(),
            { type.mid(type.lastIndexOf(u'/') + 1),
                resolveTarget(
                    directoryOf(part), attributes.value(QLatin1String("Target")).toString()) });
    }
    if (xml.hasError())
        return unexpected<Error>(damaged(fileName, relsPart));
    return relationships;
}

QString targetOfType(const QHash<QString, Relationship> &relationships, QLatin1String type)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type == type)
            return relationship.target;
    }
    return {};
}

} // namespace

bool xlsxXmlReadsOn(const QXmlStreamReader &xml)
{
    return !xml.atEnd() && !xml.hasError();
}

QString readXlsxStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && xlsxXmlReadsOn(xml)) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text.contains(QLatin1String("_x")) ? xlsxUnescape(std::move(text)) : text;
}

namespace {

Status readSharedStrings(
    QuaZip &zip, const QString &part, const QString &fileName, QStringList &strings)
{
    auto file = openXlsxPart(zip, part);
    if (!file)
        return {}; // a workbook without text has no shared strings part
    QXmlStreamReader xml(file.get());
    while (xlsxXmlReadsOn(xml)) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(readXlsxStringItem(xml));
    }
    if (xml.hasError())
        return unexpected<Error>(damaged(fileName, part));
    return {};
}

Status readDateStyles(
    QuaZip &zip, const QString &part, const QString &fileName, QList<bool> &dateStyles)
{
    auto file = openXlsxPart(zip, part);
    if (!file)
        return {};
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    QXmlStreamReader xml(file.get());
    while (xlsxXmlReadsOn(xml)) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const QXmlStreamAttributes attributes = xml.attributes();
            if (name == QLatin1String("numFmt")) {
                customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                    attributes.value(QLatin1String("formatCode")).toString());
            } else if (name == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && name == QLatin1String("xf")) {
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                dateStyles.append(xlsxIsDateFormat(id, customFormats.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return unexpected<Error>(damaged(fileName, part));
    return {};
}

Error notAWorkbook(QuaZip &zip, const QString &fileName)
{
    const QStringList entries = zip.getFileNameList();
    const auto has
        = [&](QLatin1String name) { return entries.contains(QString(name), Qt::CaseInsensitive); };
    QString message;
    if (has(QLatin1String("xl/workbook.bin")))
        message = QStringLiteral("%1 is an Excel binary workbook (.xlsb): open it in Excel or "
                                 "LibreOffice and save it as .xlsx or CSV");
    else if (has(QLatin1String("content.xml")) && has(QLatin1String("mimetype")))
        message = QStringLiteral("%1 is an OpenDocument file (.ods): open it in LibreOffice and "
                                 "save it as .xlsx or CSV");
    else
        message = QStringLiteral("%1 is a zip archive, not an Excel workbook (.xlsx) or CSV file");
    return Error { ErrorCode::FileUnreadable, message.arg(fileName) };
}

} // namespace

std::unique_ptr<QuaZipFile> openXlsxPart(QuaZip &zip, const QString &part)
{
    if (part.isEmpty() || !zip.setCurrentFile(part, QuaZip::csInsensitive))
        return nullptr;
    auto file = std::make_unique<QuaZipFile>(&zip);
    if (!file->open(QIODevice::ReadOnly)) {
        qCWarning(lcXlsxParts) << "zip entry could not be opened, zip error" << file->getZipError();
        return nullptr;
    }
    return file;
}

Result<XlsxWorkbook> readXlsxWorkbook(QuaZip &zip, const QString &fileName)
{
    auto packageRelationships = readRelationships(zip, QString(), fileName);
    if (!packageRelationships)
        return unexpected<Error>(packageRelationships.error());
    QString workbookPart = targetOfType(*packageRelationships, QLatin1String("officeDocument"));
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");

    XlsxWorkbook workbook;
    QStringList sheetIds;
    {
        auto file = openXlsxPart(zip, workbookPart);
        if (!file || !workbookPart.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
            return unexpected<Error>(notAWorkbook(zip, fileName));
        QXmlStreamReader xml(file.get());
        while (xlsxXmlReadsOn(xml)) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto value = attributes.value(QLatin1String("date1904"));
                workbook.date1904 = value == QLatin1String("1") || value == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                QString id;
                for (const QXmlStreamAttribute &attribute : attributes) {
                    if (attribute.name() == QLatin1String("id")
                        && !attribute.namespaceUri().isEmpty())
                        id = attribute.value().toString();
                }
                workbook.sheetNames.append(attributes.value(QLatin1String("name")).toString());
                sheetIds.append(id);
            }
        }
        if (xml.hasError())
            return unexpected<Error>(damaged(fileName, workbookPart));
    }

    auto relationships = readRelationships(zip, workbookPart, fileName);
    if (!relationships)
        return unexpected<Error>(relationships.error());
    for (qsizetype i = 0; i < sheetIds.size(); ++i) {
        const Relationship relationship = relationships->value(sheetIds.at(i));
        // A chart sheet or dialog sheet has no cells; it stays in the list but reads as empty.
        workbook.sheetParts.append(relationship.target);
    }

    QString sharedStringsPart = targetOfType(*relationships, QLatin1String("sharedStrings"));
    if (sharedStringsPart.isEmpty())
        sharedStringsPart
            = resolveTarget(directoryOf(workbookPart), QStringLiteral("sharedStrings.xml"));
    if (Status read = readSharedStrings(zip, sharedStringsPart, fileName, workbook.sharedStrings);
        !read)
        return unexpected<Error>(read.error());

    QString stylesPart = targetOfType(*relationships, QLatin1String("styles"));
    if (stylesPart.isEmpty())
        stylesPart = resolveTarget(directoryOf(workbookPart), QStringLiteral("styles.xml"));
    if (Status read = readDateStyles(zip, stylesPart, fileName, workbook.dateStyles); !read)
        return unexpected<Error>(read.error());

    qCInfo(lcXlsxParts) << "workbook:" << workbook.sheetNames.size() << "sheets,"
                        << workbook.sharedStrings.size() << "shared strings,"
                        << workbook.dateStyles.size() << "cell styles";
    return workbook;
}

} // namespace cardbridge::importer
