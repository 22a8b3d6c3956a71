#include "importer/ConsentImporter.h"

#include "importer/ImportPlan.h"
#include "importer/ImportWriter.h"
#include "importer/MappingProfiles.h"
#include "store/AgreementRepository.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

namespace cardbridge::importer {

Q_LOGGING_CATEGORY(lcImport, "cardbridge.importer")

namespace {

constexpr double kLargeDepartShare = 0.20;
constexpr double kLargeNewShare = 0.80;
constexpr int kProgressEvery = 512; // rows between progress reports
// 64 MiB: a 500,000-row list commits about a fifth faster, well inside the 300 MB budget.
constexpr int kImportPageCacheMiB = 64;

bool reportProgress(const ImportProgress &progress, const TableReader &reader, int row)
{
    if (!progress || row % kProgressEvery != 0)
        return true;
    return progress(reader.progress());
}

QString departedState()
{
    return QStringLiteral("departed");
}

// A full sync compares student numbers as a consent list joins them (ConsentList::joinKey):
// case, spaces and the leading zeros a spreadsheet may have stripped do not count, so a row
// rejected for a shortened number still keeps its student from being departed.
QString comparableNumber(const QString &number)
{
    return ConsentList::joinKey(number);
}

// Pass one over the rows: validation, duplicates and conflicts, and what each student's row
// will do. Collects the raw student numbers of every row (valid or not) so a full sync never
// departs a student whose row was merely rejected.
class ReviewPass {
public:
    ReviewPass(ImportPlan &plan, const RowValidator &validator)
        : m_plan(plan)
        , m_validator(validator)
    {
    }

    void take(const SourceRow &row, std::optional<int> numberColumn)
    {
        ++m_plan.review.counts.rows;
        if (numberColumn && *numberColumn < row.cells.size())
            m_seenNumbers.insert(comparableNumber(row.cells.at(*numberColumn)));
        std::optional<ImportRow> valid = m_validator.validate(row, &m_plan.review.findings);
        if (!valid)
            return;
        if (m_plan.consentList)
            m_plan.consentList->applyTo(*valid);
        m_seenSchools.insert(valid->schoolId);
        const QString key = ImportRepository::studentKey(valid->schoolId, valid->studentNumber);
        m_seenNumbers.insert(comparableNumber(valid->studentNumber));
        const quint64 fingerprint = rowFingerprint(*valid);
        auto planned = m_plan.planned.find(key);
        if (planned == m_plan.planned.end()) {
            const auto found = m_plan.existing.constFind(key);
            const ExistingStudent *existing = found == m_plan.existing.cend() ? nullptr : &*found;
            m_plan.planned.insert(key,
                { valid->line, fingerprint, classifyRow(*valid, existing, m_plan.consentModel),
                    false });
            return;
        }
        if (planned->fingerprint == fingerprint && !planned->conflict) {
            ++m_plan.review.counts.duplicates;
            m_plan.review.findings.append({ valid->line, {},
                QStringLiteral("the same student as line %1 with the same data: kept once")
                    .arg(planned->line),
                Finding::Severity::Warning });
            return;
        }
        if (!planned->conflict)
            m_plan.review.findings.append({ planned->line, {},
                QStringLiteral("conflicts with line %1: the same student with different data")
                    .arg(valid->line) });
        planned->conflict = true;
        m_plan.review.findings.append({ valid->line, {},
            QStringLiteral("conflicts with line %1: the same student with different data")
                .arg(planned->line) });
    }

    void planFullSync()
    {
        for (auto it = m_plan.existing.cbegin(); it != m_plan.existing.cend(); ++it)
            if (m_seenSchools.contains(it->schoolId) && it->enrolment != departedState()
                && !m_seenNumbers.contains(comparableNumber(it->studentNumber)))
                m_plan.departedByFullSync.append(it.key());
    }

