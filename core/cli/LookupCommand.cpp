#include "cli/Commands.h"
#include "consent/VerdictService.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cardbridge::cli {

namespace {

QJsonObject verdictJson(const Verdict &verdict)
{
    QJsonValue student = QJsonValue::Null;
    if (verdict.student)
        student = QJsonObject { { QStringLiteral("given_name"), verdict.student->givenName },
            { QStringLiteral("family_initial"), verdict.student->familyInitial },
            { QStringLiteral("grade"), verdict.student->grade },
            { QStringLiteral("school"), verdict.student->school } };
    return QJsonObject {
        { QStringLiteral("input"), verdict.input },
        { QStringLiteral("status"), verdictStatusKey(verdict.status) },
        { QStringLiteral("patron_number"),
            verdict.patronNumber ? QJsonValue(*verdict.patronNumber)
                                 : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("student"), student },
        { QStringLiteral("message"), verdict.message },
        { QStringLiteral("next_step"), verdictNextStep(verdict.status) },
    };
}

QString verdictLine(const Verdict &verdict)
{
    QString line = verdict.input + QStringLiteral("\t") + verdictStatusKey(verdict.status);
    if (verdict.patronNumber)
        line += QStringLiteral("\tpatron ") + *verdict.patronNumber;
    if (verdict.student)
        line += QStringLiteral("\t%1 %2., grade %3, %4")
                    .arg(verdict.student->givenName, verdict.student->familyInitial,
                        verdict.student->grade, verdict.student->school);
    return line + QStringLiteral("\t") + verdict.message;
}

} // namespace

int runLookup(CliContext &context)
{
    if (context.arguments.isEmpty())
        return context.report({ ErrorCode::InvalidArgument,
            QStringLiteral("lookup needs card codes, or - to read them from "
                           "standard input") });
    int exitCode = kDone;
    auto store = context.openStore(&exitCode);
    if (!store)
        return exitCode;
    VerdictService verdicts(store->database(), SystemClock::instance());
    auto answer = [&](const QString &code) {
        const Verdict verdict = verdicts.lookup(code);
        if (context.json)
            context.out << QJsonDocument(verdictJson(verdict)).toJson(QJsonDocument::Compact);
        else
            context.out << verdictLine(verdict);
        context.out << Qt::endl; // flushes: answers stream one per line as they are found
    };
    if (context.arguments == QStringList { QStringLiteral("-") }) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return context.report({ ErrorCode::Io, QStringLiteral("Cannot read standard input.") });
        while (!input.atEnd()) {
            QString line = QString::fromUtf8(input.readLine());
            while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (!line.trimmed().isEmpty())
                answer(line);
        }
        return kDone;
    }
    for (const QString &code : std::as_const(context.arguments))
        answer(code);
    return kDone;
}

} // namespace cardbridge::cli
