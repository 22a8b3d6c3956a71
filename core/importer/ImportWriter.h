#pragma once

#include "importer/ImportPlan.h"
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
    Status finish(const QJsonObject &counts);
    qint64 batchId() const { return m_batchId; }

private:
    Status create(const ImportRow &row);
    Status update(const ImportRow &row, const ExistingStudent &existing);
    Status withdraw(const ImportRow &row, const ExistingStudent &existing);
    Status depart(const ExistingStudent &existing);
    Status recordConsent(qint64 studentId, const ImportRow &row, ConsentDecision decision);

    const ImportPlan &m_plan;
    StudentRepository m_students;
    ImportRepository m_imports;
    QString m_account;
    QDateTime m_now;
    qint64 m_batchId = 0;
};

} // namespace cardbridge::importer
