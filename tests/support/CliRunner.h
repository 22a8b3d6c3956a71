#pragma once

#include "support/TestSupport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cardbridge::test {

// What one run of the real cardbridge-cli binary printed and how it ended.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // Standard output read as one JSON object per non-empty line.
    QList<QJsonObject> jsonLines() const;
};

inline const QString kDemoPassphrase = QStringLiteral("demo-desk-passphrase");

// Runs cardbridge-cli as a script or a person would: HOME and the data folder inside `home`,
// the passphrase in CARDBRIDGE_PASSPHRASE (none when empty), `input` on standard input.
CliRun runCli(const TempFolder &home, const QStringList &arguments, const QByteArray &input = {},
    const QString &passphrase = kDemoPassphrase);

} // namespace cardbridge::test
