#include "MainWindow.h"

#include "BackgroundTask.h"
#include "BusyPage.h"
#include "CameraPanel.h"
#include "DeskView.h"
#include "NewStorePage.h"
#include "ScannerInputFilter.h"
#include "ScannerSettingsPage.h"
#include "SettingsDialog.h"
#include "SoundSettingsPage.h"
#include "StartPage.h"
#include "StoreJobs.h"
#include "UnlockPage.h"
#include "camera/CardSymbologies.h"
#include "demo/DemoStore.h"
#include "import/ImportActions.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace cardbridge {

namespace {
Q_LOGGING_CATEGORY(lcWindow, "cardbridge.ui.window")
}

MainWindow::MainWindow(DeskAppOptions options, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_storePath(m_options.storePath)
    , m_pages(new QStackedWidget(this))
    , m_start(new StartPage(m_pages))
    , m_newStore(new NewStorePage(m_pages))
    , m_busy(new BusyPage(m_pages))
    , m_unlock(new UnlockPage(m_pages))
    , m_storeStatus(new QLabel(this))
{
    setWindowTitle(tr("CardBridge"));
    setAccessibleName(tr("CardBridge"));
    resize(1280, 720);
    setMinimumSize(800, 560);
    for (QWidget *page : { static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_newStore),
             static_cast<QWidget *>(m_busy), static_cast<QWidget *>(m_unlock) })
        m_pages->addWidget(page);
    setCentralWidget(m_pages);
    m_storeStatus->setTextFormat(Qt::PlainText);
    m_storeStatus->setAccessibleName(tr("Open store"));
    statusBar()->addWidget(m_storeStatus, 1);

    auto *lockAction = new QAction(tr("Lock the store"), this);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::WindowShortcut);
    addAction(lockAction);
    connect(lockAction, &QAction::triggered, this, &MainWindow::lock);

    // A USB barcode scanner types like a keyboard: caught app-wide while the desk is open.
    m_scanner = new ScannerInputFilter(m_clock, this);
    {
        QSettings settings;
        m_scanner->setSettings(ScannerSettings::load(settings));
    }
    auto *settingsAction = new QAction(tr("&Settings…"), this);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setToolTip(tr("Desk settings: scanner (Ctrl+,)"));
    addAction(settingsAction);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    auto *settingsButton = new QToolButton(this);
    settingsButton->setDefaultAction(settingsAction);
    settingsButton->setAccessibleName(tr("Settings"));
    settingsButton->setFocusPolicy(Qt::TabFocus);
    statusBar()->addPermanentWidget(settingsButton);

    // The webcam scanner sits beside the desk; the status bar button shows and hides it.
    m_cameraDock = new QDockWidget(tr("Camera"), this);
    m_cameraDock->setObjectName(QStringLiteral("cameraDock"));
    m_cameraDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_cameraDock);
    m_cameraDock->hide();
    m_cameraAction = m_cameraDock->toggleViewAction();
    m_cameraAction->setText(tr("Ca&mera"));
    m_cameraAction->setToolTip(tr("Scan cards with a webcam (Ctrl+Shift+C)"));
    m_cameraAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_cameraAction->setEnabled(false);
    addAction(m_cameraAction);
    auto *cameraButton = new QToolButton(this);
    cameraButton->setDefaultAction(m_cameraAction);
    cameraButton->setFocusPolicy(Qt::TabFocus);
    statusBar()->addPermanentWidget(cameraButton);

    // File → Import consent list… (Ctrl+I) and Import history…, while a store is open.
    m_import = new ImportActions(m_clock, this);
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_import->importAction());
    fileMenu->addAction(m_import->historyAction());

    connect(m_start, &StartPage::createRequested, this, &MainWindow::showNewStorePage);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemoStore);
    connect(m_newStore, &NewStorePage::cancelled, this, &MainWindow::showStartPage);
    connect(m_newStore, &NewStorePage::created, this, &MainWindow::openDesk);
    connect(m_unlock, &UnlockPage::unlocked, this, &MainWindow::openDesk);
    updateStoreStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setKdfParams(const KdfParams &params)
{
    m_kdfParams = params;
    m_newStore->setKdfParams(params);
}

void MainWindow::start()
{
    if (Store::exists(m_storePath))
        showUnlockPage();
    else if (m_options.demo)
        createDemoStore();
    else
        showStartPage();
}

