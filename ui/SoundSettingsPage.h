#pragma once

#include "VerdictSounds.h"

#include <QWidget>

class QCheckBox;
class QSettings;
class QLabel;
class QPushButton;
class QSlider;

namespace cardbridge {

// Settings page "Sound": mute and volume of the verdict cues. Changes apply to the desk's
// VerdictSounds at once (so the volume can be tried); save() writes them to QSettings group
// "sound" (SettingsDialog OK), revert() restores what was there (Cancel).
class SoundSettingsPage : public QWidget {
    Q_OBJECT
public:
    // `sounds` (optional) gets the new settings at once and plays the test cue.
    explicit SoundSettingsPage(VerdictSounds *sounds = nullptr, QWidget *parent = nullptr);

    SoundSettings settings() const;
    void setSettings(const SoundSettings &settings); // shows them; does not save
    void save(QSettings &settings) const;
    void revert();

    QCheckBox *muteBox() const { return m_mute; }
    QSlider *volumeSlider() const { return m_volume; }
    QPushButton *testButton() const { return m_test; }

Q_SIGNALS:
    void settingsChanged(const cardbridge::SoundSettings &settings);

private:
    void apply();
    void updateControls();

    VerdictSounds *m_sounds;
    SoundSettings m_initial;
    QCheckBox *m_mute;
    QSlider *m_volume;
    QLabel *m_volumeValue;
    QPushButton *m_test;
};

} // namespace cardbridge
