#include "support/CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

namespace cardbridge::test {

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    return objects;
}

CliRun runCli(const TempFolder &home, const QStringList &arguments, const QByteArray &input,
    const QString &passphrase)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.file(QStringLiteral("data")));
    environment.remove(QStringLiteral("CARDBRIDGE_PASSPHRASE"));
    if (!passphrase.isEmpty())
        environment.insert(QStringLiteral("CARDBRIDGE_PASSPHRASE"), passphrase);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CARDBRIDGE_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(120000));
    return CliRun { process.exitCode(), process.readAllStandardOutput(),
        process.readAllStandardError() };
}

} // namespace cardbridge::test
