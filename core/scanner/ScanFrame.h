#pragma once

#include <QString>

namespace cardbridge {

// Recognising the start of a framed scan: the configured scanner prefix, or an AIM symbology
// identifier ("]" + symbology letter + one modifier character, e.g. "]C0").
enum class FrameState {
    Partial, // could still become a frame: wait for more keys
    Prefix, // starts with the configured prefix
    AimIdentifier, // starts with an AIM identifier (no prefix configured, or none sent)
    None, // cannot be a frame
};

FrameState matchScanFrame(QStringView received, QStringView prefix);

// Length of a complete AIM identifier at the start of `text` (3), or 0.
int aimIdentifierLength(QStringView text);

// The code inside a framed or timed scan: the prefix, an AIM identifier and the suffix removed.
struct ScanBody {
    QString code;
    QString aimIdentifier; // "]C0", or empty
};
ScanBody scanBody(QStringView received, QStringView prefix, QStringView suffix);

} // namespace cardbridge
