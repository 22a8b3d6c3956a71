#include "cli/Commands.h"
#include "common/Clock.h"
#include "importer/ConsentImporter.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cardbridge::cli {

namespace {

using namespace cardbridge::importer;

QString delimiterName(const QString &delimiter)
{
    return delimiter == QStringLiteral("\t") ? QStringLiteral("tab") : delimiter;
}

QJsonArray findingsJson(const QList<Finding> &findings, Finding::Severity severity)
{
    QJsonArray list;
    for (const Finding &finding : findings)
        if (finding.severity == severity)
            list.append(QJsonObject { { QStringLiteral("line"), finding.line },
                { QStringLiteral("column"), finding.column },
                { QStringLiteral("reason"), finding.reason } });
    return list;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The one JSON object of the contract, also when the file could not be read at all (then
// encoding and delimiter are null, the counts zero and the reason the one error).
QJsonObject outcomeJson(const QString &path, const ImportOutcome *outcome, const QString &reason)
{
    const ImportOutcome nothingRead;
    const ImportReview &review = (outcome ? *outcome : nothingRead).review;
    QJsonObject json { { QStringLiteral("file"), QFileInfo(path).fileName() },
        { QStringLiteral("encoding"), textOrNull(review.source.encoding) },
        { QStringLiteral("delimiter"), textOrNull(review.source.delimiter) },
        { QStringLiteral("format"), textOrNull(review.source.format) },
        { QStringLiteral("large_change"), review.largeChange } };
    const QJsonObject counts = importCountsJson(review.counts);
    for (auto it = counts.begin(); it != counts.end(); ++it)
        json.insert(it.key(), it.value());
    if (outcome) {
        json.insert(
            QStringLiteral("errors"), findingsJson(review.findings, Finding::Severity::Error));
        json.insert(
            QStringLiteral("warnings"), findingsJson(review.findings, Finding::Severity::Warning));
    } else {
        json.insert(QStringLiteral("errors"),
            QJsonArray { QJsonObject { { QStringLiteral("line"), 0 },
                { QStringLiteral("column"), QString() }, { QStringLiteral("reason"), reason } } });
        json.insert(QStringLiteral("warnings"), QJsonArray());
    }
    const bool committed = outcome && outcome->committed;
    json.insert(QStringLiteral("committed"), committed);
    json.insert(QStringLiteral("batch"),
        committed && outcome->batchId ? QJsonValue(double(*outcome->batchId))
                                      : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("message"), outcome ? outcome->message : reason);
    return json;
}

void printText(CliContext &context, const ImportOutcome &outcome)
{
    const ImportReview &review = outcome.review;
    const ImportCounts &counts = review.counts;
    context.out << review.source.fileName << ": " << review.source.format;
    if (!review.source.encoding.isEmpty())
        context.out << ", " << review.source.encoding;
    if (!review.source.delimiter.isEmpty())
        context.out << ", separated by " << delimiterName(review.source.delimiter);
    context.out << Qt::endl;
    for (const Finding &finding : review.findings) {
        context.out << "  line " << finding.line;
        if (!finding.column.isEmpty())
            context.out << ", " << finding.column;
        context.out << (finding.severity == Finding::Severity::Error ? ": rejected: " : ": note: ")
                    << finding.reason << Qt::endl;
    }
    context.out << counts.rows << " rows: " << counts.accepted << " accepted, " << counts.rejected
                << " rejected; " << counts.created << " new, " << counts.updated << " updated, "
                << counts.unchanged << " unchanged, " << counts.withdrawn << " withdrawn, "
                << counts.departed << " departed";
    if (counts.notStored > 0)
        context.out << ", " << counts.notStored << " not stored (no consent under opt-in)";
    context.out << Qt::endl;
    if (review.largeChange)
        context.out << "Large change: " << review.largeChangeReason << Qt::endl;
    context.out << outcome.message << Qt::endl;
}

int finish(CliContext &context, const QString &path, const ImportOutcome &outcome)
{
    if (context.json)
        context.out << QJsonDocument(outcomeJson(path, &outcome, {})).toJson(QJsonDocument::Compact)
                    << Qt::endl;
    else
        printText(context, outcome);
    return outcome.review.counts.rejected > 0 || outcome.refused ? kFindings : kDone;
}

int fileProblem(CliContext &context, const QString &path, const Error &error)
{
    if (context.json)
        context.out << QJsonDocument(outcomeJson(path, nullptr, error.message))
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
    return context.report(error);
}

} // namespace

int runImport(CliContext &context)
{
    if (context.arguments.size() != 1)
        return context.report({ ErrorCode::InvalidArgument,
            QStringLiteral("import needs exactly one FILE (CSV, tab-separated or .xlsx)") });
    const QString path = context.arguments.constFirst();
    int exitCode = kDone;
    auto store = context.openStore(&exitCode);
    if (!store)
        return exitCode;

    ImportSettings settings = context.importSettings;
    ConsentImporter importer(store->database(), SystemClock::instance());
    auto review = importer.review(path, settings);
    if (!review) {
        if (review.error().code == ErrorCode::FileUnreadable
            || review.error().code == ErrorCode::Validation)
            return fileProblem(
                context, path, { ErrorCode::FileUnreadable, review.error().message });
        return context.report(review.error());
    }
    if (context.importDryRun) {
        ImportOutcome outcome;
        outcome.review = *review;
        outcome.message = QStringLiteral("Dry run: nothing was changed.");
        return finish(context, path, outcome);
    }
    auto outcome = importer.commit();
    if (!outcome) {
        if (outcome.error().code == ErrorCode::FileUnreadable)
            return fileProblem(context, path, outcome.error());
        return context.report(outcome.error());
    }
    return finish(context, path, *outcome);
}

} // namespace cardbridge::cli
