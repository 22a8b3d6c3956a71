#pragma once

#include "consent/Verdict.h"

#include <QObject>
#include <QUrl>

#include <array>
#include <optional>

class QSettings;
class QSoundEffect;

namespace cardbridge {

// Volume and mute for the verdict cues, kept in QSettings group "sound".
struct SoundSettings {
    bool muted = false;
    int volumePercent = 70; // 0–100

    static SoundSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const SoundSettings &) const = default;
};

// A short cue after each verdict: a rising two-tone for eligible, a lower double beep for every
// other status. Respects mute and volume. When no audio output exists (a CI machine, a desk
// without speakers) or a cue cannot be loaded, it logs once and stays silent: it never blocks
// or throws.
class VerdictSounds : public QObject {
    Q_OBJECT
public:
    enum class Cue { Eligible, Attention };
    Q_ENUM(Cue)

    explicit VerdictSounds(SoundSettings settings, QObject *parent = nullptr);
    ~VerdictSounds() override;

    // Reads the settings from the application's QSettings.
    static SoundSettings loadSettings();

    static Cue cueFor(VerdictStatus status);
    static QUrl cueSource(Cue cue);

    void setSettings(const SoundSettings &settings);
    SoundSettings settings() const { return m_settings; }
    // False when there is nothing to play on (no audio output device).
    bool canPlay() const { return m_canPlay; }

public Q_SLOTS:
    void play(cardbridge::VerdictStatus status);
    void playCue(cardbridge::VerdictSounds::Cue cue);

Q_SIGNALS:
    // A cue was chosen and not muted (emitted whether or not a device could sound it).
    void cueRequested(cardbridge::VerdictSounds::Cue cue);

private:
    QSoundEffect *effect(Cue cue);
    void applyVolume();

    SoundSettings m_settings;
    bool m_canPlay = false;
    bool m_reportedProblem = false;
    std::array<QSoundEffect *, 2> m_effects {};
};

} // namespace cardbridge
