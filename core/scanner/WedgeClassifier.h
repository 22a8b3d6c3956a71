#pragma once

#include "scanner/KeyBurst.h"
#include "scanner/ScannerSettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace cardbridge {

// One key press as the classifier sees it (no widgets: the UI translates its QKeyEvent).
enum class WedgeKeyKind {
    Text, // produces text (printable, or a control character that may be a scanner prefix)
    Enter,
    Tab,
    Other, // navigation, editing, shortcuts, auto-repeat: always a person
};

struct WedgeKey {
    QString text;
    WedgeKeyKind kind = WedgeKeyKind::Text;
    qint64 atMs = 0; // Clock::monotonicMs()
};

enum class ScanRecognition { Prefix, AimIdentifier, Timing };
enum class ScanEnd { Enter, Tab, Suffix, Pause, OtherKey, Overflow };

struct WedgeScan {
    QString code; // prefix, AIM identifier, suffix and terminator removed
    QString received; // every character as typed, terminator included (for the test box only)
    QString aimIdentifier; // "]C0", or empty
    ScanRecognition recognition = ScanRecognition::Timing;
    ScanEnd end = ScanEnd::Pause;
};

// What to do with the keys after one feed() or onTimeout(). The caller keeps a queue of the
// keys it was told to hold; apply, in this order: drop the oldest `scanKeys` (they made up
// `scan`), deliver the next oldest `typedKeys` in order (a person typed them), then handle the
// key just fed as `current` says.
struct WedgeOutcome {
    enum class Current {
        None, // onTimeout(): no key was fed
        Deliver, // let it through now (after the released keys)
        Hold, // append it to the held queue
        Swallow, // part of a scan (its terminator or last key): drop it
    };
    int scanKeys = 0;
    std::optional<WedgeScan> scan;
    int typedKeys = 0;
    Current current = Current::None;
};

// Tells a keyboard-wedge scanner from a person typing (GUIDE section 4). Framing by the
// configured prefix or an AIM identifier is the robust signal; without one, a run of at least
// `minFastGaps` consecutive gaps under `thresholdMs` is a scan. A scan ends at Enter, Tab,
// the suffix, or a pause; the UI asks deadlineMs() and calls onTimeout() then.
class WedgeClassifier {
public:
    explicit WedgeClassifier(ScannerSettings settings = {});

    const ScannerSettings &settings() const { return m_settings; }
    // Takes effect from the next key; keys held now are released as typing.
    WedgeOutcome setSettings(const ScannerSettings &settings);

    WedgeOutcome feed(const WedgeKey &key);
    WedgeOutcome onTimeout(qint64 nowMs);
    // When onTimeout() must be called if no key comes first; empty while nothing is held.
    std::optional<qint64> deadlineMs() const;
    int heldCount() const { return int(m_held.size()); }
    bool isScanning() const { return m_recognition.has_value(); }
    // Releases everything held as typing (focus moved, filter removed).
    WedgeOutcome releaseAll();

    static constexpr int kMaxScanLength = 512;

private:
    QString heldText() const;
    void settle(qint64 nowMs, WedgeOutcome &out);
    void addText(const WedgeKey &key, WedgeOutcome &out);
    void startCandidate(const WedgeKey &key, WedgeOutcome &out);
    void finishScan(ScanEnd end, const QString &terminatorText, WedgeOutcome &out);
    void releaseAsTyping(WedgeOutcome &out);
    void clear();

    ScannerSettings m_settings;
    QList<WedgeKey> m_held;
    KeyBurst m_burst;
    std::optional<ScanRecognition> m_recognition; // set once the held keys are a scan
};

} // namespace cardbridge
