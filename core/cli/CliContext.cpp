#include "cli/CliContext.h"

#include "cli/Passphrase.h"
#include "store/Store.h"

#include <QFile>

#include <cstdio>

namespace cardbridge::cli {

CliContext::CliContext()
    : out(stdout)
    , err(stderr)
{
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return kLocked;
    case ErrorCode::StoreMissing:
    case ErrorCode::StoreDamaged:
    case ErrorCode::StoreTooNew:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Database:
        return kStoreProblem;
    case ErrorCode::InvalidArgument:
        return kUsage;
    case ErrorCode::FileUnreadable:
        return kFileUnreadable;
    case ErrorCode::Io:
    case ErrorCode::Validation:
    case ErrorCode::NotFound:
    case ErrorCode::Crypto:
        return kFindings;
    }
    return kFindings;
}

int CliContext::report(const Error &error)
{
    err << "cardbridge-cli: " << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

Result<QString> CliContext::passphrase(const QString &prompt, bool confirm)
{
    if (!passphraseFile.isEmpty()) {
        QFile file(passphraseFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::InvalidArgument,
                QStringLiteral("Cannot read the passphrase file %1: %2")
                    .arg(passphraseFile, file.errorString()));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    const QByteArray fromEnvironment = qgetenv("CARDBRIDGE_PASSPHRASE");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    return promptPassphrase(prompt, confirm);
}

std::unique_ptr<Store> CliContext::openStore(int *exitCode)
{
    if (!Store::exists(storePath)) {
        *exitCode = report(Error { ErrorCode::StoreMissing,
            QStringLiteral("There is no store at %1 (use --store, or run "
                           "`cardbridge-cli init` or `cardbridge-cli demo`).")
                .arg(storePath) });
        return nullptr;
    }
    auto secret = passphrase(QStringLiteral("Passphrase for %1: ").arg(storePath));
    if (!secret) {
        *exitCode = report(secret.error());
        return nullptr;
    }
    auto store = Store::open(storePath, *secret);
    if (!store) {
        *exitCode = report(store.error());
        return nullptr;
    }
    *exitCode = kDone;
    return std::move(*store);
}

} // namespace cardbridge::cli
