#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

namespace cardbridge {

// What the desk app was asked to open.
struct DeskAppOptions {
    QString storePath; // the store to open (or to create on first run)
    QString demoStorePath; // where "Open the demo store" goes
    bool demo = false; // storePath is the demo store: create it if it is missing
    QString cameraFile; // a video file that stands in for the camera (started at once)
};

// The program's version, from CMake.
QString cardbridgeVersion();

// Parses `arguments` (arguments[0] is the program). InvalidArgument with the parser's message
// on a bad command line. Does not handle --help and --version (see parseDeskAppOptionsOrExit).
Result<DeskAppOptions> parseDeskAppOptions(const QStringList &arguments);

// For main(): prints help, version or the error and exits, like QCommandLineParser::process.
DeskAppOptions parseDeskAppOptionsOrExit(const QCoreApplication &app);

} // namespace cardbridge
