// Architecture rules checked on the built binaries and the sources (docs/ARCHITECTURE.md):
// the CLI and core never link Qt Widgets, nothing links the system SQLite, and no core
// source includes a Widgets header. cmake/LinkChecks.cmake checks the link graph at
// configure time as well.
#include "support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QString sharedLibraries(const QString &binary)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { binary });
    ldd.waitForFinished(30000);
    return QString::fromLocal8Bit(ldd.readAllStandardOutput());
}

QString sourceRoot()
{
    return QStringLiteral(CARDBRIDGE_SOURCE_DIR);
}

} // namespace

TEST(LinkRules, TheCliLinksNeitherQtWidgetsNorSystemSqlite)
{
    const QString libraries = sharedLibraries(QStringLiteral(CARDBRIDGE_CLI_PATH));
    ASSERT_TRUE(libraries.contains(QStringLiteral("libQt6Core"))) << qPrintable(libraries);
    EXPECT_FALSE(libraries.contains(QStringLiteral("libQt6Widgets"))) << qPrintable(libraries);
    EXPECT_TRUE(libraries.contains(QStringLiteral("libsqlcipher"))) << qPrintable(libraries);
    EXPECT_FALSE(libraries.contains(QStringLiteral("libsqlite3"))) << qPrintable(libraries);
}

TEST(LinkRules, TheDeskAppDoesNotLinkSystemSqlite)
{
    const QString desk = QStringLiteral(CARDBRIDGE_DESK_PATH);
    if (desk.isEmpty() || !QFile::exists(desk))
        GTEST_SKIP() << "built without the desk app";
    const QString libraries = sharedLibraries(desk);
    ASSERT_TRUE(libraries.contains(QStringLiteral("libQt6Widgets"))) << qPrintable(libraries);
    EXPECT_FALSE(libraries.contains(QStringLiteral("libsqlite3"))) << qPrintable(libraries);
}

TEST(LinkRules, TheTestProcessItselfHasNoSystemSqliteLoaded)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    ASSERT_TRUE(maps.open(QIODevice::ReadOnly));
    EXPECT_FALSE(maps.readAll().contains("libsqlite3"));
}

TEST(LinkRules, NoCoreSourceIncludesAWidgetsHeader)
{
    static const QRegularExpression widgetsInclude(QStringLiteral(
        "#\\s*include\\s*[<\"](QtWidgets/|QWidget|QApplication|QDialog|QMainWindow|"
        "QLabel|QLineEdit|QPushButton|QMessageBox|QLayout|QVBoxLayout|QHBoxLayout)"));
    QDirIterator sources(sourceRoot() + QStringLiteral("/core"),
        { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
        QDirIterator::Subdirectories);
    int checked = 0;
    while (sources.hasNext()) {
        QFile file(sources.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(widgetsInclude.match(QString::fromUtf8(file.readAll())).hasMatch())
            << qPrintable(file.fileName());
        ++checked;
    }
    EXPECT_GT(checked, 20);
}
