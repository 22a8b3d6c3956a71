#include "importer/SourceTable.h"

#include "importer/CsvTableReader.h"
#include "importer/TextEncoding.h"
#include "importer/XlsxTableReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace cardbridge::importer {

namespace {
Q_LOGGING_CATEGORY(lcSource, "cardbridge.importer.source")

const QByteArray kZipMagic("PK\x03\x04", 4);
const QByteArray kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

Result<QByteArray> sha256Of(QIODevice &device, const QString &fileName)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!device.seek(0) || !hash.addData(&device))
        return fail(
            ErrorCode::FileUnreadable, QStringLiteral("%1 could not be read").arg(fileName));
    return hash.result().toHex();
}

} // namespace

Result<std::unique_ptr<TableReader>> openTable(const QString &path, const ReadOptions &options)
{
    const QString fileName = QFileInfo(path).fileName();
    auto file = std::make_unique<QFile>(path);
    if (QFileInfo(path).isDir() || !file->open(QIODevice::ReadOnly)) {
        qCInfo(lcSource) << "open failed:" << file->error();
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 could not be opened: %2")
                .arg(fileName,
                    QFileInfo(path).isDir() ? QStringLiteral("it is a folder")
                                            : file->errorString()));
    }
    return openTable(std::move(file), fileName, options);
}

Result<std::unique_ptr<TableReader>> openTable(
    std::unique_ptr<QIODevice> device, const QString &fileName, const ReadOptions &options)
{
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::FileUnreadable, QStringLiteral("%1 could not be opened").arg(fileName));
    if (!device->isReadable() || device->isSequential() || !device->seek(0))
        return fail(
            ErrorCode::FileUnreadable, QStringLiteral("%1 could not be read").arg(fileName));

    const QByteArray magic = device->peek(8);
    if (magic.isEmpty())
        return fail(ErrorCode::FileUnreadable, QStringLiteral("%1 is empty").arg(fileName));
    if (magic.startsWith(kOleMagic))
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 is an old Excel (.xls) workbook or a password-protected one: open "
                           "it in Excel or LibreOffice and save it as .xlsx or CSV")
                .arg(fileName));

    SourceInfo info;
    info.fileName = fileName;
    info.sizeBytes = device->size();
    const bool workbook = magic.startsWith(kZipMagic);
    TextEncoding encoding;
    if (workbook) {
        auto sha = sha256Of(*device, fileName);
        if (!sha)
            return unexpected<Error>(sha.error());
        info.sha256Hex = *sha;
    } else {
        auto scan = scanText(*device, fileName);
        if (!scan)
            return unexpected<Error>(scan.error());
        info.sha256Hex = scan->sha256Hex;
        info.sizeBytes = scan->sizeBytes;
        encoding = scan->encoding;
        qCInfo(lcSource) << "text file," << scan->sizeBytes << "bytes, encoding" << encoding.name;
    }
    // The hash (and the encoding scan) read the whole file: both readers start from byte one.
    if (!device->seek(0))
        return fail(
            ErrorCode::FileUnreadable, QStringLiteral("%1 could not be read").arg(fileName));
    if (workbook)
        return XlsxTableReader::open(std::move(device), std::move(info), options);
    return CsvTableReader::open(std::move(device), std::move(info), encoding);
}

} // namespace cardbridge::importer
