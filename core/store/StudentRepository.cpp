#include "store/StudentRepository.h"

#include "store/SqlHelpers.h"

namespace cardbridge {

namespace {
QVariant optionalDate(const std::optional<QDate> &date)
{
    return date ? QVariant(isoDate(*date)) : QVariant(QMetaType::fromType<QString>());
}
} // namespace

QString cardStateKey(CardState state)
{
    switch (state) {
    case CardState::Active:
        return QStringLiteral("active");
    case CardState::Blocked:
        return QStringLiteral("blocked");
    case CardState::Replaced:
        return QStringLiteral("replaced");
    }
    return {};
}

StudentRepository::StudentRepository(QSqlDatabase database)
    : m_database(std::move(database))
    , m_insertStudent(m_database)
    , m_insertCard(m_database)
    , m_insertConsent(m_database)
    , m_updateConsentState(m_database)
    , m_clearContact(m_database)
{
    m_insertStudent.prepare(QStringLiteral(
        "INSERT INTO students (school_id, student_number, given_name, family_name, grade, email, "
        "phone, address, enrolment, consent_state, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', 'none', ?)"));
    m_insertCard.prepare(
        QStringLiteral("INSERT INTO card_barcodes (barcode, school_id, student_id, "
                       "state, changed_at) VALUES (?, ?, ?, ?, ?)"));
    m_insertConsent.prepare(QStringLiteral(
        "INSERT INTO consent_records (student_id, decision, given_by, decided_on, channel, "
        "form_version, valid_until, import_batch_id, staff_account, withdrawn_on, "
        "withdrawal_channel, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_updateConsentState.prepare(
        QStringLiteral("UPDATE students SET consent_state = ?, "
                       "consent_valid_until = ?, updated_at = ? WHERE id = ?"));
    m_clearContact.prepare(QStringLiteral("UPDATE students SET email = NULL, phone = NULL, "
                                          "address = NULL WHERE id = ?"));
}

Result<qint64> StudentRepository::insert(const NewStudent &student, const QDateTime &nowUtc)
{
    m_insertStudent.addBindValue(student.schoolId);
    m_insertStudent.addBindValue(student.studentNumber);
    m_insertStudent.addBindValue(student.givenName);
    m_insertStudent.addBindValue(student.familyName);
    m_insertStudent.addBindValue(student.grade);
    m_insertStudent.addBindValue(nullIfEmpty(student.email));
    m_insertStudent.addBindValue(nullIfEmpty(student.phone));
    m_insertStudent.addBindValue(nullIfEmpty(student.address));
    m_insertStudent.addBindValue(isoUtc(nowUtc));
    if (!m_insertStudent.exec())
        return sqlFailure(m_insertStudent.lastError(), QStringLiteral("add a student"));
    return m_insertStudent.lastInsertId().toLongLong();
}

Status StudentRepository::addCard(qint64 studentId, qint64 schoolId, const QString &barcode,
    CardState state, const QDateTime &nowUtc)
{
    m_insertCard.addBindValue(barcode);
    m_insertCard.addBindValue(schoolId);
    m_insertCard.addBindValue(studentId);
    m_insertCard.addBindValue(cardStateKey(state));
    m_insertCard.addBindValue(isoUtc(nowUtc));
    if (!m_insertCard.exec())
        return sqlFailure(m_insertCard.lastError(), QStringLiteral("add a card barcode"));
    return {};
}

Status StudentRepository::recordConsent(const ConsentRecord &record, const QDateTime &nowUtc)
{
    const QString decision = consentDecisionKey(record.decision);
    m_insertConsent.addBindValue(record.studentId);
    m_insertConsent.addBindValue(decision);
    m_insertConsent.addBindValue(nullIfEmpty(record.givenBy));
    m_insertConsent.addBindValue(isoDate(record.decidedOn));
    m_insertConsent.addBindValue(nullIfEmpty(record.channel));
    m_insertConsent.addBindValue(nullIfEmpty(record.formVersion));
    m_insertConsent.addBindValue(optionalDate(record.validUntil));
    m_insertConsent.addBindValue(record.importBatchId ? QVariant(*record.importBatchId)
                                                      : QVariant(QMetaType::fromType<qint64>()));
    m_insertConsent.addBindValue(nullIfEmpty(record.staffAccount));
    m_insertConsent.addBindValue(optionalDate(record.withdrawnOn));
    m_insertConsent.addBindValue(nullIfEmpty(record.withdrawalChannel));
    m_insertConsent.addBindValue(isoUtc(nowUtc));
    if (!m_insertConsent.exec())
        return sqlFailure(m_insertConsent.lastError(), QStringLiteral("record a consent decision"));

    m_updateConsentState.addBindValue(decision);
    m_updateConsentState.addBindValue(optionalDate(record.validUntil));
    m_updateConsentState.addBindValue(isoUtc(nowUtc));
    m_updateConsentState.addBindValue(record.studentId);
    if (!m_updateConsentState.exec())
        return sqlFailure(
            m_updateConsentState.lastError(), QStringLiteral("update a consent state"));

    if (record.decision == ConsentDecision::Withdrawn) {
        m_clearContact.addBindValue(record.studentId);
        if (!m_clearContact.exec())
            return sqlFailure(m_clearContact.lastError(), QStringLiteral("remove contact data"));
    }
    return {};
}

Status StudentRepository::markDeparted(qint64 studentId, const QDateTime &nowUtc)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE students SET enrolment = 'departed', updated_at = ? "
                                 "WHERE id = ?"));
    query.addBindValue(isoUtc(nowUtc));
    query.addBindValue(studentId);
    if (!query.exec())
        return sqlFailure(query.lastError(), QStringLiteral("mark a student departed"));
    return {};
}

} // namespace cardbridge
