#pragma once

#include "agreement/Agreement.h"
#include "consent/Verdict.h"
#include "store/AgreementRepository.h"
#include "store/CardLookupRepository.h"

#include <QDate>

#include <optional>

namespace cardbridge {

// The verdict for a card that was found in the store: the rules of GUIDE section 3 in one
// place. Order matters: a blocked card first, then scope, then dates, then consent.
Verdict decideKnownCard(const CardLookupRow &card, const SchoolRecord &school,
    const std::optional<Agreement> &agreement, const QDate &today);

// The verdict for a valid card with no record, which depends on the consent model.
Verdict decideUnknownCard(const std::optional<Agreement> &agreement);

} // namespace cardbridge
