#include "store/StudentRepository.h"

#include "store/SqlHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

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
        "phone, address, enrolment, consent_state, consent_valid_until, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)"));
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
    return insertRow(
        student, QStringLiteral("none"), QVariant(QMetaType::fromType<QString>()), nowUtc);
}

Result<qint64> StudentRepository::insertWithConsent(
    const NewStudent &student, ConsentRecord record, const QDateTime &nowUtc)
{
    // A withdrawal takes the general path, which also removes the contact data.
    const bool withdrawn = record.decision == ConsentDecision::Withdrawn;
    auto id = withdrawn ? insert(student, nowUtc)
                        : insertRow(student, consentDecisionKey(record.decision),
                            optionalDate(record.validUntil), nowUtc);
    if (!id)
        return id;
    record.studentId = *id;
    const Status recorded
        = withdrawn ? recordConsent(record, nowUtc) : insertConsentRecord(record, nowUtc);
    if (!recorded)
        return unexpected(recorded.error());
    return id;
}

Result<qint64> StudentRepository::insertRow(const NewStudent &student, const QString &consentState,
    const QVariant &consentValidUntil, const QDateTime &nowUtc)
{
    m_insertStudent.addBindValue(student.schoolId);
    m_insertStudent.addBindValue(student.studentNumber);
    m_insertStudent.addBindValue(student.givenName);
    m_insertStudent.addBindValue(student.familyName);
    m_insertStudent.addBindValue(student.grade);
    m_insertStudent.addBindValue(nullIfEmpty(student.email));
    m_insertStudent.addBindValue(nullIfEmpty(student.phone));
    m_insertStudent.addBindValue(nullIfEmpty(student.address));
    m_insertStudent.addBindValue(consentState);
    m_insertStudent.addBindValue(consentValidUntil);
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

Status StudentRepository::insertConsentRecord(const ConsentRecord &record, const QDateTime &nowUtc)
{
    m_insertConsent.addBindValue(record.studentId);
    m_insertConsent.addBindValue(consentDecisionKey(record.decision));
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
    return {};
}

Status StudentRepository::recordConsent(const ConsentRecord &record, const QDateTime &nowUtc)
{
    if (auto inserted = insertConsentRecord(record, nowUtc); !inserted)
        return inserted;
    m_updateConsentState.addBindValue(consentDecisionKey(record.decision));
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
        return forgetContactHistory(record.studentId);
    }
    return {};
}

Status StudentRepository::forgetContactHistory(qint64 studentId)
{
    static const QStringList kContactKeys
        = { QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("address") };
    QSqlQuery select(m_database);
    select.prepare(QStringLiteral("SELECT id, previous FROM import_changes "
                                  "WHERE student_id = ? AND previous IS NOT NULL"));
    select.addBindValue(studentId);
    if (!select.exec())
        return sqlFailure(select.lastError(), QStringLiteral("read a student's import history"));
    QList<std::pair<qint64, QJsonObject>> scrubbed;
    while (select.next()) {
        QJsonObject previous
            = QJsonDocument::fromJson(select.value(1).toString().toUtf8()).object();
        bool hadContact = false;
        for (const QString &key : kContactKeys)
            if (previous.contains(key)) {
                previous.remove(key);
                hadContact = true;
            }
        if (hadContact)
            scrubbed.append({ select.value(0).toLongLong(), previous });
    }
    QSqlQuery update(m_database);
    update.prepare(QStringLiteral("UPDATE import_changes SET previous = ? WHERE id = ?"));
    for (const auto &[id, previous] : std::as_const(scrubbed)) {
        update.addBindValue(
            QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)));
        update.addBindValue(id);
        if (!update.exec())
            return sqlFailure(
                update.lastError(), QStringLiteral("remove contact data from import history"));
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
