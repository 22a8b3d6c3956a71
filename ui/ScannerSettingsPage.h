#pragma once

#include "scanner/ScannerSettings.h"
#include "scanner/WedgeClassifier.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace cardbridge {

class ScannerInputFilter;

// The Scanner settings page: prefix, suffix, terminator and timing threshold, plus a "test
// your scanner" box that shows what the app received (control characters visible) and how it
// was classified. Edits apply to the filter at once so the test box uses them; save() keeps
// them (QSettings group "scanner"), revert() restores what was there when the page opened.
class ScannerSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit ScannerSettingsPage(ScannerInputFilter *filter, QWidget *parent = nullptr);

    ScannerSettings settings() const;
    void setSettings(const ScannerSettings &settings);
    void load(QSettings &store);
    void save(QSettings &store) const;
    void revert();

    QLineEdit *prefixField() const { return m_prefix; }
    QLineEdit *suffixField() const { return m_suffix; }
    QComboBox *terminatorBox() const { return m_terminator; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    QLineEdit *testField() const { return m_testField; }
    QString receivedText() const;
    QString classificationText() const;

private:
    void applyToFilter();
    void showScan(const WedgeScan &scan, QWidget *focus);
    void showTyping(QWidget *target, const QString &text);
    void showTypedLine();

    QPointer<ScannerInputFilter> m_filter;
    ScannerSettings m_original;
    QLineEdit *m_prefix;
    QLineEdit *m_suffix;
    QComboBox *m_terminator;
    QSpinBox *m_threshold;
    QLineEdit *m_testField;
    QLabel *m_received;
    QLabel *m_classification;
};

QString scanRecognitionText(ScanRecognition recognition);

} // namespace cardbridge
