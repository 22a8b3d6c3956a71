#include "DeskAppOptions.h"

#include "demo/DemoStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace cardbridge {

namespace {

const QString kStoreOption = QStringLiteral("store");
const QString kDemoOption = QStringLiteral("demo");
const QString kCameraFileOption = QStringLiteral("camera-file");

QString tr(const char *text)
{
    return QCoreApplication::translate("cardbridge::DeskAppOptions", text);
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("CardBridge desk: scan a student ID card and see whether it works as a library "
           "card, and as which patron."));
    parser.addOption(QCommandLineOption(kStoreOption,
        tr("Open the store at <path> (default: %1).").arg(defaultStorePath()), tr("path")));
    parser.addOption(QCommandLineOption(kDemoOption,
        tr("Open the demo store (synthetic data; created on first use). With --store, "
           "treat that path as the demo store.")));
    parser.addOption(QCommandLineOption(kCameraFileOption,
        tr("Play the video <file> in the camera panel instead of using a camera, and start "
           "it at once (for testing and demonstrations)."),
        tr("file")));
}

DeskAppOptions optionsFrom(const QCommandLineParser &parser)
{
    DeskAppOptions options;
    options.demo = parser.isSet(kDemoOption);
    options.cameraFile = parser.value(kCameraFileOption);
    const bool storeGiven = parser.isSet(kStoreOption);
    if (storeGiven)
        options.storePath = parser.value(kStoreOption);
    else
        options.storePath = options.demo ? defaultDemoStorePath() : defaultStorePath();
    options.demoStorePath = options.demo && storeGiven ? options.storePath : defaultDemoStorePath();
    return options;
}

} // namespace

QString cardbridgeVersion()
{
    return QStringLiteral(CARDBRIDGE_VERSION);
}

Result<DeskAppOptions> parseDeskAppOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeOptions(parser);
    if (!parser.parse(arguments))
        return fail(ErrorCode::InvalidArgument, parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
            tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    }
    return optionsFrom(parser);
}

DeskAppOptions parseDeskAppOptionsOrExit(const QCoreApplication &app)
{
    QCommandLineParser parser;
    describeOptions(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        qCritical("%s",
            qPrintable(
                tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())));
        parser.showHelp(2);
    }
    return optionsFrom(parser);
}

} // namespace cardbridge
