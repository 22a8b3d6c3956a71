#pragma once

#include "agreement/Agreement.h"
#include "common/Error.h"
#include "store/AgreementRepository.h"

#include <QHash>
#include <QList>

#include <optional>

namespace cardbridge {

// The agreement, its schools and their card rules, held in memory for fast lookups.
// Schools that share a card rule are grouped so each distinct rule is applied once.
class AgreementCatalog {
public:
    struct RuleGroup {
        CardRule rule;
        QList<qint64> schoolIds;
    };

    static Result<AgreementCatalog> load(QSqlDatabase database);

    const std::optional<Agreement> &agreement() const { return m_agreement; }
    const QList<RuleGroup> &ruleGroups() const { return m_ruleGroups; }
    const SchoolRecord *school(qint64 id) const;

private:
    std::optional<Agreement> m_agreement;
    QList<SchoolRecord> m_schools;
    QHash<qint64, qsizetype> m_schoolIndex;
    QList<RuleGroup> m_ruleGroups;
};

} // namespace cardbridge
