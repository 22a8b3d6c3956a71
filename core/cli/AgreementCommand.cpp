#include "agreement/AgreementDocument.h"
#include "cli/Commands.h"
#include "common/Clock.h"
#include "store/AgreementRepository.h"
#include "store/Store.h"

#include <QFile>

namespace cardbridge::cli {

namespace {

int apply(CliContext &context, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.report(
            { ErrorCode::Io, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()) });
    // Validate everything before the store is even opened: nothing is applied on a problem.
    const AgreementParse parsed = parseAgreementDocument(file.readAll());
    if (!parsed.agreement) {
        for (const QString &problem : parsed.problems)
            context.err << path << ": " << problem << Qt::endl;
        context.err << "The agreement was not applied (" << parsed.problems.size()
                    << (parsed.problems.size() == 1 ? " problem)." : " problems).") << Qt::endl;
        return kFindings;
    }
    int exitCode = kDone;
    auto store = context.openStore(&exitCode);
    if (!store)
        return exitCode;
    if (auto applied = AgreementRepository(store->database())
                           .apply(*parsed.agreement, SystemClock::instance().nowUtc());
        !applied)
        return context.report(applied.error());
    context.out << "Applied the agreement \"" << parsed.agreement->name << "\" with "
                << parsed.agreement->schools.size() << " schools." << Qt::endl;
    return kDone;
}

int show(CliContext &context)
{
    int exitCode = kDone;
    auto store = context.openStore(&exitCode);
    if (!store)
        return exitCode;
    auto current = AgreementRepository(store->database()).current();
    if (!current)
        return context.report(current.error());
    if (!*current) {
        context.err << "No agreement has been applied to this store yet." << Qt::endl;
        return kFindings;
    }
    context.out << agreementToDocument(**current);
    context.out.flush();
    return kDone;
}

} // namespace

int runAgreement(CliContext &context)
{
    const QString action = context.arguments.value(0);
    if (action == QStringLiteral("apply") && context.arguments.size() == 2)
        return apply(context, context.arguments.at(1));
    if (action == QStringLiteral("show") && context.arguments.size() == 1)
        return show(context);
    return context.report({ ErrorCode::InvalidArgument,
        QStringLiteral("use `agreement apply FILE` or `agreement show`") });
}

} // namespace cardbridge::cli
