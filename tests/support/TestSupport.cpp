#include "support/TestSupport.h"

#include <QFile>

#include <gtest/gtest.h>

namespace cardbridge::test {

TempFolder::TempFolder()
    : m_dir(QDir::tempPath() + QStringLiteral("/cardbridge-test-XXXXXX"))
{
}

QString TempFolder::writeText(const QString &name, const QString &text) const
{
    const QString path = file(name);
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly)) << qPrintable(path);
    out.write(text.toUtf8());
    return path;
}

QString testDataPath(const QString &name)
{
    return QStringLiteral(CARDBRIDGE_TEST_DATA_DIR "/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace cardbridge::test
