#include "VerdictSounds.h"

#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSettings>
#include <QSoundEffect>

#include <algorithm>

// The sounds live in the cardbridge_ui static library: register them explicitly.
static void initCardBridgeResources()
{
    Q_INIT_RESOURCE(cardbridge);
}

namespace cardbridge {

namespace {

Q_LOGGING_CATEGORY(lcSounds, "cardbridge.ui.sounds")

const QString kGroup = QStringLiteral("sound");
const QString kMuted = QStringLiteral("muted");
const QString kVolume = QStringLiteral("volume");

std::size_t indexOf(VerdictSounds::Cue cue)
{
    return cue == VerdictSounds::Cue::Eligible ? 0 : 1;
}

} // namespace

SoundSettings SoundSettings::load(QSettings &settings)
{
    SoundSettings loaded;
    settings.beginGroup(kGroup);
    loaded.muted = settings.value(kMuted, loaded.muted).toBool();
    loaded.volumePercent
        = std::clamp(settings.value(kVolume, loaded.volumePercent).toInt(), 0, 100);
    settings.endGroup();
    return loaded;
}

void SoundSettings::save(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.setValue(kMuted, muted);
    settings.setValue(kVolume, std::clamp(volumePercent, 0, 100));
    settings.endGroup();
}

VerdictSounds::VerdictSounds(SoundSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    initCardBridgeResources();
    m_canPlay = !QMediaDevices::audioOutputs().isEmpty();
    if (!m_canPlay)
        qCInfo(lcSounds) << "no audio output: verdict cues are silent";
}

VerdictSounds::~VerdictSounds() = default;

SoundSettings VerdictSounds::loadSettings()
{
    QSettings settings;
    return SoundSettings::load(settings);
}

VerdictSounds::Cue VerdictSounds::cueFor(VerdictStatus status)
{
    return status == VerdictStatus::Eligible ? Cue::Eligible : Cue::Attention;
}

QUrl VerdictSounds::cueSource(Cue cue)
{
    return QUrl(cue == Cue::Eligible ? QStringLiteral("qrc:/cardbridge/sounds/eligible.wav")
                                     : QStringLiteral("qrc:/cardbridge/sounds/attention.wav"));
}

void VerdictSounds::setSettings(const SoundSettings &settings)
{
    m_settings = settings;
    applyVolume();
}

void VerdictSounds::play(VerdictStatus status)
{
    playCue(cueFor(status));
}

void VerdictSounds::playCue(Cue cue)
{
    if (m_settings.muted || m_settings.volumePercent <= 0)
        return;
    Q_EMIT cueRequested(cue);
    if (!m_canPlay)
        return;
    QSoundEffect *sound = effect(cue);
    if (sound->status() == QSoundEffect::Error) {
        if (!m_reportedProblem)
            qCWarning(lcSounds) << "a verdict cue cannot be played; staying silent";
        m_reportedProblem = true;
        return;
    }
    sound->stop(); // a quick second scan restarts the cue rather than queueing it
    sound->play();
}

// Created on first use: loading costs nothing for a desk that never plays a cue.
QSoundEffect *VerdictSounds::effect(Cue cue)
{
    QSoundEffect *&slot = m_effects[indexOf(cue)];
    if (!slot) {
        slot = new QSoundEffect(QMediaDevices::defaultAudioOutput(), this);
        connect(slot, &QSoundEffect::statusChanged, this, [this, sound = slot] {
            if (sound->status() == QSoundEffect::Error && !m_reportedProblem) {
                m_reportedProblem = true;
                qCWarning(lcSounds) << "a verdict cue could not be loaded; staying silent";
            }
        });
        slot->setSource(cueSource(cue));
        slot->setVolume(m_settings.volumePercent / 100.0);
    }
    return slot;
}

void VerdictSounds::applyVolume()
{
    for (QSoundEffect *sound : m_effects) {
        if (sound)
            sound->setVolume(m_settings.volumePercent / 100.0);
    }
}

} // namespace cardbridge
