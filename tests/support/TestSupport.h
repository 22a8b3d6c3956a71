#pragma once

#include "security/KdfParams.h"

#include <QString>
#include <QTemporaryDir>

namespace cardbridge::test {

// A fresh folder per test, removed afterwards.
class TempFolder {
public:
    TempFolder();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    // Writes `text` as UTF-8 to the file `name` in the folder; returns its path.
    QString writeText(const QString &name, const QString &text) const;

private:
    QTemporaryDir m_dir;
};

// Cheapest Argon2id parameters a key slot accepts: keeps store creation quick in tests.
inline KdfParams quickKdf()
{
    return KdfParams::minimum();
}

QString testDataPath(const QString &name);
QByteArray readAll(const QString &path);

} // namespace cardbridge::test
