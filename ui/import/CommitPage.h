#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cardbridge {

class ImportWizard;

// Step 4: the import itself, on the import thread, in one transaction: a progress bar and
// "Stop importing" (then nothing is committed). Moves on to the summary by itself.
class CommitPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CommitPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_done; }

    bool isRunning() const { return m_running; }
    void cancelCommit();
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void finish(bool committed, const QString &message);

    ImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    bool m_running = false;
    bool m_done = false;
};

} // namespace cardbridge
