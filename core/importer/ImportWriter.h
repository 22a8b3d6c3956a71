#pragma once

#include "importer/ImportPlan.h"
#include "store/AuditLog.h"
#include "store/ImportRepository.h"
#include "store/StudentRepository.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace cardbridge::importer {

// Pass two's writes for one batch, inside the importer's transaction: each change to a
// student goes with a change-log entry that lets the batch be undone.
class ImportWriter {
public:
    ImportWriter(QSqlDatabase database, const ImportPlan &plan, QString account, QDateTime nowUtc);

    Status begin(const QString &fileName, const QString &sha256Hex);
    Status apply(const ImportRow &row, StudentAction action);
    Status departMissing(const ExistingStudent &student);
    // Records the counts with the batch and the import in the audit log.
    Status finish(const ImportCounts &counts);
    qint64 batchId() const { return m_batchId; }

private:
    Status create(const ImportRow &row);
    Status update(const ImportRow &row, const ExistingStudent &existing);
    Status withdraw(const ImportRow &row, const ExistingStudent &existing);
    Status depart(const ExistingStudent &existing);
    Status recordConsent(qint64 studentId, const ImportRow &row, ConsentDecision decision);
    ConsentRecord consentRecord(
        qint64 studentId, const ImportRow &row, ConsentDecision decision) const;

    const ImportPlan &m_plan;
    StudentRepository m_students;
    ImportRepository m_imports;
    AuditLog m_audit;
    QString m_account;
    QString m_fileName;
    QDateTime m_now;
    qint64 m_batchId = 0;
};

} // namespace cardbridge::importer
