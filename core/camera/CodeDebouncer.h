#pragma once

#include "common/Clock.h"

#include <QString>

namespace cardbridge {

// Lets a code through once while a card stays in front of the camera: a code identical to the
// last one seen less than `windowMs` ago is ignored. Every sighting restarts the window, so a
// card left in view fires once, and the same card shown again after a pause fires again.
// A different code always fires at once.
class CodeDebouncer {
public:
    static constexpr qint64 kDefaultWindowMs = 3000;

    explicit CodeDebouncer(const Clock &clock, qint64 windowMs = kDefaultWindowMs);

    // True when `code` should be acted on now.
    bool accept(const QString &code);
    // Forgets the last code (the camera was stopped or switched).
    void reset();

    void setWindowMs(qint64 windowMs) { m_windowMs = windowMs; }
    qint64 windowMs() const { return m_windowMs; }

private:
    const Clock &m_clock;
    qint64 m_windowMs;
    QString m_lastCode;
    qint64 m_lastSeenMs = 0;
};

} // namespace cardbridge
