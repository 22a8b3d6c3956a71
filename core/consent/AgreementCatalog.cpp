#include "consent/AgreementCatalog.h"

#include <QJsonDocument>

namespace cardbridge {

Result<AgreementCatalog> AgreementCatalog::load(QSqlDatabase database)
{
    AgreementRepository repository(std::move(database));
    auto agreement = repository.current();
    if (!agreement)
        return unexpected(agreement.error());
    auto schools = repository.schools();
    if (!schools)
        return unexpected(schools.error());

    AgreementCatalog catalog;
    catalog.m_agreement = *agreement;
    catalog.m_schools = *schools;
    QHash<QByteArray, qsizetype> groupByRule;
    for (qsizetype i = 0; i < catalog.m_schools.size(); ++i) {
        const SchoolRecord &school = catalog.m_schools.at(i);
        catalog.m_schoolIndex.insert(school.id, i);
        const QByteArray ruleKey
            = QJsonDocument(school.cardRule.toJson()).toJson(QJsonDocument::Compact);
        auto group = groupByRule.constFind(ruleKey);
        if (group == groupByRule.constEnd()) {
            group = groupByRule.insert(ruleKey, catalog.m_ruleGroups.size());
            catalog.m_ruleGroups.append(RuleGroup { school.cardRule, {} });
        }
        catalog.m_ruleGroups[*group].schoolIds.append(school.id);
    }
    return catalog;
}

const SchoolRecord *AgreementCatalog::school(qint64 id) const
{
    const auto found = m_schoolIndex.constFind(id);
    return found == m_schoolIndex.constEnd() ? nullptr : &m_schools.at(*found);
}

} // namespace cardbridge
