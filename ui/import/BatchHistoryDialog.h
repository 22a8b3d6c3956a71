#pragma once

#include "common/Clock.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QTableView;

namespace cardbridge {

class BatchHistoryModel;
class InlineMessage;
class Store;

// "Import history": every import batch, newest first, and "Undo batch…" for the newest one
// that is not undone yet. Undo asks first (through DialogPrompts) and runs on a worker thread
// with its own connection; the result is shown in place.
class BatchHistoryDialog : public QDialog {
    Q_OBJECT
public:
    BatchHistoryDialog(std::shared_ptr<Store> store, const Clock &clock, const QString &account,
        QWidget *parent = nullptr);

    void reload();
    void undoSelected();
    bool isUndoing() const { return m_undoing; }

    QTableView *view() const { return m_view; }
    BatchHistoryModel *model() const { return m_model; }
    QPushButton *undoButton() const { return m_undo; }
    QString messageText() const;
    QString errorText() const;

private:
    void updateButtons();

    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
    QString m_account;
    BatchHistoryModel *m_model;
    QTableView *m_view;
    QPushButton *m_undo;
    QPushButton *m_refresh;
    InlineMessage *m_message;
    InlineMessage *m_error;
    bool m_undoing = false;
};

} // namespace cardbridge
