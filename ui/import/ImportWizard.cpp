#include "ImportWizard.h"

#include "BatchHistoryDialog.h"
#include "ChooseFilePage.h"
#include "CommitPage.h"
#include "ImportSession.h"
#include "MappingPage.h"
#include "ReviewPage.h"
#include "SummaryPage.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QDir>
#include <QLoggingCategory>

namespace cardbridge {

namespace {
Q_LOGGING_CATEGORY(lcWizard, "cardbridge.ui.import.wizard")
}

ImportWizard::ImportWizard(
    std::shared_ptr<Store> store, const Clock &clock, const QString &account, QWidget *parent)
    : QWizard(parent)
    , m_store(std::move(store))
    , m_clock(clock)
    , m_account(account)
    , m_session(new ImportSession(m_store, clock, this))
{
    setWindowTitle(tr("Import consent list"));
    setAccessibleName(tr("Import consent list"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    m_settings.account = account;
    // Pages read the session in their constructors.
    m_choose = new ChooseFilePage(this);
    m_mapping = new MappingPage(this);
    m_reviewPage = new ReviewPage(this);
    m_commit = new CommitPage(this);
    m_summary = new SummaryPage(this);
    setPage(ChooseFileId, m_choose);
    setPage(MappingId, m_mapping);
    setPage(ReviewId, m_reviewPage);
    setPage(CommitId, m_commit);
    setPage(SummaryId, m_summary);
    setStartId(ChooseFileId);
    resize(1040, 720);
    connect(this, &ImportWizard::historyRequested, this, &ImportWizard::openHistory);
}

ImportWizard::~ImportWizard()
{
    // The session waits for its thread; pages listening to it go first.
    m_session->cancel();
}

void ImportWizard::setProfilesDirectory(const QString &directory)
{
    m_profilesDirectory = directory;
}

void ImportWizard::setFilePath(const QString &path)
{
    m_path = path;
    if (m_choose->path() != path)
        m_choose->setPath(path);
}

void ImportWizard::reject()
{
    // Stopping a commit takes a moment (it rolls back); the summary then says what happened.
    if (currentId() == CommitId && m_commit->isRunning()) {
        m_commit->cancelCommit();
        return;
    }
    if (m_session->isBusy())
        qCInfo(lcWizard) << "closed while busy: cancelling";
    m_session->cancel();
    QWizard::reject();
}

void ImportWizard::openHistory()
{
    auto *dialog = new BatchHistoryDialog(m_store, m_clock, m_account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ImportWizard::recordFileWritten(const QString &path, const QString &what)
{
    const auto recorded
        = AuditLog(m_store->database())
              .record({ m_clock.nowUtc(), m_account, kAuditFileWritten,
                  QStringLiteral("%1: %2").arg(what, QDir::toNativeSeparators(path)) });
    if (!recorded)
        qCWarning(lcWizard, "a written file could not be named in the audit log");
}

} // namespace cardbridge
