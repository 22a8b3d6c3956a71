#pragma once

#include "common/Clock.h"
#include "import/BatchHistoryDialog.h"
#include "import/ImportWizard.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QWidget;

namespace cardbridge {

class Store;

// The main window's "Import consent list…" (Ctrl+I) and "Import history…" actions. Enabled
// while a store is open; each opens its window-modal dialog over `window`. Locking the store
// (setStore(nullptr)) closes them: a running import is cancelled and nothing is committed.
class ImportActions : public QObject {
    Q_OBJECT
public:
    ImportActions(const Clock &clock, QWidget *window);
    ~ImportActions() override;

    void setStore(std::shared_ptr<Store> store);
    void setProfilesDirectory(const QString &directory); // tests

    QAction *importAction() const { return m_import; }
    QAction *historyAction() const { return m_history; }
    ImportWizard *wizard() const { return m_wizard; } // while open
    BatchHistoryDialog *historyDialog() const { return m_historyDialog; } // while open

    void openWizard();
    void openHistory();

private:
    void closeDialogs();

    const Clock &m_clock;
    QWidget *m_window;
    std::shared_ptr<Store> m_store;
    QString m_profilesDirectory;
    QAction *m_import;
    QAction *m_history;
    QPointer<ImportWizard> m_wizard;
    QPointer<BatchHistoryDialog> m_historyDialog;
};

} // namespace cardbridge
