#include "ReviewPage.h"

#include "BackgroundTask.h"
#include "DialogPrompts.h"
#include "FindingsModel.h"
#include "ImportSession.h"
#include "ImportWizard.h"
#include "InlineMessage.h"
#include "RejectedRowsExport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cardbridge {

using importer::Finding;
using importer::ImportReview;

namespace {

Q_LOGGING_CATEGORY(lcReview, "cardbridge.ui.import.review")

QString countCaption(int id)
{
    switch (id) {
    case ReviewPage::NewCount:
        return ReviewPage::tr("New students");
    case ReviewPage::UpdatedCount:
        return ReviewPage::tr("Updated");
    case ReviewPage::UnchangedCount:
        return ReviewPage::tr("Unchanged");
    case ReviewPage::WithdrawnCount:
        return ReviewPage::tr("Consent withdrawn");
    case ReviewPage::DepartedCount:
        return ReviewPage::tr("Left the school");
    case ReviewPage::RejectedCount:
        return ReviewPage::tr("Rejected rows");
    case ReviewPage::DuplicatesCount:
        return ReviewPage::tr("Duplicate rows");
    case ReviewPage::NotStoredCount:
        return ReviewPage::tr("Not stored (no consent)");
    default:
        return {};
    }
}

int countValue(const importer::ImportCounts &counts, int id)
{
    switch (id) {
    case ReviewPage::NewCount:
        return counts.created;
    case ReviewPage::UpdatedCount:
        return counts.updated;
    case ReviewPage::UnchangedCount:
        return counts.unchanged;
    case ReviewPage::WithdrawnCount:
        return counts.withdrawn;
    case ReviewPage::DepartedCount:
        return counts.departed;
    case ReviewPage::RejectedCount:
        return counts.rejected;
    case ReviewPage::DuplicatesCount:
        return counts.duplicates;
    case ReviewPage::NotStoredCount:
        return counts.notStored;
    default:
        return 0;
    }
}

} // namespace

ReviewPage::ReviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Stop reviewing"), this))
    , m_again(new QPushButton(tr("&Review again"), this))
    , m_error(new InlineMessage(InlineMessage::Kind::Error, this))
    , m_results(new QWidget(this))
    , m_rowsRead(new QLabel(m_results))
    , m_sameFile(new InlineMessage(InlineMessage::Kind::Hint, m_results))
    , m_largeChange(new InlineMessage(InlineMessage::Kind::Error, m_results))
    , m_confirmLarge(
          new QCheckBox(tr("I have checked this change and &want to import it"), m_results))
    , m_blocker(new InlineMessage(InlineMessage::Kind::Error, m_results))
    , m_findingsSummary(new QLabel(m_results))
    , m_problemsOnly(new QCheckBox(tr("Show &problems only"), m_results))
    , m_saveRejected(new QPushButton(tr("Save re&jected rows…"), m_results))
    , m_saved(new InlineMessage(InlineMessage::Kind::Hint, m_results))
    , m_findingsView(new QTableView(m_results))
    , m_findings(new FindingsModel(this))
    , m_filter(new FindingsFilter(this))
{
    setTitle(tr("Review the import"));
    setSubTitle(tr("Nothing has changed yet. Check what the import would do, then choose "
                   "Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Review progress"));
    m_cancel->setToolTip(tr("Stop reading the file. Nothing is imported."));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_again);

    auto *countsGrid = new QGridLayout;
    countsGrid->setHorizontalSpacing(24);
    QFont numberFont = font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.5);
    numberFont.setBold(true);
    for (int id = 0; id < CountIds; ++id) {
        m_counts[id] = new QLabel(QStringLiteral("0"), m_results);
        m_counts[id]->setFont(numberFont);
        m_counts[id]->setAccessibleName(countCaption(id));
        auto *caption = new QLabel(countCaption(id), m_results);
        const int column = id % 4;
        const int row = (id / 4) * 2;
        countsGrid->addWidget(m_counts[id], row, column);
        countsGrid->addWidget(caption, row + 1, column);
        countsGrid->setColumnStretch(column, 1);
    }
    m_rowsRead->setTextFormat(Qt::PlainText);
    m_largeChange->setAccessibleName(tr("Large change"));

    m_findings->setParent(this);
    m_filter->setSourceModel(m_findings);
    m_findingsView->setModel(m_filter);
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setWordWrap(false);
    m_findingsView->setTabKeyNavigation(false);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->horizontalHeader()->setSectionResizeMode(
        FindingsModel::LineColumn, QHeaderView::ResizeToContents);
    m_findingsView->horizontalHeader()->setSectionResizeMode(
        FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_findingsView->setColumnWidth(FindingsModel::FileColumn, 140);
    m_findingsView->setMinimumHeight(140);
    m_problemsOnly->setToolTip(tr("Hide the warnings; show only rows that will not be imported."));
    m_saveRejected->setToolTip(tr("Write the rejected rows with a reason column to a CSV file, "
                                  "to fix them and import them again."));

    auto *findingsRow = new QHBoxLayout;
    findingsRow->addWidget(m_findingsSummary, 1);
    findingsRow->addWidget(m_problemsOnly);
    findingsRow->addWidget(m_saveRejected);

    auto *results = new QVBoxLayout(m_results);
    results->setContentsMargins(0, 0, 0, 0);
    results->addLayout(countsGrid);
    results->addWidget(m_rowsRead);
    results->addWidget(m_sameFile);
    results->addWidget(m_largeChange);
    results->addWidget(m_confirmLarge);
    results->addWidget(m_blocker);
    results->addLayout(findingsRow);
    results->addWidget(m_saved);
    results->addWidget(m_findingsView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_error);
    layout->addWidget(m_results, 1);

    connect(m_cancel, &QPushButton::clicked, this, &ReviewPage::cancelReview);
    connect(m_again, &QPushButton::clicked, this, &ReviewPage::startReview);
    connect(m_problemsOnly, &QCheckBox::toggled, m_filter, &FindingsFilter::setProblemsOnly);
    connect(m_saveRejected, &QPushButton::clicked, this, &ReviewPage::saveRejectedRows);
    connect(m_confirmLarge, &QCheckBox::toggled, this, &ReviewPage::updateBlocker);

    ImportSession *session = wizard->session();
    connect(session, &ImportSession::progressed, this, [this](double fraction) {
        if (m_state == State::Running)
            m_progress->setValue(int(fraction * 100));
    });
    connect(session, &ImportSession::reviewFinished, this, [this](const ImportReview &review) {
        if (m_state == State::Running)
            showReview(review);
    });
    connect(session, &ImportSession::cancelled, this, [this] {
        if (m_state == State::Running)
            setState(State::Cancelled);
    });
    connect(session, &ImportSession::failed, this, [this](const QString &message) {
        if (m_state != State::Running)
            return;
        m_error->showMessage(message);
        setState(State::Failed);
    });
    setState(State::Idle);
}

