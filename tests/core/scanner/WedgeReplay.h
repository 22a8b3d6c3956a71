#pragma once

#include "common/Clock.h"
#include "scanner/HeldKeyQueue.h"
#include "scanner/WedgeClassifier.h"

#include <QList>
#include <QString>

#include <random>
#include <vector>

namespace cardbridge::test {

// One recorded key: its text (or kind) and the gap before it.
struct TimedKey {
    QString text;
    WedgeKeyKind kind = WedgeKeyKind::Text;
    qint64 gapMs = 0;
};
using KeyRecording = std::vector<TimedKey>;

// What reached the focused field, and what was recognised as scans.
struct ReplayResult {
    QString typed; // every key a person typed, in order ("\r" for Enter, "\t" for Tab)
    QStringList scans; // codes
    QList<ScanRecognition> how;
};

// Replays a recording through a classifier on a ManualClock, calling onTimeout() when its
// deadline passes (like the UI's QTimer would) unless `withTimer` is false.
ReplayResult replay(const KeyRecording &keys, const ScannerSettings &settings, bool withTimer);

// Recording builders. Gaps are in milliseconds; the last gap repeats for the rest of `text`.
void appendText(KeyRecording &keys, const QString &text, const std::vector<qint64> &gaps);
void appendKey(KeyRecording &keys, WedgeKeyKind kind, qint64 gapMs);

// A scanner: 1-12 ms gaps with an occasional 16 ms hiccup.
KeyRecording scannerRecording(std::mt19937 &random, const QString &typed, qint64 leadGapMs);
// A person: careful (120-250 ms) or fast (80-160 ms with bursts of at most 3 quick gaps).
KeyRecording humanRecording(std::mt19937 &random, const QString &text, bool fast);

} // namespace cardbridge::test
