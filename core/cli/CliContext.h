#pragma once

#include "common/Error.h"
#include "importer/ConsentImporter.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace cardbridge {
class Store;
}

namespace cardbridge::cli {

// Exit codes, the contract documented in --help.
enum ExitCode : int {
    kDone = 0,
    kFindings = 1, // done, with findings: an unreadable image, a rejected line
    kUsage = 2,
    kLocked = 3, // wrong passphrase, or no passphrase available
    kStoreProblem = 4, // store missing, damaged, too new, or already there
    kFileUnreadable = 5 // import: the file as a whole could not be read; nothing committed
};

// What every command gets: parsed options, output streams, and a way to open the store.
struct CliContext {
    QString storePath;
    QString passphraseFile;
    bool storeGiven = false;
    bool json = false;
    int students = 400;
    quint32 seed = 2026;
    importer::ImportSettings importSettings; // import: what the flags chose
    bool importDryRun = false;
    QStringList arguments; // after the command name
    QTextStream out;
    QTextStream err;

    CliContext();

    // Prints the error and returns the exit code it maps to.
    int report(const Error &error);
    // The passphrase from --passphrase-file, CARDBRIDGE_PASSPHRASE, or a prompt.
    Result<QString> passphrase(const QString &prompt, bool confirm = false);
    // Unlocks and opens storePath; prints and returns nullptr (with *exitCode set) on failure.
    std::unique_ptr<Store> openStore(int *exitCode);
};

int exitCodeFor(ErrorCode code);

} // namespace cardbridge::cli
