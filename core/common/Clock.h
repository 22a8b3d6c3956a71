#pragma once

#include <QDateTime>

namespace cardbridge {

// Time is injected so tests can drive expiry, debounce and idle lock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Monotonic milliseconds, for measuring gaps (key timing, debounce).
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
    static const SystemClock &instance();
};

// A clock that only moves when told to: for tests and replays.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};

} // namespace cardbridge
