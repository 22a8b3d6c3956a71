#pragma once

#include <QString>

class QSettings;

namespace cardbridge {

// The key a keyboard-wedge scanner sends after the code.
enum class ScanTerminator { Enter, Tab, None };

// How this desk's USB scanner types (desk-local, kept in QSettings group "scanner"; never
// student data). A scan ends at Enter or Tab, or at a pause of pauseMs() after the last key.
struct ScannerSettings {
    QString prefix; // configured on the scanner; may hold control characters; empty: none
    QString suffix; // configured on the scanner, before the terminator; empty: none
    ScanTerminator terminator = ScanTerminator::Enter;
    int thresholdMs = 30; // key gaps under this are scanner-fast
    int minFastGaps = 4; // consecutive fast gaps that make an unframed burst a scan

    // The gap that ends a scan (and the longest gap tolerated inside a framed scan).
    int pauseMs() const { return 2 * thresholdMs; }

    static constexpr int kMinThresholdMs = 5;
    static constexpr int kMaxThresholdMs = 80;

    static ScannerSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    friend bool operator==(const ScannerSettings &, const ScannerSettings &) = default;
};

QString scanTerminatorKey(ScanTerminator terminator);

} // namespace cardbridge