bool MainWindow::isDemoStore() const
{
    return isSameStorePath(m_storePath, m_options.demoStorePath);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

QString MainWindow::storeStatusText() const
{
    return m_storeStatus->text();
}

void MainWindow::lock()
{
    if (!m_desk)
        return;
    qCInfo(lcWindow) << "store locked";
    qApp->removeEventFilter(m_scanner);
    m_scanner->releaseAll();
    m_import->setStore(nullptr); // closes the import dialogs, which hold the store
    showUnlockPage(); // shown before the desk goes, so the focus has somewhere to land
    m_pages->removeWidget(m_desk);
    closeCameraPanel();
    delete m_desk; // closes the store with it
    m_desk = nullptr;
    updateStoreStatus();
}

void MainWindow::showStartPage()
{
    m_storePath = m_options.storePath;
    m_start->setStorePath(m_storePath);
    showPage(m_start);
    m_start->focusFirstButton();
}

void MainWindow::showNewStorePage()
{
    m_storePath = m_options.storePath;
    m_newStore->setStorePath(m_storePath);
    showPage(m_newStore);
    m_newStore->focusFirstField();
}

void MainWindow::openDemoStore()
{
    m_storePath = m_options.demoStorePath;
    if (Store::exists(m_storePath))
        showUnlockPage();
    else
        createDemoStore();
}

void MainWindow::createDemoStore()
{
    m_storePath = m_options.demoStorePath;
    m_busy->start(tr("Creating the demo store…"),
        tr("Filling %1 with synthetic students. This takes a few seconds, once.")
            .arg(QDir::toNativeSeparators(m_storePath)));
    showPage(m_busy);
    const QString path = m_storePath;
    const KdfParams params = m_kdfParams;
    const Clock *clock = &m_clock;
    runInBackground(
        this, [path, params, clock] { return cardbridge::createDemoStore(path, params, *clock); },
        [this](const Status &created) {
            m_busy->stop();
            if (created) {
                showUnlockPage();
                return;
            }
            qCWarning(lcWindow) << "demo store not created, code"
                                << static_cast<int>(created.error().code);
            showStartPage();
            m_start->showError(
                tr("The demo store could not be created: %1").arg(created.error().message));
        });
}

void MainWindow::showUnlockPage()
{
    m_unlock->setStore(m_storePath, isDemoStore());
    showPage(m_unlock);
    m_unlock->focusPassphrase();
}

void MainWindow::openDesk(std::shared_ptr<Store> store)
{
    if (m_desk) {
        m_pages->removeWidget(m_desk);
        delete m_desk;
    }
    const bool demo = isDemoStore();
    QList<DemoCard> cards;
    if (demo) {
        if (auto sample = demoSampleCards(*store, SystemClock::instance()))
            cards = *sample;
        else
            qCWarning(lcWindow) << "no demo sample cards, code"
                                << static_cast<int>(sample.error().code);
    }
    openCameraPanel(*store);
    m_import->setStore(store);
    m_desk = new DeskView(std::move(store), m_clock, m_pages);
    m_desk->setDemoCards(cards);
    connect(m_desk, &DeskView::lockRequested, this, &MainWindow::lock);
    connect(m_scanner, &ScannerInputFilter::scanned, m_desk, &DeskView::lookUp);
    qApp->removeEventFilter(m_scanner); // once, even when a desk is replaced
    qApp->installEventFilter(m_scanner);
    connect(m_camera, &CameraPanel::codeScanned, m_desk, &DeskView::lookUp);
    m_pages->addWidget(m_desk);
    showPage(m_desk);
    m_desk->focusCardField();
}

void MainWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    updateStoreStatus();
}

void MainWindow::updateStoreStatus()
{
    const QString path = QDir::toNativeSeparators(m_storePath);
    const bool open = m_desk && m_pages->currentWidget() == m_desk;
    QString text;
    if (isDemoStore())
        text = open ? tr("Demo store open (synthetic data): %1") : tr("Demo store: %1 (locked)");
    else
        text = open ? tr("Store open: %1") : tr("Store: %1 (locked)");
    if (!open && !Store::exists(m_storePath))
        text = tr("No store yet at %1");
    m_storeStatus->setText(text.arg(path));
}

void MainWindow::openCameraPanel(const Store &store)
{
    closeCameraPanel();
    m_camera = new CameraPanel(m_clock, m_cameraDock);
    m_camera->setSymbologies(cardSymbologies(store.database()));
    m_cameraDock->setWidget(m_camera);
    m_cameraAction->setEnabled(true);
    // A hidden panel does not watch: the camera light goes off with it.
    connect(m_cameraDock, &QDockWidget::visibilityChanged, m_camera, [this](bool visible) {
        if (!visible && m_camera && !m_cameraDock->isFloating() && m_camera->isRunning()
            && m_options.cameraFile.isEmpty())
            m_camera->stop();
    });
    if (!m_options.cameraFile.isEmpty()) {
        m_camera->setVideoFile(m_options.cameraFile);
        m_cameraDock->show();
        m_camera->start();
    }
}

void MainWindow::closeCameraPanel()
{
    if (!m_camera)
        return;
    m_cameraDock->hide();
    m_cameraDock->setWidget(nullptr);
    delete m_camera; // stops the camera
    m_camera = nullptr;
    m_cameraAction->setEnabled(false);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    auto *scanner = new ScannerSettingsPage(m_scanner, &dialog);
    dialog.addPage(tr("Scanner"), scanner);
    auto *sound = new SoundSettingsPage(m_desk ? m_desk->sounds() : nullptr, &dialog);
    dialog.addPage(tr("Sound"), sound);
    // Scans typed into the dialog's test box must reach it: the filter runs while it is open.
    const bool wasFiltering = m_desk != nullptr;
    if (!wasFiltering)
        qApp->installEventFilter(m_scanner);
    if (dialog.exec() == QDialog::Accepted) {
        QSettings settings;
        scanner->save(settings);
        sound->save(settings);
        qCInfo(lcWindow) << "scanner settings saved";
    } else {
        scanner->revert();
        sound->revert();
    }
    if (!wasFiltering)
        qApp->removeEventFilter(m_scanner);
    if (m_desk)
        m_desk->focusCardField();
}

} // namespace cardbridge
