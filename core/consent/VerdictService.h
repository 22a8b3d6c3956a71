#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "consent/Verdict.h"

#include <QSqlDatabase>

#include <memory>

namespace cardbridge {

class AgreementCatalog;
class CardLookupRepository;

// Answers "may this card be used, and as which patron?" for a scanned or typed string.
// Card rules, agreements and schools are loaded once (reload() after they change); a lookup
// is then one indexed read. Lives on the thread that owns the database connection.
class VerdictService {
public:
    VerdictService(QSqlDatabase database, const Clock &clock);
    ~VerdictService();
    VerdictService(const VerdictService &) = delete;
    VerdictService &operator=(const VerdictService &) = delete;

    // Re-reads agreements, schools and rules from the store.
    Status reload();
    Verdict lookup(QStringView input);

private:
    Verdict decide(QStringView input);

    const Clock &m_clock;
    std::unique_ptr<AgreementCatalog> m_catalog;
    std::unique_ptr<CardLookupRepository> m_cards;
    QSqlDatabase m_database;
};

} // namespace cardbridge
