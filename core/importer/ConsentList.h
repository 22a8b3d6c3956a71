#pragma once

#include "common/Error.h"
#include "importer/ImportRow.h"
#include "importer/SourceTable.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cardbridge::importer {

// Consent decisions that come apart from the roster (OneRoster has no consent field), joined
// on the student number. Leading zeros do not matter for the join: spreadsheets strip them.
class ConsentList {
public:
    struct Entry {
        ConsentDecision decision = ConsentDecision::Granted;
        std::optional<QDate> decidedOn;
        QString guardian;
        QString formVersion;
        QString channel;
    };

    // Reads the whole list (it is small: one row per student). Rows that cannot be read become
    // findings whose column names the list's file; FileUnreadable when the list as a whole
    // cannot be read or has no student number or consent column.
    static Result<ConsentList> read(const QString &path, const QDate &today);

    // Fills in the row's consent from the list when the row itself says nothing about consent.
    void applyTo(ImportRow &row) const;
    const QList<Finding> &findings() const { return m_findings; }

    // The student number as the join compares it: trimmed, upper case, leading zeros dropped.
    static QString joinKey(QStringView studentNumber);

private:
    QHash<QString, Entry> m_entries;
    QList<Finding> m_findings;
};

} // namespace cardbridge::importer
