#include "ImportActions.h"

#include "BatchHistoryDialog.h"
#include "ImportWizard.h"

#include <QAction>
#include <QWidget>

namespace cardbridge {

namespace {
const QString kAccount = QStringLiteral("desk"); // until accounts exist (as the desk view)
}

ImportActions::ImportActions(const Clock &clock, QWidget *window)
    : QObject(window)
    , m_clock(clock)
    , m_window(window)
    , m_import(new QAction(tr("&Import consent list…"), this))
    , m_history(new QAction(tr("Import &history…"), this))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setShortcutContext(Qt::WindowShortcut);
    m_import->setToolTip(tr("Bring in a consent list or roster from the school district (Ctrl+I)"));
    m_history->setToolTip(tr("Earlier imports, and undo of the newest"));
    connect(m_import, &QAction::triggered, this, &ImportActions::openWizard);
    connect(m_history, &QAction::triggered, this, &ImportActions::openHistory);
    setStore(nullptr);
}

ImportActions::~ImportActions()
{
    closeDialogs();
}

void ImportActions::setStore(std::shared_ptr<Store> store)
{
    if (!store)
        closeDialogs();
    m_store = std::move(store);
    m_import->setEnabled(m_store != nullptr);
    m_history->setEnabled(m_store != nullptr);
}

void ImportActions::setProfilesDirectory(const QString &directory)
{
    m_profilesDirectory = directory;
}

void ImportActions::openWizard()
{
    if (!m_store)
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new ImportWizard(m_store, m_clock, kAccount, m_window);
    if (!m_profilesDirectory.isEmpty())
        m_wizard->setProfilesDirectory(m_profilesDirectory);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->open();
}

void ImportActions::openHistory()
{
    if (!m_store)
        return;
    if (m_historyDialog) {
        m_historyDialog->reload();
        m_historyDialog->raise();
        return;
    }
    m_historyDialog = new BatchHistoryDialog(m_store, m_clock, kAccount, m_window);
    m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_historyDialog->open();
}

void ImportActions::closeDialogs()
{
    // Deleted now, not later: they hold the store, which must close with the lock.
    delete m_wizard.data();
    delete m_historyDialog.data();
}

} // namespace cardbridge
