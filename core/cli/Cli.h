#pragma once

#include <QStringList>

namespace cardbridge::cli {

// Runs `cardbridge-cli` with its arguments (arguments[0] is the program); returns the exit code.
int run(const QStringList &arguments);

} // namespace cardbridge::cli
