#pragma once

#include "common/Clock.h"
#include "scanner/HeldKeyQueue.h"
#include "scanner/WedgeClassifier.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QKeyEvent;
class QTimer;
class QWidget;

namespace cardbridge {

// Application-wide keyboard-wedge capture (install on qApp). Key presses that may start a
// scan are held back; when the classifier says a person typed them they are re-delivered, in
// order, to the widget that had the focus; when it says scan, scanned() fires and nothing is
// typed anywhere. Password fields and auto-repeat are left alone. The code is never logged.
class ScannerInputFilter : public QObject {
    Q_OBJECT
public:
    explicit ScannerInputFilter(const Clock &clock, QObject *parent = nullptr);
    ~ScannerInputFilter() override;

    ScannerSettings settings() const { return m_classifier.settings(); }
    void setSettings(const ScannerSettings &settings);
    int heldKeyCount() const { return int(m_held.size()); }

    // Widgets whose own property "cardbridgeScannerTest" is true (the settings page's test
    // box) get scanRecognised() only, not scanned().
    static const char *const kTestAreaProperty;

public Q_SLOTS:
    // Applies what the clock says is due (the timer calls it; tests call it after
    // advancing a ManualClock).
    void flushDue();
    // Releases every held key as typing.
    void releaseAll();

Q_SIGNALS:
    void scanned(const QString &code);
    void scanRecognised(const cardbridge::WedgeScan &scan, QWidget *focus);
    // Keys held back and then handed to `target` as typing.
    void typingReleased(QWidget *target, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldKey {
        std::shared_ptr<QKeyEvent> event; // a copy
        QPointer<QWidget> target;
    };

    bool handleKeyPress(QWidget *target, QKeyEvent *event);
    bool apply(const WedgeOutcome &outcome, std::optional<HeldKey> current, QWidget *focus);
    void redeliver(HeldKey &key);
    void schedule();

    const Clock &m_clock;
    WedgeClassifier m_classifier;
    HeldKeyQueue<HeldKey> m_held;
    QTimer *m_timer;
    bool m_redelivering = false;
};

} // namespace cardbridge
