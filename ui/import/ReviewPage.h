#pragma once

#include "importer/ConsentImporter.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace cardbridge {

class FindingsFilter;
class FindingsModel;
class ImportWizard;
class InlineMessage;

// Step 3: what the import would do, before anything changes. The review runs on the import
// thread with a progress bar and Cancel; then the counts, the findings (line, column, reason;
// "show problems only" hides the warnings), "Save rejected rows…" and, under full sync, the
// large-change warning that must be confirmed. Next says "Import".
class ReviewPage : public QWizardPage {
    Q_OBJECT
public:
    enum class State { Idle, Running, Done, Cancelled, Failed };
    enum CountId {
        NewCount,
        UpdatedCount,
        UnchangedCount,
        WithdrawnCount,
        DepartedCount,
        RejectedCount,
        DuplicatesCount,
        NotStoredCount,
        CountIds
    };

    explicit ReviewPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    State state() const { return m_state; }
    void startReview();
    void cancelReview();
    void saveRejectedRows(); // asks where (DialogPrompts), then writes on a worker
    bool isSavingRejected() const { return m_saving; }

    QString countText(CountId id) const;
    QString statusText() const;
    QString blockerText() const; // why Import is not possible; empty if it is
    QString savedText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *saveRejectedButton() const { return m_saveRejected; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    QCheckBox *confirmLargeChangeBox() const { return m_confirmLarge; }
    QTableView *findingsView() const { return m_findingsView; }
    FindingsFilter *findingsFilter() const { return m_filter; }

private:
    void setState(State state);
    void showReview(const importer::ImportReview &review);
    void updateBlocker();

    ImportWizard *m_wizard;
    State m_state = State::Idle;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_again;
    InlineMessage *m_error;
    QWidget *m_results;
    QLabel *m_counts[CountIds] = {};
    QLabel *m_rowsRead;
    InlineMessage *m_sameFile;
    InlineMessage *m_largeChange;
    QCheckBox *m_confirmLarge;
    InlineMessage *m_blocker;
    QLabel *m_findingsSummary;
    QCheckBox *m_problemsOnly;
    QPushButton *m_saveRejected;
    InlineMessage *m_saved;
    QTableView *m_findingsView;
    FindingsModel *m_findings;
    FindingsFilter *m_filter;
    bool m_saving = false;
};

} // namespace cardbridge
