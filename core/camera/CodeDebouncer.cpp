#include "camera/CodeDebouncer.h"

namespace cardbridge {

CodeDebouncer::CodeDebouncer(const Clock &clock, qint64 windowMs)
    : m_clock(clock)
    , m_windowMs(windowMs)
{
}

bool CodeDebouncer::accept(const QString &code)
{
    if (code.isEmpty())
        return false;
    const qint64 now = m_clock.monotonicMs();
    const bool repeat = code == m_lastCode && now - m_lastSeenMs < m_windowMs;
    m_lastCode = code;
    m_lastSeenMs = now;
    return !repeat;
}

void CodeDebouncer::reset()
{
    m_lastCode.clear();
    m_lastSeenMs = 0;
}

} // namespace cardbridge
