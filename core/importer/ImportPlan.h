#pragma once

#include "agreement/Agreement.h"
#include "importer/ConsentImporter.h"
#include "importer/ConsentList.h"
#include "importer/ImportRow.h"
#include "store/ImportRepository.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cardbridge::importer {

// What an accepted row does to the store.
enum class StudentAction { Create, Update, Unchanged, Withdraw, Depart, NotStored };

// The first accepted row for one student (school + student number) and what it will do.
struct PlannedStudent {
    int line = 0;
    quint64 fingerprint = 0; // of the row's data: equal rows are duplicates, others conflicts
    StudentAction action = StudentAction::Unchanged;
    bool conflict = false; // another row gave different data: every such row is rejected
};

// Pass one's decisions, which pass two (commit) follows row by row.
struct ImportPlan {
    ImportReview review;
    std::optional<ConsentModel> consentModel;
    std::optional<QDate> consentValidUntil; // the agreement's school-year end
    QHash<QString, ExistingStudent> existing; // keyed by ImportRepository::studentKey
    QHash<QString, PlannedStudent> planned; // same keys
    QList<QString> departedByFullSync; // keys of students missing from a full roster
    std::optional<ConsentList> consentList; // OneRoster: consent from a separate list
};

quint64 rowFingerprint(const ImportRow &row);

// Decides what a valid row does, given the student the store holds (if any) and the
// agreement's consent model. Under opt-in the library keeps no record of a student whose
// parent did not opt in, and a decline for a student it holds is a withdrawal.
StudentAction classifyRow(
    const ImportRow &row, const ExistingStudent *existing, std::optional<ConsentModel> model);

// The decision a row records for a student the store holds (opt-in: decline = withdrawal).
std::optional<ConsentDecision> effectiveDecision(
    const ImportRow &row, bool studentHeld, std::optional<ConsentModel> model);

} // namespace cardbridge::importer
