#include "scanner/KeyBurst.h"

namespace cardbridge {

void KeyBurst::start(qint64 atMs)
{
    m_lastMs = atMs;
    m_fastGaps = 0;
    m_allFast = true;
}

bool KeyBurst::add(qint64 atMs)
{
    const bool fast = atMs - m_lastMs < m_thresholdMs;
    m_lastMs = atMs;
    m_fastGaps = fast ? m_fastGaps + 1 : 0;
    m_allFast = m_allFast && fast;
    return fast;
}

} // namespace cardbridge