void ReviewPage::initializePage()
{
    startReview();
}

void ReviewPage::cleanupPage()
{
    cancelReview();
    setState(State::Idle);
}

void ReviewPage::startReview()
{
    m_wizard->settings().confirmLargeChange = false;
    m_wizard->setReview(std::nullopt);
    m_error->clearMessage();
    m_saved->clearMessage();
    m_confirmLarge->setChecked(false);
    m_progress->setValue(0);
    setState(State::Running);
    qCInfo(lcReview) << "review started";
    m_wizard->session()->startReview(m_wizard->filePath(), m_wizard->settings());
}

void ReviewPage::cancelReview()
{
    if (m_state != State::Running)
        return;
    m_wizard->session()->cancel();
    m_status->setText(tr("Stopping…"));
    m_cancel->setEnabled(false);
}

void ReviewPage::setState(State state)
{
    m_state = state;
    const bool running = state == State::Running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_again->setVisible(state == State::Cancelled || state == State::Failed);
    m_results->setVisible(state == State::Done);
    switch (state) {
    case State::Idle:
        m_status->clear();
        break;
    case State::Running:
        m_status->setText(tr("Reading and checking every row of %1…")
                              .arg(QFileInfo(m_wizard->filePath()).fileName()));
        break;
    case State::Done:
        m_status->setText(tr("Reviewed %1. Nothing has been imported yet.")
                              .arg(QFileInfo(m_wizard->filePath()).fileName()));
        break;
    case State::Cancelled:
        m_status->setText(tr("Review stopped. Nothing was imported."));
        break;
    case State::Failed:
        m_status->setText(tr("The file could not be reviewed. Nothing was imported."));
        break;
    }
    if (state == State::Cancelled || state == State::Failed)
        m_again->setFocus();
    Q_EMIT completeChanged();
    // While the review ran, the disabled Import button lost the focus to Back: Enter would
    // then go back instead of importing. Give it back once Import can be chosen.
    if (QAbstractButton *commit = wizard() ? wizard()->button(QWizard::CommitButton) : nullptr;
        state == State::Done && commit && commit->isEnabled())
        commit->setFocus();
}

