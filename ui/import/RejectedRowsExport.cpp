#include "RejectedRowsExport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSaveFile>

namespace cardbridge {

namespace {

Q_LOGGING_CATEGORY(lcRejected, "cardbridge.ui.import.rejected")

QString tr(const char *text)
{
    return QCoreApplication::translate("cardbridge::RejectedRowsExport", text);
}

QString csvCell(const QString &cell)
{
    const QString safe = neutraliseCsvCell(cell);
    const bool quote = safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"'))
        || safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r'))
        || safe.startsWith(QLatin1Char(' ')) || safe.endsWith(QLatin1Char(' '));
    if (!quote)
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvLine(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out.append(csvCell(cell));
    return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

QString neutraliseCsvCell(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    static const QString risky = QStringLiteral("=+-@\t\r") + QChar(u'\0');
    return risky.contains(first) ? QLatin1Char('\'') + cell : cell;
}

Result<int> writeRejectedRows(const QString &sourcePath, const importer::ReadOptions &read,
    const QList<importer::Finding> &findings, const QString &targetPath,
    const std::function<bool(double)> &progress)
{
    // Line -> the reasons it was rejected for.
    QHash<int, QStringList> reasons;
    for (const importer::Finding &finding : findings)
        if (finding.severity == importer::Finding::Severity::Error && finding.line > 0)
            reasons[finding.line].append(finding.reason);

    auto opened = importer::openTable(sourcePath, read);
    if (!opened)
        return unexpected<Error>(opened.error());
    importer::TableReader &reader = **opened;

    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(targetPath, file.errorString()));
    // Student data: readable by this user only, before a byte is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QStringList header = reader.info().header;
    file.write("\xEF\xBB\xBF");
    file.write(csvLine(header + QStringList { QStringLiteral("reason") }));
    int written = 0;
    for (;;) {
        auto row = reader.next();
        if (!row) {
            file.cancelWriting();
            return unexpected<Error>(row.error());
        }
        if (!*row)
            break;
        const auto found = reasons.constFind((*row)->line);
        if (found != reasons.cend()) {
            QStringList cells = (*row)->cells;
            while (cells.size() < header.size())
                cells.append(QString());
            cells.append(found->join(QStringLiteral("; ")));
            file.write(csvLine(cells));
            ++written;
        }
        if (progress && !progress(reader.progress())) {
            file.cancelWriting();
            return fail(ErrorCode::Validation, tr("Cancelled: no file was written."));
        }
    }
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(targetPath, file.errorString()));
    qCInfo(lcRejected, "wrote %d rejected rows", written);
    return written;
}

} // namespace cardbridge
