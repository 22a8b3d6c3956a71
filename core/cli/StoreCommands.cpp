#include "cli/Commands.h"
#include "demo/DemoStore.h"
#include "security/KeySlotFile.h"
#include "store/Store.h"

#include <QFile>

namespace cardbridge::cli {

int runInit(CliContext &context)
{
    if (Store::exists(context.storePath))
        return context.report({ ErrorCode::AlreadyExists,
            QStringLiteral("A store already exists at %1; it was left untouched.")
                .arg(context.storePath) });
    auto passphrase = context.passphrase(QStringLiteral("New passphrase: "), true);
    if (!passphrase)
        return context.report(passphrase.error());
    if (passphrase->size() < 12)
        return context.report({ ErrorCode::InvalidArgument,
            QStringLiteral("Choose a passphrase of at least 12 characters.") });
    auto store = Store::create(context.storePath, *passphrase);
    if (!store)
        return context.report(store.error());
    context.out << "Created an empty store at " << context.storePath << Qt::endl
                << "Next: cardbridge-cli agreement apply AGREEMENT.json" << Qt::endl;
    return kDone;
}

int runDemo(CliContext &context)
{
    if (Store::exists(context.storePath))
        return context.report({ ErrorCode::AlreadyExists,
            QStringLiteral("A store already exists at %1; it was left untouched.")
                .arg(context.storePath) });
    QString passphrase = demoPassphrase();
    if (!context.passphraseFile.isEmpty()
        || !qEnvironmentVariableIsEmpty("CARDBRIDGE_PASSPHRASE")) {
        auto given = context.passphrase(QString());
        if (!given)
            return context.report(given.error());
        passphrase = *given;
    }
    auto store = Store::create(context.storePath, passphrase);
    if (!store)
        return context.report(store.error());
    DemoOptions options;
    options.students = context.students;
    options.seed = context.seed;
    if (auto populated = populateDemoStore(**store, options, SystemClock::instance()); !populated) {
        const QString path = context.storePath;
        store->reset();
        QFile::remove(path);
        QFile::remove(Store::keySlotPath(path));
        return context.report(populated.error());
    }
    context.out << "Created a demo store with " << options.students << " synthetic students at "
                << context.storePath << Qt::endl;
    if (passphrase == demoPassphrase())
        context.out << "Its passphrase is: " << passphrase << " (synthetic data only)" << Qt::endl;
    return kDone;
}

} // namespace cardbridge::cli
