#include "BatchHistoryDialog.h"

#include "BackgroundTask.h"
#include "BatchHistoryModel.h"
#include "DialogPrompts.h"
#include "InlineMessage.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cardbridge {

namespace {
Q_LOGGING_CATEGORY(lcHistory, "cardbridge.ui.import.history")
}

BatchHistoryDialog::BatchHistoryDialog(
    std::shared_ptr<Store> store, const Clock &clock, const QString &account, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_clock(clock)
    , m_account(account)
    , m_model(new BatchHistoryModel(this))
    , m_view(new QTableView(this))
    , m_undo(new QPushButton(tr("&Undo batch…"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_message(new InlineMessage(InlineMessage::Kind::Hint, this))
    , m_error(new InlineMessage(InlineMessage::Kind::Error, this))
{
    setWindowTitle(tr("Import history"));
    setAccessibleName(tr("Import history"));
    resize(1000, 480);

    auto *intro = new QLabel(tr("Every consent list imported into this store, newest first. "
                                "Only the newest import that is still in place can be undone."),
        this);
    intro->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Import batches"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_undo->setToolTip(tr("Put every student this batch touched back as they were before it."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &BatchHistoryDialog::undoSelected);
    connect(m_refresh, &QPushButton::clicked, this, &BatchHistoryDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &BatchHistoryDialog::updateButtons);
    reload();
    m_view->setFocus();
}

void BatchHistoryDialog::reload()
{
    ImportBatchRepository batches(m_store->database());
    auto listed = batches.list();
    if (!listed) {
        m_error->showMessage(
            tr("The import history could not be read: %1").arg(listed.error().message));
        m_model->setBatches({});
    } else {
        m_error->clearMessage();
        m_model->setBatches(*listed);
    }
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

void BatchHistoryDialog::updateButtons()
{
    const ImportBatchSummary *batch = m_model->batchAt(m_view->currentIndex().row());
    m_undo->setEnabled(!m_undoing && batch && batch->canUndo);
    m_refresh->setEnabled(!m_undoing);
}

void BatchHistoryDialog::undoSelected()
{
    const ImportBatchSummary *batch = m_model->batchAt(m_view->currentIndex().row());
    if (!batch || !batch->canUndo || m_undoing)
        return;
    const qint64 id = batch->id;
    const QString question
        = tr("Undo batch %1 (%2, imported %3)?\n\nEvery student it added is removed, and every "
             "student it changed gets back the state from before it. Contact details removed "
             "because consent was withdrawn are not brought back.")
              .arg(id)
              .arg(batch->fileName,
                  QLocale().toString(batch->importedAt.toLocalTime(), QLocale::ShortFormat));
    if (!DialogPrompts::confirm(this, tr("Undo import"), question, tr("&Undo batch")))
        return;
    m_undoing = true;
    updateButtons();
    m_message->showMessage(tr("Undoing batch %1…").arg(id));
    const std::shared_ptr<Store> store = m_store;
    const QString account = m_account;
    const QDateTime now = m_clock.nowUtc();
    qCInfo(lcHistory) << "undo of batch" << id << "started";
    runInBackground(
        this,
        [store, id, account, now]() -> Result<UndoSummary> {
            // A connection of this worker thread, closed again before the thread moves on.
            auto connection = store->openAnotherConnection();
            if (!connection)
                return unexpected<Error>(connection.error());
            ImportBatchRepository batches((*connection)->database());
            return batches.undo(id, account, now);
        },
        [this, id](const Result<UndoSummary> &undone) {
            m_undoing = false;
            if (undone) {
                qCInfo(lcHistory, "batch undone: %d removed, %d restored", undone->removed,
                    undone->restored);
                m_message->showMessage(tr("Batch %1 was undone. Students removed: %2. Students "
                                          "put back as they were: %3.")
                                           .arg(id)
                                           .arg(undone->removed)
                                           .arg(undone->restored));
            } else {
                m_message->clearMessage();
            }
            reload();
            if (!undone)
                m_error->showMessage(
                    tr("Batch %1 was not undone: %2").arg(id).arg(undone.error().message));
        });
}

QString BatchHistoryDialog::messageText() const
{
    return m_message->text();
}

QString BatchHistoryDialog::errorText() const
{
    return m_error->text();
}

} // namespace cardbridge
