#pragma once

#include "common/Error.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace cardbridge {

// A student as the importer needs to compare it with a row of a consent list.
struct ExistingStudent {
    qint64 id = 0;
    qint64 schoolId = 0;
    QString studentNumber;
    QString givenName;
    QString familyName;
    QString grade;
    QString email;
    QString phone;
    QString address;
    QString enrolment; // active / departed
    QString consentState; // none / granted / declined / withdrawn
    QString consentValidUntil; // ISO date or empty
    std::optional<QDate> consentDecidedOn; // of the latest consent record
};

// The fields an import may change on a student it already holds.
struct StudentUpdate {
    QString givenName;
    QString familyName;
    QString grade;
    QString email;
    QString phone;
    QString address;
};

// The store side of an import (issue 4): the students to compare against, the batch record
// and the per-student change log that makes undo possible. Runs inside the importer's
// transaction; statements are prepared once.
class ImportRepository {
public:
    explicit ImportRepository(QSqlDatabase database);

    // Every student, keyed by studentKey(schoolId, studentNumber).
    Result<QHash<QString, ExistingStudent>> students();
    static QString studentKey(qint64 schoolId, const QString &studentNumber);

    // A large import writes index pages all over the file. A page cache of this size for the
    // connection keeps them from being encrypted, spilled and read back inside the transaction.
    static Status reservePageCache(QSqlDatabase database, int mebibytes);

    // The newest batch not undone that imported a file with this SHA-256.
    Result<std::optional<qint64>> batchWithSha256(const QString &sha256Hex);

    Result<qint64> beginBatch(const QString &fileName, const QString &sha256Hex,
        const QString &account, const QDateTime &nowUtc);
    Status finishBatch(qint64 batchId, const QJsonObject &counts);

    // `previous` is the state to restore on undo; empty for a student the batch created.
    Status recordChange(
        qint64 batchId, qint64 studentId, const QString &action, const QJsonObject &previous);
    Status updateStudent(qint64 studentId, const StudentUpdate &update, const QDateTime &nowUtc);
    Status reactivate(qint64 studentId, const QDateTime &nowUtc);
    Result<bool> hasCard(qint64 studentId, const QString &barcode);

    // The state undo puts back (contact fields left out when `withContact` is false).
    static QJsonObject previousState(const ExistingStudent &student, bool withContact);

private:
    QSqlDatabase m_database;
    QSqlQuery m_recordChange;
    QSqlQuery m_updateStudent;
    QSqlQuery m_hasCard;
};

} // namespace cardbridge
