#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CardBridge"));
    QCoreApplication::setApplicationName(QStringLiteral("cardbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDBRIDGE_VERSION));
    return cardbridge::cli::run(QCoreApplication::arguments());
}
