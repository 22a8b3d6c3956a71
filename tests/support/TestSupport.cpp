#include "support/TestSupport.h"

#include <QFile>

namespace cardbridge::test {

TempFolder::TempFolder()
    : m_dir(QDir::tempPath() + QStringLiteral("/cardbridge-test-XXXXXX"))
{
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
