#include "ScannerSettingsPage.h"

#include "ScannerInputFilter.h"
#include "scanner/VisibleText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cardbridge {

QString scanRecognitionText(ScanRecognition recognition)
{
    switch (recognition) {
    case ScanRecognition::Prefix:
        return ScannerSettingsPage::tr("Scan, framed by the prefix");
    case ScanRecognition::AimIdentifier:
        return ScannerSettingsPage::tr("Scan, framed by an AIM symbology identifier");
    case ScanRecognition::Timing:
        break;
    }
    return ScannerSettingsPage::tr("Scan, recognised by its key timing");
}

namespace {

QString endText(ScanEnd end)
{
    switch (end) {
    case ScanEnd::Enter:
        return ScannerSettingsPage::tr("ended by Enter");
    case ScanEnd::Tab:
        return ScannerSettingsPage::tr("ended by Tab");
    case ScanEnd::Suffix:
        return ScannerSettingsPage::tr("ended by the suffix");
    case ScanEnd::OtherKey:
        return ScannerSettingsPage::tr("ended by another key");
    case ScanEnd::Overflow:
        return ScannerSettingsPage::tr("cut off: too long");
    case ScanEnd::Pause:
        break;
    }
    return ScannerSettingsPage::tr("ended by a pause");
}

bool endMatches(ScanEnd end, ScanTerminator terminator)
{
    switch (terminator) {
    case ScanTerminator::Enter:
        return end == ScanEnd::Enter;
    case ScanTerminator::Tab:
        return end == ScanEnd::Tab;
    case ScanTerminator::None:
        break;
    }
    return end == ScanEnd::Pause || end == ScanEnd::Suffix;
}

} // namespace

ScannerSettingsPage::ScannerSettingsPage(ScannerInputFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_prefix(new QLineEdit(this))
    , m_suffix(new QLineEdit(this))
    , m_terminator(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_testField(new QLineEdit(this))
    , m_received(new QLabel(this))
    , m_classification(new QLabel(this))
{
    m_prefix->setAccessibleName(tr("Scanner prefix"));
    m_prefix->setPlaceholderText(tr("none (control characters as \\x02)"));
    m_suffix->setAccessibleName(tr("Scanner suffix"));
    m_suffix->setPlaceholderText(tr("none"));
    m_terminator->setAccessibleName(tr("Terminator"));
    m_terminator->addItem(tr("Enter"), int(ScanTerminator::Enter));
    m_terminator->addItem(tr("Tab"), int(ScanTerminator::Tab));
    m_terminator->addItem(tr("None (a pause ends the scan)"), int(ScanTerminator::None));
    m_threshold->setAccessibleName(tr("Key gap threshold in milliseconds"));
    m_threshold->setRange(ScannerSettings::kMinThresholdMs, ScannerSettings::kMaxThresholdMs);
    m_threshold->setSuffix(tr(" ms"));
    m_threshold->setToolTip(tr("Keys closer together than this are scanner-fast. Scanners "
                               "type with 1-16 ms between keys; people need 80 ms or more."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Prefix:"), m_prefix);
    form->addRow(tr("&Suffix:"), m_suffix);
    form->addRow(tr("&Terminator:"), m_terminator);
    form->addRow(tr("Key gap &threshold:"), m_threshold);

    m_testField->setAccessibleName(tr("Scanner test box"));
    m_testField->setPlaceholderText(tr("Click here and scan a card"));
    m_testField->setProperty(ScannerInputFilter::kTestAreaProperty, true);
    m_received->setTextFormat(Qt::PlainText);
    m_received->setAccessibleName(tr("Received"));
    m_received->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_classification->setTextFormat(Qt::PlainText);
    m_classification->setAccessibleName(tr("Classification"));
    m_classification->setWordWrap(true);
    auto *test = new QGroupBox(tr("Test your scanner"), this);
    auto *testForm = new QFormLayout(test);
    testForm->addRow(tr("Sc&an here:"), m_testField);
    testForm->addRow(tr("Received:"), m_received);
    testForm->addRow(tr("Recognised as:"), m_classification);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(test);
    layout->addStretch(1);

    if (m_filter)
        setSettings(m_filter->settings());
    m_original = settings();
    connect(m_prefix, &QLineEdit::textEdited, this, &ScannerSettingsPage::applyToFilter);
    connect(m_suffix, &QLineEdit::textEdited, this, &ScannerSettingsPage::applyToFilter);
    connect(
        m_terminator, &QComboBox::currentIndexChanged, this, &ScannerSettingsPage::applyToFilter);
    connect(m_threshold, &QSpinBox::valueChanged, this, &ScannerSettingsPage::applyToFilter);
    connect(m_testField, &QLineEdit::textEdited, this, &ScannerSettingsPage::showTypedLine);
    if (m_filter) {
        connect(
            m_filter, &ScannerInputFilter::scanRecognised, this, &ScannerSettingsPage::showScan);
        connect(
            m_filter, &ScannerInputFilter::typingReleased, this, &ScannerSettingsPage::showTyping);
    }
}

ScannerSettings ScannerSettingsPage::settings() const
{
    ScannerSettings current;
    current.prefix = unescapeControlChars(m_prefix->text());
    current.suffix = unescapeControlChars(m_suffix->text());
    current.terminator = ScanTerminator(m_terminator->currentData().toInt());
    current.thresholdMs = m_threshold->value();
    return current;
}

void ScannerSettingsPage::setSettings(const ScannerSettings &settings)
{
    m_prefix->setText(escapeControlChars(settings.prefix));
    m_suffix->setText(escapeControlChars(settings.suffix));
    m_terminator->setCurrentIndex(m_terminator->findData(int(settings.terminator)));
    m_threshold->setValue(settings.thresholdMs);
}

void ScannerSettingsPage::load(QSettings &store)
{
    setSettings(ScannerSettings::load(store));
    m_original = settings();
    applyToFilter();
}

void ScannerSettingsPage::save(QSettings &store) const
{
    settings().save(store);
}

void ScannerSettingsPage::revert()
{
    setSettings(m_original);
    applyToFilter();
}

QString ScannerSettingsPage::receivedText() const
{
    return m_received->text();
}

QString ScannerSettingsPage::classificationText() const
{
    return m_classification->text();
}

void ScannerSettingsPage::applyToFilter()
{
    if (m_filter)
        m_filter->setSettings(settings());
}

void ScannerSettingsPage::showScan(const WedgeScan &scan, QWidget *focus)
{
    if (focus != m_testField)
        return;
    m_testField->clear();
    m_received->setText(visibleControlChars(scan.received));
    QString text = tr("%1, %2. Code: %3")
                       .arg(scanRecognitionText(scan.recognition), endText(scan.end),
                           visibleControlChars(scan.code));
    if (!endMatches(scan.end, settings().terminator)) {
        text += u' ';
        text += tr("(The terminator set above differs from what the scanner sent.)");
    }
    m_classification->setText(text);
}

void ScannerSettingsPage::showTyping(QWidget *target, const QString &text)
{
    Q_UNUSED(text)
    if (target == m_testField)
        showTypedLine();
}

void ScannerSettingsPage::showTypedLine()
{
    m_received->setText(visibleControlChars(m_testField->text()));
    m_classification->setText(tr("Typing: keys too far apart for a scanner, and no prefix"));
}

} // namespace cardbridge
