#include "scanner/ScannerSettings.h"

#include <QSettings>

namespace cardbridge {

namespace {

const QString kGroup = QStringLiteral("scanner");

ScanTerminator terminatorFromKey(const QString &key)
{
    if (key == QLatin1String("tab"))
        return ScanTerminator::Tab;
    if (key == QLatin1String("none"))
        return ScanTerminator::None;
    return ScanTerminator::Enter;
}

} // namespace

QString scanTerminatorKey(ScanTerminator terminator)
{
    switch (terminator) {
    case ScanTerminator::Tab:
        return QStringLiteral("tab");
    case ScanTerminator::None:
        return QStringLiteral("none");
    case ScanTerminator::Enter:
        break;
    }
    return QStringLiteral("enter");
}

ScannerSettings ScannerSettings::load(QSettings &settings)
{
    ScannerSettings loaded;
    settings.beginGroup(kGroup);
    loaded.prefix = settings.value(QStringLiteral("prefix")).toString();
    loaded.suffix = settings.value(QStringLiteral("suffix")).toString();
    loaded.terminator = terminatorFromKey(settings.value(QStringLiteral("terminator")).toString());
    bool ok = false;
    const int threshold = settings.value(QStringLiteral("thresholdMs")).toInt(&ok);
    if (ok)
        loaded.thresholdMs = qBound(kMinThresholdMs, threshold, kMaxThresholdMs);
    settings.endGroup();
    return loaded;
}

void ScannerSettings::save(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("prefix"), prefix);
    settings.setValue(QStringLiteral("suffix"), suffix);
    settings.setValue(QStringLiteral("terminator"), scanTerminatorKey(terminator));
    settings.setValue(QStringLiteral("thresholdMs"), thresholdMs);
    settings.endGroup();
}

} // namespace cardbridge