    int coveredStudents() const
    {
        return int(std::count_if(
            m_plan.existing.cbegin(), m_plan.existing.cend(), [&](const ExistingStudent &student) {
                return m_seenSchools.contains(student.schoolId)
                    && student.enrolment != departedState();
            }));
    }

private:
    ImportPlan &m_plan;
    const RowValidator &m_validator;
    QSet<QString> m_seenNumbers;
    QSet<qint64> m_seenSchools;
};

void countActions(ImportPlan &plan)
{
    ImportCounts &counts = plan.review.counts;
    QSet<int> rejectedLines;
    for (const Finding &finding : std::as_const(plan.review.findings))
        if (finding.severity == Finding::Severity::Error && finding.line > 0)
            rejectedLines.insert(finding.line);
    counts.rejected = int(rejectedLines.size());
    counts.accepted = counts.rows - counts.rejected;
    for (const PlannedStudent &student : std::as_const(plan.planned)) {
        if (student.conflict)
            continue;
        switch (student.action) {
        case StudentAction::Create:
            ++counts.created;
            break;
        case StudentAction::Update:
            ++counts.updated;
            break;
        case StudentAction::Unchanged:
            ++counts.unchanged;
            break;
        case StudentAction::Withdraw:
            ++counts.withdrawn;
            break;
        case StudentAction::Depart:
            ++counts.departed;
            break;
        case StudentAction::NotStored:
            ++counts.notStored;
            break;
        }
    }
    // Rows that were neither rejected nor planned (another role than student in a roster)
    // change nothing in the store, like a decline under opt-in.
    const int planned = counts.created + counts.updated + counts.unchanged + counts.withdrawn
        + counts.departed + counts.notStored + counts.duplicates;
    counts.notStored += std::max(0, counts.accepted - planned);
    counts.departed += int(plan.departedByFullSync.size());
}

void checkLargeChange(ImportPlan &plan, int coveredStudents)
{
    const ImportCounts &counts = plan.review.counts;
    const int departing = counts.departed; // missing from the roster, or marked tobedeleted
    if (coveredStudents > 0 && departing > kLargeDepartShare * coveredStudents) {
        plan.review.largeChange = true;
        plan.review.largeChangeReason
            = QStringLiteral("%1 of %2 students of the schools in this file would be marked "
                             "departed (over 20%).")
                  .arg(departing)
                  .arg(coveredStudents);
    } else if (counts.rows > 0 && counts.created > kLargeNewShare * counts.rows) {
        plan.review.largeChange = true;
        plan.review.largeChangeReason = QStringLiteral("%1 of %2 rows are new students (over 80%).")
                                            .arg(counts.created)
                                            .arg(counts.rows);
    }
}

} // namespace

QJsonObject importCountsJson(const ImportCounts &counts)
{
    return {
        { QStringLiteral("rows"), counts.rows },
        { QStringLiteral("accepted"), counts.accepted },
        { QStringLiteral("rejected"), counts.rejected },
        { QStringLiteral("created"), counts.created },
        { QStringLiteral("updated"), counts.updated },
        { QStringLiteral("unchanged"), counts.unchanged },
        { QStringLiteral("withdrawn"), counts.withdrawn },
        { QStringLiteral("departed"), counts.departed },
        { QStringLiteral("not_stored"), counts.notStored },
        { QStringLiteral("duplicates"), counts.duplicates },
    };
}

namespace {

bool changesAnything(const ImportCounts &counts)
{
    return counts.created + counts.updated + counts.withdrawn + counts.departed > 0;
}

// The wizard's mapping, else the named profile's, else the automatic one.
Result<ColumnMapping> chooseMapping(
    const ImportSettings &settings, const SourceInfo &source, const AutoMapping &automatic)
{
    if (settings.mapping)
        return *settings.mapping;
    if (settings.profile.isEmpty()
        || settings.profile.compare(MappingProfiles::genericName(), Qt::CaseInsensitive) == 0)
        return automatic.mapping;
    auto mapping = MappingProfiles().apply(settings.profile, source.header);
    if (!mapping && mapping.error().code == ErrorCode::NotFound)
        return fail(ErrorCode::InvalidArgument, mapping.error().message);
    if (!mapping)
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1: %2").arg(source.fileName, mapping.error().message));
    return mapping;
}

QStringList ignoredColumns(const QStringList &header, const ColumnMapping &mapping)
{
    QStringList ignored;
    for (int column = 0; column < header.size(); ++column)
        if (std::none_of(mapping.columns.cbegin(), mapping.columns.cend(),
                [column](int mapped) { return mapped == column; }))
            ignored.append(header.at(column));
    return ignored;
}

} // namespace

ConsentImporter::ConsentImporter(QSqlDatabase database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
{
}

ConsentImporter::~ConsentImporter() = default;

Result<ImportReview> ConsentImporter::review(
    const QString &path, const ImportSettings &settings, const ImportProgress &progress)
{
    m_plan.reset();
    m_path = path;
    m_settings = settings;
    auto reader = openTable(path, settings.read);
    if (!reader)
        return unexpected(reader.error());
    auto plan = std::make_unique<ImportPlan>();
    plan->review.source = (*reader)->info();
    plan->review.source.fileName = QFileInfo(path).fileName();
    const AutoMapping automatic = autoMapColumns(plan->review.source.header);
    auto mapping = chooseMapping(settings, plan->review.source, automatic);
    if (!mapping)
        return unexpected(mapping.error());
    plan->review.mapping = *mapping;
    plan->review.ignoredColumns = ignoredColumns(plan->review.source.header, *mapping);
    if (!settings.consentListPath.isEmpty()) {
        auto list = ConsentList::read(settings.consentListPath, m_clock.nowUtc().date());
        if (!list)
            return unexpected(list.error());
        plan->consentList = std::move(*list);
    }

    AgreementRepository agreements(m_database);
    auto schools = agreements.schools();
    auto agreement = agreements.current();
    if (!schools || !agreement)
        return unexpected(!schools ? schools.error() : agreement.error());
    if (*agreement) {
        plan->consentModel = (*agreement)->consentModel;
        plan->consentValidUntil = (*agreement)->schoolYearEnd;
    }
    ImportRepository imports(m_database);
    auto existing = imports.students();
    if (!existing)
        return unexpected(existing.error());
    plan->existing = std::move(*existing);
    auto sameFile = imports.batchWithSha256(QString::fromLatin1(plan->review.source.sha256Hex));
    if (!sameFile)
        return unexpected(sameFile.error());
    plan->review.sameFileBatch = *sameFile;

    const RowValidator validator(plan->review.source.header, plan->review.mapping,
        ValidationContext { *schools, *agreement, m_clock.nowUtc().date() }, settings.validation);
    plan->review.findings = validator.mappingProblems();
    if (!plan->review.findings.isEmpty())
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1: %2").arg(
                plan->review.source.fileName, plan->review.findings.constFirst().reason));

