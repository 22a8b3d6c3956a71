#pragma once

#include "common/Error.h"

namespace cardbridge::cli {

// Asks on the terminal without echo. WrongPassphrase-style Locked error when there is no
// terminal to ask on (scripts must use --passphrase-file or CARDBRIDGE_PASSPHRASE).
Result<QString> promptPassphrase(const QString &prompt, bool confirm);

} // namespace cardbridge::cli
