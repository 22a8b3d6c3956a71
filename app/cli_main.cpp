#include "cli/Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Progress notes stay quiet on the command line; warnings still reach stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("cardbridge.*.info=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("CardBridge"));
    QCoreApplication::setApplicationName(QStringLiteral("cardbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDBRIDGE_VERSION));
    return cardbridge::cli::run(QCoreApplication::arguments());
}
