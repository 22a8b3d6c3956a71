#include "cli/Cli.h"

#include "cli/Commands.h"
#include "demo/DemoStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cardbridge::cli {

namespace {

constexpr auto kHelpTail = R"(
Commands:
  init                          create a new, empty store (refuses to overwrite)
  demo [--students N] [--seed S]
                                create a demo store with synthetic students
                                (default path: the desk's demo store)
  lookup [--json] CODE...       the desk verdict for each card code
  lookup [--json] -             one code per line from standard input, answers streamed
  decode [--json] IMAGE...      decode barcodes in image files (no store needed)
  agreement apply FILE          validate and apply an agreement JSON file
  agreement show                print the current agreement as JSON
  info [--json]                 store version, counts, cipher and key-slot parameters
  import [--json] [--dry-run] [--strict] [--full-sync] [--confirm-large-change]
         [--profile NAME] [--restore-leading-zeros] [--sheet NAME]
         [--consent-list FILE] [--account NAME] FILE
                                validate a consent list or roster (CSV, tab-separated,
                                .xlsx, OneRoster users.csv) and commit its valid rows
                                as one batch

Passphrase: --passphrase-file FILE, else $CARDBRIDGE_PASSPHRASE, else a prompt without echo.

Exit codes:
  0  done
  1  done with findings (an unreadable image, a rejected line, an invalid agreement)
  2  usage error
  3  wrong passphrase, or no passphrase available
  4  store missing, damaged, made by a newer CardBridge, or already there (init, demo)
  5  import: the file as a whole could not be read; nothing was committed
)";

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CardBridge command line: stores, lookups, "
                                                    "decoding and agreements."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption versionOption(
        QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QStringLiteral("The store file."), QStringLiteral("PATH"));
    const QCommandLineOption passphraseFileOption(QStringLiteral("passphrase-file"),
        QStringLiteral("Read the passphrase from FILE."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption studentsOption(QStringLiteral("students"),
        QStringLiteral("demo: number of students (400)."), QStringLiteral("N"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("demo: random seed (2026)."), QStringLiteral("S"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
        QStringLiteral("import: show what would change, change nothing."));
    const QCommandLineOption strictOption(QStringLiteral("strict"),
        QStringLiteral("import: commit nothing when any row is rejected."));
    const QCommandLineOption fullSyncOption(QStringLiteral("full-sync"),
        QStringLiteral("import: students of the file's schools missing from it depart."));
    const QCommandLineOption confirmOption(QStringLiteral("confirm-large-change"),
        QStringLiteral("import: go ahead although a full sync changes a lot."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QStringLiteral("import: column mapping profile (generic, oneroster, or saved)."),
        QStringLiteral("NAME"));
    const QCommandLineOption zerosOption(QStringLiteral("restore-leading-zeros"),
        QStringLiteral("import: pad student numbers a spreadsheet shortened."));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
        QStringLiteral("import: the .xlsx sheet to read (default: the first)."),
        QStringLiteral("NAME"));
    const QCommandLineOption consentListOption(QStringLiteral("consent-list"),
        QStringLiteral("import: consent decisions for a roster, joined on student number."),
        QStringLiteral("FILE"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
        QStringLiteral("import: who imports, for the batch record (default: cli)."),
        QStringLiteral("NAME"));
    parser.addOptions({ helpOption, versionOption, storeOption, passphraseFileOption, jsonOption,
        studentsOption, seedOption, dryRunOption, strictOption, fullSyncOption, confirmOption,
        profileOption, zerosOption, sheetOption, consentListOption, accountOption });
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("See the commands below."));

    CliContext context;
    const QString helpText = parser.helpText() + QString::fromLatin1(kHelpTail);
    if (!parser.parse(arguments)) {
        context.err << "cardbridge-cli: " << parser.errorText() << Qt::endl
                    << "Try cardbridge-cli --help." << Qt::endl;
        return kUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out << helpText;
        context.out.flush();
        return kDone;
    }
    if (parser.isSet(versionOption)) {
        context.out << "cardbridge-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return kDone;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        context.err << helpText;
        return kUsage;
    }
    const QString command = positional.takeFirst();
    context.arguments = positional;
    context.json = parser.isSet(jsonOption);
    context.storeGiven = parser.isSet(storeOption);
    context.passphraseFile = parser.value(passphraseFileOption);
    context.storePath = context.storeGiven  ? parser.value(storeOption)
        : command == QStringLiteral("demo") ? defaultDemoStorePath()
                                            : defaultStorePath();
    importer::ImportSettings &import = context.importSettings;
    import.strict = parser.isSet(strictOption);
    import.fullSync = parser.isSet(fullSyncOption);
    import.confirmLargeChange = parser.isSet(confirmOption);
    import.validation.restoreLeadingZeros = parser.isSet(zerosOption);
    import.read.sheet = parser.value(sheetOption);
    import.consentListPath = parser.value(consentListOption);
    import.profile = parser.value(profileOption);
    if (parser.isSet(accountOption))
        import.account = parser.value(accountOption);
    context.importDryRun = parser.isSet(dryRunOption);
    bool ok = true;
    if (parser.isSet(studentsOption))
        context.students = parser.value(studentsOption).toInt(&ok);
    if (ok && parser.isSet(seedOption))
        context.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return context.report({ ErrorCode::InvalidArgument,
            QStringLiteral("--students and --seed take whole numbers") });

    using Runner = int (*)(CliContext &);
    const QList<QPair<QString, Runner>> commands = {
        { QStringLiteral("init"), &runInit },
        { QStringLiteral("demo"), &runDemo },
        { QStringLiteral("lookup"), &runLookup },
        { QStringLiteral("decode"), &runDecode },
        { QStringLiteral("agreement"), &runAgreement },
        { QStringLiteral("info"), &runInfo },
        { QStringLiteral("import"), &runImport },
    };
    for (const auto &[name, runner] : commands)
        if (name == command)
            return runner(context);
    context.err << "cardbridge-cli: unknown command \"" << command
                << "\". Try cardbridge-cli --help." << Qt::endl;
    return kUsage;
}

} // namespace cardbridge::cli
