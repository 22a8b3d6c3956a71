#pragma once

#include "DeskAppOptions.h"
#include "common/Clock.h"
#include "security/KdfParams.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;

namespace cardbridge {

class BusyPage;
class CameraPanel;
class DeskView;
class ImportActions;
class NewStorePage;
class ScannerInputFilter;
class StartPage;
class Store;
class UnlockPage;

// The desk app's window: start page (no store yet), new-store page, unlock page and the desk,
// one at a time in a stack. The status bar says which store is open.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DeskAppOptions options, const Clock &clock = SystemClock::instance(),
        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Key-derivation cost for stores this window creates (tests use KdfParams::minimum()).
    void setKdfParams(const KdfParams &params);
    // Shows the first page: unlock when the store exists, else the start page (or, with
    // --demo, creates the demo store first).
    void start();

    QString storePath() const { return m_storePath; }
    bool isDemoStore() const;
    QWidget *currentPage() const;
    StartPage *startPage() const { return m_start; }
    NewStorePage *newStorePage() const { return m_newStore; }
    UnlockPage *unlockPage() const { return m_unlock; }
    DeskView *deskView() const { return m_desk; } // null while locked
    CameraPanel *cameraPanel() const { return m_camera; } // null while locked
    QString storeStatusText() const;
    ImportActions *importActions() const { return m_import; } // File → Import …
    ScannerInputFilter *scannerFilter() const
    {
        return m_scanner;
    } // on qApp while the desk is open

public Q_SLOTS:
    void lock();
    void openSettings(); // modal "Desk settings" (Ctrl+,)

private:
    void showStartPage();
    void showNewStorePage();
    void openDemoStore();
    void createDemoStore();
    void showUnlockPage();
    void openDesk(std::shared_ptr<Store> store);
    void showPage(QWidget *page);
    void updateStoreStatus();
    void openCameraPanel(const Store &store);
    void closeCameraPanel();

    DeskAppOptions m_options;
    const Clock &m_clock;
    KdfParams m_kdfParams = KdfParams::recommended();
    QString m_storePath;
    QStackedWidget *m_pages;
    StartPage *m_start;
    NewStorePage *m_newStore;
    BusyPage *m_busy;
    UnlockPage *m_unlock;
    DeskView *m_desk = nullptr;
    QLabel *m_storeStatus;
    ScannerInputFilter *m_scanner = nullptr; // keyboard-wedge capture, app-wide
    CameraPanel *m_camera = nullptr; // in m_cameraDock, while the desk is open
    QDockWidget *m_cameraDock = nullptr;
    QAction *m_cameraAction = nullptr;
    ImportActions *m_import = nullptr; // enabled while the desk (and its store) is open
};

} // namespace cardbridge
