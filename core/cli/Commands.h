#pragma once

#include "cli/CliContext.h"

namespace cardbridge::cli {

int runInit(CliContext &context);
int runDemo(CliContext &context);
int runLookup(CliContext &context);
int runDecode(CliContext &context);
int runAgreement(CliContext &context);
int runInfo(CliContext &context);
int runImport(CliContext &context);

} // namespace cardbridge::cli
