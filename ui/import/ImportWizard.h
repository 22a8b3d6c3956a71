#pragma once

#include "common/Clock.h"
#include "importer/ConsentImporter.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace cardbridge {

class ChooseFilePage;
class CommitPage;
class ImportSession;
class MappingPage;
class ReviewPage;
class Store;
class SummaryPage;

// "Import consent list" (issue 4): choose a file, check how its columns map, review what the
// import would do, commit it, see the result. Reading, reviewing and committing run on the
// ImportSession's thread; the window stays responsive and every long step can be cancelled.
// The pages share the choices made so far through this class.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ChooseFileId, MappingId, ReviewId, CommitId, SummaryId };

    ImportWizard(std::shared_ptr<Store> store, const Clock &clock, const QString &account,
        QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Where named column mappings are kept (tests use a temporary folder).
    void setProfilesDirectory(const QString &directory);
    QString profilesDirectory() const { return m_profilesDirectory; }

    // The choices so far: the file, its mapping and options, and the confirmation.
    QString filePath() const { return m_path; }
    void setFilePath(const QString &path); // also what the first page shows
    importer::ImportSettings &settings() { return m_settings; }
    const importer::ImportSettings &settings() const { return m_settings; }

    // The last review and commit results (pages fill them in).
    const std::optional<importer::ImportReview> &review() const { return m_review; }
    void setReview(std::optional<importer::ImportReview> review) { m_review = std::move(review); }
    const std::optional<importer::ImportOutcome> &outcome() const { return m_outcome; }
    void setOutcome(std::optional<importer::ImportOutcome> outcome)
    {
        m_outcome = std::move(outcome);
    }

    // Names a file with student data the wizard wrote (rejected rows) in the audit log.
    void recordFileWritten(const QString &path, const QString &what);

    ImportSession *session() const { return m_session; }
    std::shared_ptr<Store> store() const { return m_store; }

    ChooseFilePage *chooseFilePage() const { return m_choose; }
    MappingPage *mappingPage() const { return m_mapping; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    CommitPage *commitPage() const { return m_commit; }
    SummaryPage *summaryPage() const { return m_summary; }

public Q_SLOTS:
    void reject() override; // a running review stops; a running commit is cancelled first
    void openHistory(); // the batch history, window-modal over the wizard

Q_SIGNALS:
    void historyRequested(); // "Open batch history" on the summary page

private:
    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
    QString m_account;
    QString m_profilesDirectory;
    QString m_path;
    importer::ImportSettings m_settings;
    std::optional<importer::ImportReview> m_review;
    std::optional<importer::ImportOutcome> m_outcome;
    ImportSession *m_session;
    ChooseFilePage *m_choose;
    MappingPage *m_mapping;
    ReviewPage *m_reviewPage;
    CommitPage *m_commit;
    SummaryPage *m_summary;
};

} // namespace cardbridge
