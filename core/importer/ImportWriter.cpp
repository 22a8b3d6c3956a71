#include "importer/ImportWriter.h"

namespace cardbridge::importer {

namespace {

const QString kCreated = QStringLiteral("created");
const QString kUpdated = QStringLiteral("updated");
const QString kWithdrawn = QStringLiteral("withdrawn");
const QString kDeparted = QStringLiteral("departed");

QString keep(const QString &fromRow, const QString &stored)
{
    return fromRow.isEmpty() ? stored : fromRow;
}

} // namespace

ImportWriter::ImportWriter(
    QSqlDatabase database, const ImportPlan &plan, QString account, QDateTime nowUtc)
    : m_plan(plan)
    , m_students(database)
    , m_imports(database)
    , m_audit(database)
    , m_account(std::move(account))
    , m_now(std::move(nowUtc))
{
}

Status ImportWriter::begin(const QString &fileName, const QString &sha256Hex)
{
    auto id = m_imports.beginBatch(fileName, sha256Hex, m_account, m_now);
    if (!id)
        return unexpected(id.error());
    m_batchId = *id;
    m_fileName = fileName;
    return {};
}

Status ImportWriter::apply(const ImportRow &row, StudentAction action)
{
    if (action == StudentAction::Create)
        return create(row);
    const auto found
        = m_plan.existing.constFind(ImportRepository::studentKey(row.schoolId, row.studentNumber));
    const ExistingStudent *existing = found == m_plan.existing.cend() ? nullptr : &*found;
    if (action == StudentAction::Unchanged || action == StudentAction::NotStored || !existing)
        return {};
    switch (action) {
    case StudentAction::Update:
        return update(row, *existing);
    case StudentAction::Withdraw:
        return withdraw(row, *existing);
    case StudentAction::Depart:
        return depart(*existing);
    default:
        return {};
    }
}

Status ImportWriter::departMissing(const ExistingStudent &student)
{
    return depart(student);
}

Status ImportWriter::finish(const ImportCounts &counts)
{
    if (auto finished = m_imports.finishBatch(m_batchId, importCountsJson(counts)); !finished)
        return finished;
    return m_audit.record({ m_now, m_account, kAuditImportCommitted,
        QStringLiteral("batch %1 from %2: %3 rows, %4 new, %5 updated, %6 withdrawn, %7 departed, "
                       "%8 rejected")
            .arg(m_batchId)
            .arg(m_fileName)
            .arg(counts.rows)
            .arg(counts.created)
            .arg(counts.updated)
            .arg(counts.withdrawn)
            .arg(counts.departed)
            .arg(counts.rejected) });
}

Status ImportWriter::create(const ImportRow &row)
{
    NewStudent student;
    student.schoolId = row.schoolId;
    student.studentNumber = row.studentNumber;
    student.givenName = row.givenName;
    student.familyName = row.familyName;
    student.grade = row.grade;
    student.email = row.email;
    student.phone = row.phone;
    student.address = row.address;
    auto id = row.decision
        ? m_students.insertWithConsent(student, consentRecord(0, row, *row.decision), m_now)
        : m_students.insert(student, m_now);
    if (!id)
        return unexpected(id.error());
    if (auto added
        = m_students.addCard(*id, row.schoolId, row.cardBarcode, CardState::Active, m_now);
        !added)
        return added;
    return m_imports.recordChange(m_batchId, *id, kCreated, {});
}

Status ImportWriter::update(const ImportRow &row, const ExistingStudent &existing)
{
    if (auto logged = m_imports.recordChange(
            m_batchId, existing.id, kUpdated, ImportRepository::previousState(existing, true));
        !logged)
        return logged;
    const StudentUpdate update { row.givenName, row.familyName, row.grade,
        keep(row.email, existing.email), keep(row.phone, existing.phone),
        keep(row.address, existing.address) };
    if (auto updated = m_imports.updateStudent(existing.id, update, m_now); !updated)
        return updated;
    if (existing.enrolment != QStringLiteral("active"))
        if (auto back = m_imports.reactivate(existing.id, m_now); !back)
            return back;
    auto hasCard = m_imports.hasCard(existing.id, row.cardBarcode);
    if (!hasCard)
        return unexpected(hasCard.error());
    if (!*hasCard)
        if (auto added = m_students.addCard(
                existing.id, row.schoolId, row.cardBarcode, CardState::Active, m_now);
            !added)
            return added;
    const auto decision = effectiveDecision(row, true, m_plan.consentModel);
    const bool consentChanged = decision
        && (consentDecisionKey(*decision) != existing.consentState
            || (row.decidedOn && row.decidedOn != existing.consentDecidedOn));
    if (consentChanged)
        return recordConsent(existing.id, row, *decision);
    return {};
}

Status ImportWriter::withdraw(const ImportRow &row, const ExistingStudent &existing)
{
    // The contact data goes at once and for good: undo does not bring it back.
    if (auto logged = m_imports.recordChange(
            m_batchId, existing.id, kWithdrawn, ImportRepository::previousState(existing, false));
        !logged)
        return logged;
    return recordConsent(existing.id, row, ConsentDecision::Withdrawn);
}

Status ImportWriter::depart(const ExistingStudent &existing)
{
    if (auto logged = m_imports.recordChange(
            m_batchId, existing.id, kDeparted, ImportRepository::previousState(existing, true));
        !logged)
        return logged;
    return m_students.markDeparted(existing.id, m_now);
}

Status ImportWriter::recordConsent(qint64 studentId, const ImportRow &row, ConsentDecision decision)
{
    return m_students.recordConsent(consentRecord(studentId, row, decision), m_now);
}

ConsentRecord ImportWriter::consentRecord(
    qint64 studentId, const ImportRow &row, ConsentDecision decision) const
{
    ConsentRecord record;
    record.studentId = studentId;
    record.decision = decision;
    record.givenBy = row.guardian;
    record.decidedOn = row.decidedOn.value_or(m_now.date());
    record.channel = row.channel;
    record.formVersion = row.formVersion;
    record.importBatchId = m_batchId;
    record.staffAccount = m_account;
    if (decision == ConsentDecision::Withdrawn) {
        record.withdrawnOn = record.decidedOn;
        record.withdrawalChannel = row.channel;
    } else {
        record.validUntil = m_plan.consentValidUntil;
    }
    return record;
}

} // namespace cardbridge::importer
