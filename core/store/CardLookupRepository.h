#pragma once

#include "common/Error.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace cardbridge {

// What the verdict needs to know about a card and its student, in one indexed read.
struct CardLookupRow {
    QString cardState; // active / blocked / replaced
    qint64 studentId = 0;
    qint64 schoolId = 0;
    QString givenName;
    QString familyName;
    QString grade;
    QString studentNumber;
    QString enrolment; // active / departed
    QString consentState; // none / granted / declined / withdrawn
    QDate consentValidUntil;
};

class CardLookupRepository {
public:
    explicit CardLookupRepository(QSqlDatabase database);

    // The card with this normalised barcode at one of `schoolIds`, if any.
    Result<std::optional<CardLookupRow>> find(
        const QString &barcode, const QList<qint64> &schoolIds);

private:
    QSqlDatabase m_database;
    QSqlQuery m_select;
};

} // namespace cardbridge
