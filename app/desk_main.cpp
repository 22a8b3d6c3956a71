#include "DeskAppOptions.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QThreadPool>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Same names as cardbridge-cli: both find the default store in the same data folder.
    QApplication::setOrganizationName(QStringLiteral("CardBridge"));
    QApplication::setApplicationName(QStringLiteral("cardbridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("CardBridge"));
    QApplication::setApplicationVersion(cardbridge::cardbridgeVersion());
    cardbridge::installTranslations(app);

    const cardbridge::DeskAppOptions options = cardbridge::parseDeskAppOptionsOrExit(app);
    cardbridge::MainWindow window(options);
    window.show();
    window.start();
    const int exitCode = QApplication::exec();
    // Let a store job still running on a worker (creating the demo store) finish cleanly.
    QThreadPool::globalInstance()->waitForDone();
    return exitCode;
}
