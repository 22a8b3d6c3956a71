#pragma once

#include "scanner/WedgeClassifier.h"

#include <deque>
#include <optional>
#include <utility>

namespace cardbridge {

// The keys a WedgeClassifier told the caller to hold back, in arrival order. Key is whatever
// the caller needs to re-deliver one (a copy of the key event and its target, or a character
// in tests).
template<typename Key> class HeldKeyQueue {
public:
    // Applies `outcome`: drops the keys of a finished scan, hands the keys a person typed to
    // `deliver` in order, and keeps `current` when it is to be held. Returns true when the
    // caller must not deliver `current` now (held or swallowed).
    template<typename Deliver>
    bool apply(const WedgeOutcome &outcome, std::optional<Key> current, Deliver &&deliver)
    {
        for (int i = 0; i < outcome.scanKeys && !m_keys.empty(); ++i)
            m_keys.pop_front();
        for (int i = 0; i < outcome.typedKeys && !m_keys.empty(); ++i) {
            Key key = std::move(m_keys.front());
            m_keys.pop_front();
            deliver(key);
        }
        switch (outcome.current) {
        case WedgeOutcome::Current::Hold:
            if (current)
                m_keys.push_back(std::move(*current));
            return true;
        case WedgeOutcome::Current::Swallow:
            return true;
        case WedgeOutcome::Current::None:
        case WedgeOutcome::Current::Deliver:
            break;
        }
        return false;
    }

    bool empty() const { return m_keys.empty(); }
    std::size_t size() const { return m_keys.size(); }

private:
    std::deque<Key> m_keys;
};

} // namespace cardbridge
