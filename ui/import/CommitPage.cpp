#include "CommitPage.h"

#include "ImportSession.h"
#include "ImportWizard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cardbridge {

using importer::ImportOutcome;

namespace {
Q_LOGGING_CATEGORY(lcCommit, "cardbridge.ui.import.commit")
}

CommitPage::CommitPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Stop importing"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The changes are written in one step: if you stop, nothing is imported."));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Import progress"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &CommitPage::cancelCommit);
    ImportSession *session = wizard->session();
    connect(session, &ImportSession::progressed, this, [this](double fraction) {
        if (m_running)
            m_progress->setValue(int(fraction * 100));
    });
    connect(session, &ImportSession::commitFinished, this, [this](const ImportOutcome &outcome) {
        if (!m_running)
            return;
        m_wizard->setOutcome(outcome);
        finish(outcome.committed, outcome.message);
    });
    connect(session, &ImportSession::cancelled, this, [this] {
        if (m_running)
            finish(false, tr("The import was stopped: nothing was imported."));
    });
    connect(session, &ImportSession::failed, this, [this](const QString &message) {
        if (m_running)
            finish(false, tr("Nothing was imported: %1").arg(message));
    });
}

void CommitPage::initializePage()
{
    m_done = false;
    m_running = true;
    m_wizard->setOutcome(std::nullopt);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    qCInfo(lcCommit) << "commit started";
    const importer::ImportSettings &settings = m_wizard->settings();
    // The review ran without the large-change confirmation: with it, review again first.
    m_wizard->session()->startCommit(m_wizard->filePath(), settings, settings.confirmLargeChange);
    m_cancel->setFocus();
}

void CommitPage::cancelCommit()
{
    if (!m_running)
        return;
    m_wizard->session()->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping: undoing what was written so far…"));
}

void CommitPage::finish(bool committed, const QString &message)
{
    m_running = false;
    m_done = true;
    if (!m_wizard->outcome()) {
        ImportOutcome outcome;
        if (m_wizard->review())
            outcome.review = *m_wizard->review();
        outcome.message = message;
        m_wizard->setOutcome(outcome);
    }
    qCInfo(lcCommit) << (committed ? "committed" : "nothing committed");
    m_status->setText(message);
    m_cancel->setEnabled(false);
    Q_EMIT completeChanged();
    QTimer::singleShot(0, m_wizard, [wizard = m_wizard, this] {
        if (wizard->currentPage() == this)
            wizard->next();
    });
}

} // namespace cardbridge
