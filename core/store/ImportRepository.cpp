#include "store/ImportRepository.h"

#include "store/SqlHelpers.h"

#include <QJsonDocument>

namespace cardbridge {

namespace {

QString text(const QSqlQuery &query, int column)
{
    return query.value(column).toString();
}

} // namespace

ImportRepository::ImportRepository(QSqlDatabase database)
    : m_database(std::move(database))
    , m_recordChange(m_database)
    , m_updateStudent(m_database)
    , m_hasCard(m_database)
{
    m_recordChange.prepare(QStringLiteral("INSERT INTO import_changes (batch_id, student_id, "
                                          "action, previous) VALUES (?, ?, ?, ?)"));
    m_updateStudent.prepare(QStringLiteral(
        "UPDATE students SET given_name = ?, family_name = ?, grade = ?, email = ?, phone = ?, "
        "address = ?, updated_at = ? WHERE id = ?"));
    m_hasCard.prepare(
        QStringLiteral("SELECT 1 FROM card_barcodes WHERE student_id = ? AND barcode = ?"));
}

QString ImportRepository::studentKey(qint64 schoolId, const QString &studentNumber)
{
    return QString::number(schoolId) + QLatin1Char('/') + studentNumber;
}

Status ImportRepository::reservePageCache(QSqlDatabase database, int mebibytes)
{
    QSqlQuery pragma(database);
    // A negative cache_size is in KiB rather than pages.
    if (!pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(mebibytes * 1024)))
        return sqlFailure(pragma.lastError(), QStringLiteral("set the page cache"));
    return {};
}

Result<QHash<QString, ExistingStudent>> ImportRepository::students()
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // The latest consent record's date per student, joined in one pass.
    if (!query.exec(QStringLiteral(
            "SELECT s.id, s.school_id, s.student_number, s.given_name, s.family_name, s.grade, "
            "s.email, s.phone, s.address, s.enrolment, s.consent_state, c.decided_on, "
            "s.consent_valid_until "
            "FROM students s LEFT JOIN consent_records c ON c.id = "
            "(SELECT MAX(id) FROM consent_records WHERE student_id = s.id)")))
        return sqlFailure(query.lastError(), QStringLiteral("read the students"));
    QHash<QString, ExistingStudent> students;
    while (query.next()) {
        ExistingStudent student;
        student.id = query.value(0).toLongLong();
        student.schoolId = query.value(1).toLongLong();
        student.studentNumber = text(query, 2);
        student.givenName = text(query, 3);
        student.familyName = text(query, 4);
        student.grade = text(query, 5);
        student.email = text(query, 6);
        student.phone = text(query, 7);
        student.address = text(query, 8);
        student.enrolment = text(query, 9);
        student.consentState = text(query, 10);
        if (!query.isNull(11))
            student.consentDecidedOn = QDate::fromString(text(query, 11), Qt::ISODate);
        student.consentValidUntil = text(query, 12);
        students.insert(studentKey(student.schoolId, student.studentNumber), student);
    }
    return students;
}

Result<std::optional<qint64>> ImportRepository::batchWithSha256(const QString &sha256Hex)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id FROM import_batches WHERE sha256 = ? AND undone_at "
                                 "IS NULL ORDER BY id DESC"));
    query.addBindValue(sha256Hex);
    if (!query.exec())
        return sqlFailure(query.lastError(), QStringLiteral("look up earlier imports"));
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<qint64> ImportRepository::beginBatch(const QString &fileName, const QString &sha256Hex,
    const QString &account, const QDateTime &nowUtc)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO import_batches (file_name, sha256, account, "
                                 "imported_at, counts) VALUES (?, ?, ?, ?, '{}')"));
    query.addBindValue(fileName);
    query.addBindValue(sha256Hex);
    query.addBindValue(account);
    query.addBindValue(isoUtc(nowUtc));
    if (!query.exec())
        return sqlFailure(query.lastError(), QStringLiteral("record the import batch"));
    return query.lastInsertId().toLongLong();
}

Status ImportRepository::finishBatch(qint64 batchId, const QJsonObject &counts)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE import_batches SET counts = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
    query.addBindValue(batchId);
    if (!query.exec())
        return sqlFailure(query.lastError(), QStringLiteral("record the import counts"));
    return {};
}

Status ImportRepository::recordChange(
    qint64 batchId, qint64 studentId, const QString &action, const QJsonObject &previous)
{
    m_recordChange.addBindValue(batchId);
    m_recordChange.addBindValue(studentId);
    m_recordChange.addBindValue(action);
    m_recordChange.addBindValue(previous.isEmpty()
            ? QVariant(QMetaType::fromType<QString>())
            : QVariant(QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact))));
    if (!m_recordChange.exec())
        return sqlFailure(m_recordChange.lastError(), QStringLiteral("record an import change"));
    return {};
}

Status ImportRepository::updateStudent(
    qint64 studentId, const StudentUpdate &update, const QDateTime &nowUtc)
{
    m_updateStudent.addBindValue(update.givenName);
    m_updateStudent.addBindValue(update.familyName);
    m_updateStudent.addBindValue(update.grade);
    m_updateStudent.addBindValue(nullIfEmpty(update.email));
    m_updateStudent.addBindValue(nullIfEmpty(update.phone));
    m_updateStudent.addBindValue(nullIfEmpty(update.address));
    m_updateStudent.addBindValue(isoUtc(nowUtc));
    m_updateStudent.addBindValue(studentId);
    if (!m_updateStudent.exec())
        return sqlFailure(m_updateStudent.lastError(), QStringLiteral("update a student"));
    return {};
}

Status ImportRepository::reactivate(qint64 studentId, const QDateTime &nowUtc)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE students SET enrolment = 'active', updated_at = ? WHERE id = ?"));
    query.addBindValue(isoUtc(nowUtc));
    query.addBindValue(studentId);
    if (!query.exec())
        return sqlFailure(query.lastError(), QStringLiteral("re-enrol a student"));
    return {};
}

Result<bool> ImportRepository::hasCard(qint64 studentId, const QString &barcode)
{
    m_hasCard.addBindValue(studentId);
    m_hasCard.addBindValue(barcode);
    if (!m_hasCard.exec())
        return sqlFailure(m_hasCard.lastError(), QStringLiteral("look up a card"));
    const bool found = m_hasCard.next();
    m_hasCard.finish();
    return found;
}

QJsonObject ImportRepository::previousState(const ExistingStudent &student, bool withContact)
{
    QJsonObject state {
        { QStringLiteral("given_name"), student.givenName },
        { QStringLiteral("family_name"), student.familyName },
        { QStringLiteral("grade"), student.grade },
        { QStringLiteral("enrolment"), student.enrolment },
        { QStringLiteral("consent_state"), student.consentState },
        { QStringLiteral("consent_valid_until"), student.consentValidUntil },
    };
    if (withContact) {
        state.insert(QStringLiteral("email"), student.email);
        state.insert(QStringLiteral("phone"), student.phone);
        state.insert(QStringLiteral("address"), student.address);
    }
    return state;
}

} // namespace cardbridge