    const std::optional<int> numberColumn
        = plan->review.mapping.column(Field::StudentNumber).has_value()
        ? plan->review.mapping.column(Field::StudentNumber)
        : plan->review.mapping.column(Field::SourcedId);
    ReviewPass pass(*plan, validator);
    for (int index = 1;; ++index) {
        auto row = (*reader)->next();
        if (!row)
            return unexpected(row.error());
        if (!*row)
            break;
        pass.take(**row, numberColumn);
        if (!reportProgress(progress, **reader, index))
            return fail(ErrorCode::Validation, QStringLiteral("Cancelled: nothing was imported."));
    }
    if (settings.fullSync)
        pass.planFullSync();
    countActions(*plan);
    if (settings.fullSync)
        checkLargeChange(*plan, pass.coveredStudents());
    if (plan->consentList)
        plan->review.findings += plan->consentList->findings();
    std::stable_sort(plan->review.findings.begin(), plan->review.findings.end(),
        [](const Finding &a, const Finding &b) { return a.line < b.line; });
    qCInfo(lcImport, "reviewed %d rows: %d accepted, %d rejected", plan->review.counts.rows,
        plan->review.counts.accepted, plan->review.counts.rejected);
    m_plan = std::move(plan);
    return m_plan->review;
}

Result<ImportOutcome> ConsentImporter::commit(const ImportProgress &progress)
{
    if (!m_plan)
        return fail(
            ErrorCode::InvalidArgument, QStringLiteral("Review the file before importing."));
    ImportOutcome outcome;
    outcome.review = m_plan->review;
    const ImportCounts &counts = m_plan->review.counts;
    if (m_settings.strict && counts.rejected > 0) {
        outcome.message = QStringLiteral("Nothing was imported: %1 rows were rejected and the "
                                         "import is strict.")
                              .arg(counts.rejected);
        outcome.refused = true;
        return outcome;
    }
    if (m_plan->review.largeChange && !m_settings.confirmLargeChange) {
        outcome.message = QStringLiteral("Nothing was imported: %1 Confirm this large change to "
                                         "go ahead.")
                              .arg(m_plan->review.largeChangeReason);
        outcome.refused = true;
        return outcome;
    }
    if (counts.rows == 0) {
        // A header without data is a mistake the clerk must hear about, not "nothing changed".
        outcome.message
            = QStringLiteral("Nothing was imported: %1 has no data rows below its header.")
                  .arg(m_plan->review.source.fileName);
        return outcome;
    }
    if (counts.accepted == 0) {
        outcome.message = QStringLiteral("Nothing was imported: all %1 rows were rejected.")
                              .arg(counts.rejected);
        return outcome;
    }
    if (!changesAnything(counts)) {
        outcome.message = m_plan->review.sameFileBatch
            ? QStringLiteral("Nothing changed: this file was already imported as batch %1.")
                  .arg(*m_plan->review.sameFileBatch)
            : QStringLiteral("Nothing changed: every accepted row matches the store.");
        return outcome;
    }

    auto reader = openTable(m_path, m_settings.read);
    if (!reader)
        return unexpected(reader.error());
    if ((*reader)->info().sha256Hex != m_plan->review.source.sha256Hex)
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 changed since it was reviewed: review it again.")
                .arg(m_plan->review.source.fileName));
    AgreementRepository agreements(m_database);
    auto schools = agreements.schools();
    auto agreement = agreements.current();
    if (!schools || !agreement)
        return unexpected(!schools ? schools.error() : agreement.error());
    const RowValidator validator(m_plan->review.source.header, m_plan->review.mapping,
        ValidationContext { *schools, *agreement, m_clock.nowUtc().date() }, m_settings.validation);

    if (auto cache = ImportRepository::reservePageCache(m_database, kImportPageCacheMiB); !cache)
        return unexpected(cache.error());
    if (!m_database.transaction())
        return fail(ErrorCode::Database, QStringLiteral("Could not start the import."));
    auto rollback = [&](Error error) {
        m_database.rollback();
        return unexpected(std::move(error));
    };
    ImportWriter writer(m_database, *m_plan, m_settings.account, m_clock.nowUtc());
    if (auto begun = writer.begin(
            m_plan->review.source.fileName, QString::fromLatin1(m_plan->review.source.sha256Hex));
        !begun)
        return rollback(begun.error());
    QList<Finding> ignored;
    for (int index = 1;; ++index) {
        auto row = (*reader)->next();
        if (!row)
            return rollback(row.error());
        if (!*row)
            break;
        ignored.clear();
        std::optional<ImportRow> valid = validator.validate(**row, &ignored);
        if (valid && m_plan->consentList)
            m_plan->consentList->applyTo(*valid);
        if (valid) {
            const auto planned = m_plan->planned.constFind(
                ImportRepository::studentKey(valid->schoolId, valid->studentNumber));
            if (planned != m_plan->planned.cend() && planned->line == valid->line
                && !planned->conflict)
                if (auto applied = writer.apply(*valid, planned->action); !applied)
                    return rollback(applied.error());
        }
        if (!reportProgress(progress, **reader, index))
            return rollback(
                { ErrorCode::Validation, QStringLiteral("Cancelled: nothing was imported.") });
    }
    for (const QString &key : std::as_const(m_plan->departedByFullSync))
        if (auto departed = writer.departMissing(m_plan->existing.value(key)); !departed)
            return rollback(departed.error());
    if (auto finished = writer.finish(counts); !finished)
        return rollback(finished.error());
    if (!m_database.commit())
        return rollback({ ErrorCode::Database, QStringLiteral("Could not commit the import.") });

    outcome.committed = true;
    outcome.batchId = writer.batchId();
    outcome.message = QStringLiteral("Imported as batch %1: %2 new, %3 updated, %4 withdrawn, "
                                     "%5 departed, %6 rejected.")
                          .arg(writer.batchId())
                          .arg(counts.created)
                          .arg(counts.updated)
                          .arg(counts.withdrawn)
                          .arg(counts.departed)
                          .arg(counts.rejected);
    qCInfo(lcImport, "import committed as batch %lld", writer.batchId());
    m_plan.reset();
    return outcome;
}

} // namespace cardbridge::importer
