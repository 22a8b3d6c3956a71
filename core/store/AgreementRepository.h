#pragma once

#include "agreement/Agreement.h"
#include "common/Error.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace cardbridge {

struct SchoolRecord {
    qint64 id = 0;
    QString code;
    QString name;
    bool inAgreement = false;
    CardRule cardRule;
};

// The current agreement and the schools it names.
class AgreementRepository {
public:
    explicit AgreementRepository(QSqlDatabase database);

    // Replaces the current agreement in one transaction. Schools are matched by code; a school
    // the new agreement no longer names stays in the store (its students refer to it) but is
    // out of scope.
    Status apply(const Agreement &agreement, const QDateTime &nowUtc);
    Result<std::optional<Agreement>> current();
    Result<QList<SchoolRecord>> schools();

private:
    Status applyInTransaction(const Agreement &agreement, const QDateTime &nowUtc);
    QSqlDatabase m_database;
};

} // namespace cardbridge
