#pragma once

#include "agreement/Agreement.h"
#include "importer/ColumnMapping.h"
#include "importer/ImportRow.h"
#include "importer/SourceTable.h"
#include "store/AgreementRepository.h"

#include <QDate>
#include <QList>

#include <optional>

namespace cardbridge::importer {

// What the clerk chose for this import.
struct ValidationOptions {
    bool restoreLeadingZeros = false; // pad all-digit student numbers to the card rule's length
};

// What the store says that validation needs: the schools with their card rules and whether
// the current agreement covers them, the agreement's consent model and grades, and today.
struct ValidationContext {
    QList<SchoolRecord> schools;
    std::optional<Agreement> agreement;
    QDate today;
};

// Checks one source row at a time (GUIDE section 5 and issue 4): student number present and
// valid for the school's card rule (leading zeros), names present, grade, school known and in
// the agreement, consent value understood (an opt-out column inverts it), dates in ISO, US
// M/D/YYYY, D-Mon-YYYY or Excel serial form and not in the future, no field over 10,000
// characters, email and phone plausible, cell count equal to the header's. Pure and
// deterministic: the same row gives the same answer, so the importer may validate twice.
class RowValidator {
public:
    RowValidator(const QStringList &header, ColumnMapping mapping, ValidationContext context,
        ValidationOptions options);

    // The row in store terms, or std::nullopt with at least one Error finding appended.
    // Warnings may be appended either way. One exception: a OneRoster row whose role is not
    // "student" is skipped, std::nullopt with a single Warning ("not a student (role teacher):
    // skipped") and no Error; count it as skipped, not rejected.
    std::optional<ImportRow> validate(const SourceRow &row, QList<Finding> *findings) const;

    // File-level problems with the mapping itself (no student number column, ...). When this
    // is not empty no row can be imported.
    QList<Finding> mappingProblems() const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace cardbridge::importer
