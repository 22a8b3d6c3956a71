#include "scanner/ScannerSettings.h"

#include "scanner/VisibleText.h"
#include "support/TestSupport.h"

#include <QSettings>

#include <gtest/gtest.h>

namespace cardbridge {

TEST(WedgeClassifierSettingsStore, RoundTripsThroughTheScannerGroup)
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("desk.ini"));
    ScannerSettings saved;
    saved.prefix = QStringLiteral("\x02#");
    saved.suffix = QStringLiteral("%");
    saved.terminator = ScanTerminator::Tab;
    saved.thresholdMs = 42;
    {
        QSettings settings(path, QSettings::IniFormat);
        saved.save(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    EXPECT_TRUE(settings.childGroups().contains(QStringLiteral("scanner")));
    EXPECT_EQ(ScannerSettings::load(settings), saved);
}

TEST(WedgeClassifierSettingsStore, DefaultsAndBoundsWhenMissingOrOdd)
{
    test::TempFolder folder;
    QSettings settings(folder.file(QStringLiteral("desk.ini")), QSettings::IniFormat);
    EXPECT_EQ(ScannerSettings::load(settings), ScannerSettings {});
    settings.setValue(QStringLiteral("scanner/thresholdMs"), 100000);
    EXPECT_EQ(ScannerSettings::load(settings).thresholdMs, ScannerSettings::kMaxThresholdMs);
}

TEST(WedgeClassifierVisibleText, ShowsControlCharacters)
{
    EXPECT_EQ(visibleControlChars(u"12\r"), QStringLiteral("12\u23CE"));
    EXPECT_EQ(visibleControlChars(u"\tA\x02"), QStringLiteral("\u21E5A\u2402"));
    EXPECT_EQ(escapeControlChars(u"\x02#\\"), QStringLiteral("\\x02#\\\\"));
    for (const QString &text :
        { QStringLiteral("\x02#"), QStringLiteral("a\\b\t"), QStringLiteral("\r\n\x1b") })
        EXPECT_EQ(unescapeControlChars(escapeControlChars(text)), text);
    EXPECT_EQ(unescapeControlChars(u"\\xZZ"), QStringLiteral("\\xZZ"));
}

} // namespace cardbridge
