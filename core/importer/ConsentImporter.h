#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "importer/ColumnMapping.h"
#include "importer/ImportRow.h"
#include "importer/RowValidator.h"
#include "importer/SourceTable.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cardbridge::importer {

// What the clerk (wizard) or the command line (flags) chose for one import.
struct ImportSettings {
    ReadOptions read;
    ValidationOptions validation;
    std::optional<ColumnMapping> mapping; // set by the wizard; wins over `profile`
    QString profile; // a mapping profile's name; empty or "generic": map automatically
    QString consentListPath; // OneRoster: consent from a separate list, joined on student number
    bool strict = false; // any rejected row: commit nothing
    bool fullSync = false; // students of the covered schools missing from the file depart
    bool confirmLargeChange = false; // needed when full sync would change too much
    QString account = QStringLiteral("cli"); // who imports, for the batch record
};

struct ImportCounts {
    int rows = 0; // data rows read (blank rows not counted)
    int accepted = 0;
    int rejected = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int withdrawn = 0;
    int departed = 0;
    int notStored = 0; // opt-in: declined or no consent for a student the store does not hold
    int duplicates = 0; // the same student again with the same data: kept once
};

// rows, accepted, rejected, created, updated, unchanged, withdrawn, departed, not_stored,
// duplicates: the batch record's and the CLI's names.
QJsonObject importCountsJson(const ImportCounts &counts);

// Everything the review page and `--dry-run` show. Computing it changes nothing.
struct ImportReview {
    SourceInfo source;
    ColumnMapping mapping;
    QStringList ignoredColumns;
    ImportCounts counts;
    QList<Finding> findings; // sorted by line
    // Full sync would depart over 20% of the covered students or over 80% of rows are new.
    bool largeChange = false;
    QString largeChangeReason;
    std::optional<qint64> sameFileBatch; // a batch (not undone) that imported this very file
};

struct ImportOutcome {
    ImportReview review;
    bool committed = false;
    bool refused = false; // strict met a rejected row, or a large change was not confirmed
    std::optional<qint64> batchId;
    QString message; // one sentence for people: what happened, or why nothing was committed
};

// Called now and then with 0.0-1.0; return false to cancel (nothing is committed).
using ImportProgress = std::function<bool(double fraction)>;

struct ImportPlan; // the review's per-student decisions, reused by commit()

// Imports a consent list or roster (issue 4): reads and validates every row (pass one, the
// review), then writes the accepted rows and a batch record in one transaction (pass two reads
// the file again, so memory stays flat). Runs on the thread that owns `database`.
class ConsentImporter {
public:
    ConsentImporter(QSqlDatabase database, const Clock &clock);
    ~ConsentImporter();

    // Pass one. Error (FileUnreadable) when the file as a whole cannot be read.
    Result<ImportReview> review(
        const QString &path, const ImportSettings &settings, const ImportProgress &progress = {});
    // Pass two, after review() of the same path and settings. Commits nothing when cancelled,
    // when --strict meets a rejected row, or when a large change is not confirmed.
    Result<ImportOutcome> commit(const ImportProgress &progress = {});

private:
    QSqlDatabase m_database;
    const Clock &m_clock;
    QString m_path;
    ImportSettings m_settings;
    std::unique_ptr<ImportPlan> m_plan;
};

} // namespace cardbridge::importer