void ReviewPage::showReview(const ImportReview &review)
{
    m_wizard->setReview(review);
    const importer::ImportCounts &counts = review.counts;
    for (int id = 0; id < CountIds; ++id)
        m_counts[id]->setText(QLocale().toString(countValue(counts, id)));
    m_rowsRead->setText(
        tr("Rows read: %1. Accepted: %2.")
            .arg(QLocale().toString(counts.rows), QLocale().toString(counts.accepted)));

    if (review.sameFileBatch)
        m_sameFile->showMessage(tr("This very file was already imported as batch %1. "
                                   "Importing it again changes only what differs.")
                                    .arg(*review.sameFileBatch));
    else
        m_sameFile->clearMessage();

    const bool askConfirm = review.largeChange && m_wizard->settings().fullSync;
    if (askConfirm)
        m_largeChange->showMessage(
            tr("This is a large change: %1 Check that the file is the complete list for its "
               "schools before you import it.")
                .arg(review.largeChangeReason));
    else
        m_largeChange->clearMessage();
    m_confirmLarge->setVisible(askConfirm);

    int errors = 0;
    for (const Finding &finding : review.findings)
        if (finding.severity == Finding::Severity::Error)
            ++errors;
    const int warnings = int(review.findings.size()) - errors;
    m_findings->setFindings(review.findings);
    if (review.findings.isEmpty())
        m_findingsSummary->setText(tr("No problems found."));
    else
        m_findingsSummary->setText(tr("Problems (rows not imported): %1. Warnings (rows "
                                      "imported anyway): %2.")
                                       .arg(errors)
                                       .arg(warnings));
    m_problemsOnly->setEnabled(!review.findings.isEmpty());
    m_saveRejected->setEnabled(counts.rejected > 0);
    m_findingsView->setVisible(!review.findings.isEmpty());
    qCInfo(lcReview, "review shown: %d rows, %d rejected", counts.rows, counts.rejected);
    setState(State::Done);
    updateBlocker();
}

void ReviewPage::updateBlocker()
{
    const auto &review = m_wizard->review();
    QString text;
    if (review) {
        const importer::ImportCounts &counts = review->counts;
        if (m_wizard->settings().strict && counts.rejected > 0)
            text = tr("Strict import: nothing can be imported while rows are rejected (%1). "
                      "Fix the file, or go back and turn strict off.")
                       .arg(counts.rejected);
        else if (counts.accepted == 0)
            text = tr("No row of this file can be imported. Check the findings and the column "
                      "mapping.");
        else if (review->largeChange && m_wizard->settings().fullSync
            && !m_confirmLarge->isChecked())
            text = tr("Confirm the large change above to import.");
    }
    m_blocker->showMessage(text);
    Q_EMIT completeChanged();
}

QString ReviewPage::blockerText() const
{
    return m_blocker->text();
}

bool ReviewPage::isComplete() const
{
    return m_state == State::Done && m_wizard->review() && blockerText().isEmpty();
}

bool ReviewPage::validatePage()
{
    if (!isComplete())
        return false;
    m_wizard->settings().confirmLargeChange
        = m_confirmLarge->isVisible() && m_confirmLarge->isChecked();
    return true;
}

QString ReviewPage::countText(CountId id) const
{
    return m_counts[id]->text();
}

QString ReviewPage::statusText() const
{
    return m_status->text();
}

QString ReviewPage::savedText() const
{
    return m_saved->text();
}

void ReviewPage::saveRejectedRows()
{
    const auto &review = m_wizard->review();
    if (!review || m_saving)
        return;
    const QFileInfo source(m_wizard->filePath());
    const QString suggested = source.absoluteDir().filePath(
        source.completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
    const QString target = DialogPrompts::saveFileName(
        this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    m_saving = true;
    m_saveRejected->setEnabled(false);
    m_saved->showMessage(tr("Saving the rejected rows…"));
    const QString path = m_wizard->filePath();
    const importer::ReadOptions read = m_wizard->settings().read;
    const QList<Finding> findings = review->findings;
    runInBackground(
        this, [=] { return writeRejectedRows(path, read, findings, target); },
        [this, target](const Result<int> &written) {
            m_saving = false;
            m_saveRejected->setEnabled(true);
            if (written) {
                m_wizard->recordFileWritten(target,
                    QStringLiteral("%1 rejected rows of %2")
                        .arg(*written)
                        .arg(QFileInfo(m_wizard->filePath()).fileName()));
                m_saved->showMessage(tr("Rejected rows saved: %1, in %2 (only you can read it).")
                                         .arg(*written)
                                         .arg(QDir::toNativeSeparators(target)));
            } else {
                m_saved->showMessage(
                    tr("The rejected rows were not saved: %1").arg(written.error().message));
            }
        });
}

} // namespace cardbridge
