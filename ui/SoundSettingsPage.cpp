#include "SoundSettingsPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTimer>

namespace cardbridge {

SoundSettingsPage::SoundSettingsPage(VerdictSounds *sounds, QWidget *parent)
    : QWidget(parent)
    , m_sounds(sounds)
    , m_mute(new QCheckBox(tr("&Mute the verdict sounds"), this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_volumeValue(new QLabel(this))
    , m_test(new QPushButton(tr("&Play the sounds"), this))
{
    setAccessibleName(tr("Sound settings"));
    m_mute->setAccessibleName(tr("Mute the verdict sounds"));
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(10);
    m_volume->setAccessibleName(tr("Volume"));
    m_volumeValue->setMinimumWidth(
        m_volumeValue->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    m_test->setAccessibleName(tr("Play the sounds"));
    m_test->setToolTip(tr("Plays the eligible cue, then the cue for every other verdict"));

    auto *note = new QLabel(tr("A rising two-tone means eligible; a lower double beep means "
                               "any other verdict. Sound is never the only signal."),
        this);
    note->setWordWrap(true);

    auto *volumeRow = new QHBoxLayout;
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeValue);
    auto *volumeLabel = new QLabel(tr("&Volume:"), this);
    volumeLabel->setBuddy(m_volume);

    auto *form = new QFormLayout(this);
    form->addRow(m_mute);
    form->addRow(volumeLabel, volumeRow);
    form->addRow(QString(), m_test);
    form->addRow(note);

    m_initial = m_sounds ? m_sounds->settings() : VerdictSounds::loadSettings();
    setSettings(m_initial);
    connect(m_mute, &QCheckBox::toggled, this, &SoundSettingsPage::apply);
    connect(m_volume, &QSlider::valueChanged, this, &SoundSettingsPage::apply);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (!m_sounds)
            return;
        m_sounds->playCue(VerdictSounds::Cue::Eligible);
        QTimer::singleShot(std::chrono::milliseconds(600), m_sounds,
            [sounds = m_sounds] { sounds->playCue(VerdictSounds::Cue::Attention); });
    });
}

SoundSettings SoundSettingsPage::settings() const
{
    return { m_mute->isChecked(), m_volume->value() };
}

void SoundSettingsPage::setSettings(const SoundSettings &settings)
{
    const QSignalBlocker blockMute(m_mute);
    const QSignalBlocker blockVolume(m_volume);
    m_mute->setChecked(settings.muted);
    m_volume->setValue(settings.volumePercent);
    updateControls();
}

void SoundSettingsPage::updateControls()
{
    m_volume->setEnabled(!m_mute->isChecked());
    m_test->setEnabled(!m_mute->isChecked() && m_volume->value() > 0);
    m_volumeValue->setText(tr("%1 %").arg(m_volume->value()));
}

void SoundSettingsPage::save(QSettings &store) const
{
    settings().save(store);
}

void SoundSettingsPage::revert()
{
    setSettings(m_initial);
    if (m_sounds)
        m_sounds->setSettings(m_initial);
}

void SoundSettingsPage::apply()
{
    updateControls();
    const SoundSettings current = settings();
    if (m_sounds)
        m_sounds->setSettings(current);
    Q_EMIT settingsChanged(current);
}

} // namespace cardbridge
