#include "consent/ConsentRecord.h"

namespace cardbridge {

QString consentDecisionKey(ConsentDecision decision)
{
    switch (decision) {
    case ConsentDecision::Granted:
        return QStringLiteral("granted");
    case ConsentDecision::Declined:
        return QStringLiteral("declined");
    case ConsentDecision::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<ConsentDecision> consentDecisionFromKey(QStringView key)
{
    for (const auto decision :
        { ConsentDecision::Granted, ConsentDecision::Declined, ConsentDecision::Withdrawn })
        if (key == consentDecisionKey(decision))
            return decision;
    return std::nullopt;
}

} // namespace cardbridge
