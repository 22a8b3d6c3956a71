#include "camera/CardSymbologies.h"

#include "consent/AgreementCatalog.h"

namespace cardbridge {

QList<Symbology> cardSymbologies(const AgreementCatalog &catalog)
{
    QList<Symbology> symbologies;
    for (const auto &group : catalog.ruleGroups()) {
        for (const Symbology symbology : group.rule.symbologies) {
            if (!symbologies.contains(symbology))
                symbologies.append(symbology);
        }
    }
    return symbologies.isEmpty() ? allCardSymbologies() : symbologies;
}

QList<Symbology> cardSymbologies(QSqlDatabase database)
{
    const auto catalog = AgreementCatalog::load(std::move(database));
    return catalog ? cardSymbologies(*catalog) : allCardSymbologies();
}

} // namespace cardbridge
