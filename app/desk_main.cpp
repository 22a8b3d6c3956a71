#include "DeskAppOptions.h"
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CardBridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("CardBridge"));
    QApplication::setApplicationVersion(cardbridge::cardbridgeVersion());

    const cardbridge::DeskAppOptions options = cardbridge::parseDeskAppOptionsOrExit(app);
    cardbridge::MainWindow window(options);
    window.show();
    window.start();
    return QApplication::exec();
}
