#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cardbridge {

// What the audit log says happened. `detail` holds counts, batch numbers and file paths for
// people to read, never a student's name, number or barcode (GUIDE section 6).
struct AuditEvent {
    QDateTime occurredAt; // UTC
    QString account;
    QString action; // one of the kAudit* names below
    QString detail;
};

inline const QString kAuditImportCommitted = QStringLiteral("import_committed");
inline const QString kAuditImportUndone = QStringLiteral("import_undone");
// A file with student data was written outside the store (an export, rejected rows).
inline const QString kAuditFileWritten = QStringLiteral("file_written");

// The store's audit log. A record() inside a caller's transaction commits or rolls back with
// the change it describes.
class AuditLog {
public:
    explicit AuditLog(QSqlDatabase database);

    Status record(const AuditEvent &event);
    // Newest first.
    Result<QList<AuditEvent>> recent(int limit) const;

private:
    QSqlDatabase m_database;
};

} // namespace cardbridge
