#pragma once

#include "common/Error.h"
#include "consent/ConsentRecord.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cardbridge {

struct NewStudent {
    qint64 schoolId = 0;
    QString studentNumber;
    QString givenName;
    QString familyName;
    QString grade; // normalised (agreement/Grade.h)
    QString email;
    QString phone;
    QString address;
};

enum class CardState { Active, Blocked, Replaced };
QString cardStateKey(CardState state);

// Writes students, their card barcodes and consent decisions. Statements are prepared once
// and reused, so bulk loads inside a caller's transaction stay fast.
class StudentRepository {
public:
    explicit StudentRepository(QSqlDatabase database);

    Result<qint64> insert(const NewStudent &student, const QDateTime &nowUtc);
    Status addCard(qint64 studentId, qint64 schoolId, const QString &barcode, CardState state,
        const QDateTime &nowUtc);
    // Adds the record and makes it the student's current decision. A withdrawal removes the
    // student's contact data at once (GUIDE section 6).
    Status recordConsent(const ConsentRecord &record, const QDateTime &nowUtc);
    // A new student with a first decision, as recordConsent after insert would leave it, in
    // two statements rather than three: the student row carries the decision from the start.
    // record.studentId is filled in.
    Result<qint64> insertWithConsent(
        const NewStudent &student, ConsentRecord record, const QDateTime &nowUtc);
    Status markDeparted(qint64 studentId, const QDateTime &nowUtc);

private:
    Result<qint64> insertRow(const NewStudent &student, const QString &consentState,
        const QVariant &consentValidUntil, const QDateTime &nowUtc);
    Status insertConsentRecord(const ConsentRecord &record, const QDateTime &nowUtc);
    // Earlier imports' change log keeps previous contact data for undo; a withdrawal removes
    // it there too, so no copy survives.
    Status forgetContactHistory(qint64 studentId);

    QSqlDatabase m_database;
    QSqlQuery m_insertStudent;
    QSqlQuery m_insertCard;
    QSqlQuery m_insertConsent;
    QSqlQuery m_updateConsentState;
    QSqlQuery m_clearContact;
};

} // namespace cardbridge
