#include "SoundSettingsPage.h"
#include "VerdictSounds.h"
#include "support/TestSupport.h"

#include <QCheckBox>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>

#include <gtest/gtest.h>

namespace cardbridge {

TEST(UiVerdictSounds, EligibleHasItsOwnCueAndEveryOtherStatusTheOther)
{
    for (const VerdictStatus status : kAllVerdictStatuses) {
        SCOPED_TRACE(verdictStatusKey(status).toStdString());
        EXPECT_EQ(VerdictSounds::cueFor(status) == VerdictSounds::Cue::Eligible,
            status == VerdictStatus::Eligible);
    }
    EXPECT_NE(VerdictSounds::cueSource(VerdictSounds::Cue::Eligible),
        VerdictSounds::cueSource(VerdictSounds::Cue::Attention));
}

TEST(UiVerdictSounds, CuesAreSmallMonoPcmWavesInTheResources)
{
    VerdictSounds sounds(SoundSettings {}); // registers the resources
    for (const auto cue : { VerdictSounds::Cue::Eligible, VerdictSounds::Cue::Attention }) {
        QFile file(QLatin1Char(':') + VerdictSounds::cueSource(cue).path());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
        const QByteArray wav = file.readAll();
        ASSERT_GT(wav.size(), 44);
        EXPECT_LT(wav.size(), 64 * 1024);
        EXPECT_TRUE(wav.startsWith("RIFF"));
        EXPECT_EQ(wav.mid(8, 4), QByteArray("WAVE"));
        EXPECT_EQ(wav.at(22), 1); // mono
        EXPECT_EQ(wav.at(34), 16); // 16-bit
    }
}

TEST(UiVerdictSounds, PlaysTheChosenCueUnlessMuted)
{
    VerdictSounds sounds(SoundSettings { false, 50 });
    QSignalSpy requested(&sounds, &VerdictSounds::cueRequested);
    sounds.play(VerdictStatus::Eligible); // must not block or crash without a sound device
    sounds.play(VerdictStatus::NotFound);
    ASSERT_EQ(requested.count(), 2);
    EXPECT_EQ(requested.at(0).at(0).value<VerdictSounds::Cue>(), VerdictSounds::Cue::Eligible);
    EXPECT_EQ(requested.at(1).at(0).value<VerdictSounds::Cue>(), VerdictSounds::Cue::Attention);

    sounds.setSettings({ true, 50 });
    sounds.play(VerdictStatus::Eligible);
    sounds.setSettings({ false, 0 });
    sounds.play(VerdictStatus::NoConsent);
    EXPECT_EQ(requested.count(), 2);
}

TEST(UiVerdictSounds, SettingsRoundTripInTheSoundGroup)
{
    test::TempFolder folder;
    QSettings settings(folder.file(QStringLiteral("s.ini")), QSettings::IniFormat);
    EXPECT_EQ(SoundSettings::load(settings), SoundSettings {});
    SoundSettings changed { true, 35 };
    changed.save(settings);
    EXPECT_EQ(settings.value(QStringLiteral("sound/muted")).toBool(), true);
    EXPECT_EQ(settings.value(QStringLiteral("sound/volume")).toInt(), 35);
    EXPECT_EQ(SoundSettings::load(settings), changed);
    settings.setValue(QStringLiteral("sound/volume"), 400);
    EXPECT_EQ(SoundSettings::load(settings).volumePercent, 100);
}

TEST(UiVerdictSounds, SettingsPageAppliesSavesAndReverts)
{
    test::TempFolder folder;
    QSettings stored(folder.file(QStringLiteral("s.ini")), QSettings::IniFormat);
    VerdictSounds sounds(SoundSettings { false, 70 });
    SoundSettingsPage page(&sounds);
    EXPECT_FALSE(page.muteBox()->isChecked());
    EXPECT_EQ(page.volumeSlider()->value(), 70);
    EXPECT_FALSE(page.muteBox()->accessibleName().isEmpty());
    EXPECT_FALSE(page.volumeSlider()->accessibleName().isEmpty());

    page.volumeSlider()->setValue(40);
    page.muteBox()->setChecked(true);
    EXPECT_EQ(sounds.settings(), (SoundSettings { true, 40 }));
    EXPECT_FALSE(page.volumeSlider()->isEnabled());
    page.save(stored);
    EXPECT_EQ(SoundSettings::load(stored), (SoundSettings { true, 40 }));

    QSignalSpy requested(&sounds, &VerdictSounds::cueRequested);
    sounds.play(VerdictStatus::Eligible);
    EXPECT_EQ(requested.count(), 0);

    page.revert();
    EXPECT_EQ(sounds.settings(), (SoundSettings { false, 70 }));
    EXPECT_FALSE(page.muteBox()->isChecked());
    EXPECT_EQ(page.volumeSlider()->value(), 70);
}

} // namespace cardbridge
