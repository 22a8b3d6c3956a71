#include "barcode/ImageDecoder.h"
#include "cli/Commands.h"
#include "store/AgreementRepository.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cardbridge::cli {

namespace {

// The symbologies of the card rules in the store, or every card symbology without a store.
Result<QList<Symbology>> symbologiesFor(CliContext &context, int *exitCode)
{
    if (!context.storeGiven)
        return allCardSymbologies();
    auto store = context.openStore(exitCode);
    if (!store)
        return fail(ErrorCode::InvalidArgument, QString());
    auto schools = AgreementRepository(store->database()).schools();
    if (!schools)
        return unexpected(schools.error());
    QList<Symbology> symbologies;
    for (const SchoolRecord &school : std::as_const(*schools))
        for (const Symbology symbology : school.cardRule.symbologies)
            if (!symbologies.contains(symbology))
                symbologies.append(symbology);
    return symbologies.isEmpty() ? allCardSymbologies() : symbologies;
}

} // namespace

int runDecode(CliContext &context)
{
    if (context.arguments.isEmpty())
        return context.report(
            { ErrorCode::InvalidArgument, QStringLiteral("decode needs image files") });
    int exitCode = kDone;
    auto symbologies = symbologiesFor(context, &exitCode);
    if (!symbologies)
        return exitCode != kDone ? exitCode : context.report(symbologies.error());
    DecodeOptions options;
    options.symbologies = *symbologies;

    int result = kDone;
    for (const QString &file : std::as_const(context.arguments)) {
        QJsonObject object { { QStringLiteral("file"), file } };
        QImageReader reader(file);
        const QImage image = reader.read();
        if (image.isNull()) {
            const QString why
                = QFileInfo::exists(file) ? reader.errorString() : QStringLiteral("file not found");
            object.insert(QStringLiteral("error"), why);
            object.insert(QStringLiteral("codes"), QJsonArray());
            result = kFindings;
            if (!context.json)
                context.err << file << ": cannot read the image: " << why << Qt::endl;
        } else {
            QJsonArray codes;
            if (const auto decoded = decodeImage(image, options)) {
                codes.append(
                    QJsonObject { { QStringLiteral("format"), symbologyName(decoded->symbology) },
                        { QStringLiteral("text"), decoded->text } });
                if (!context.json)
                    context.out << file << "\t" << symbologyName(decoded->symbology) << "\t"
                                << decoded->text << Qt::endl;
            } else if (!context.json) {
                context.out << file << "\tno code found" << Qt::endl;
            }
            object.insert(QStringLiteral("codes"), codes);
        }
        if (context.json)
            context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return result;
}

} // namespace cardbridge::cli
