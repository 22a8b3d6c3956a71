#pragma once

#include <QtGlobal>

namespace cardbridge {

// The timing of one run of keys: how many consecutive gaps were scanner-fast.
class KeyBurst {
public:
    explicit KeyBurst(int thresholdMs = 30)
        : m_thresholdMs(thresholdMs)
    {
    }

    void start(qint64 atMs);
    // Records the next key; returns whether its gap was fast.
    bool add(qint64 atMs);

    qint64 lastKeyMs() const { return m_lastMs; }
    int fastGaps() const { return m_fastGaps; } // consecutive, since the last slow gap
    bool allFast() const { return m_allFast; } // every gap since start() was fast

private:
    int m_thresholdMs;
    qint64 m_lastMs = 0;
    int m_fastGaps = 0;
    bool m_allFast = true;
};

} // namespace cardbridge
