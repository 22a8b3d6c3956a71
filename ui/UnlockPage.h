#pragma once

#include "store/Store.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cardbridge {

class BusyIndicator;
class InlineMessage;

// Asks for the passphrase of an existing store (KeePassXC DatabaseOpenWidget habits): the
// key is derived on a worker while the form is disabled and a busy indicator runs; errors
// show inline and a wrong passphrase puts the focus back with the text selected.
class UnlockPage : public QWidget {
    Q_OBJECT
public:
    explicit UnlockPage(QWidget *parent = nullptr);

    // `isDemo`: the demo store, whose passphrase is shown (synthetic data only).
    void setStore(const QString &path, bool isDemo);
    QString storePath() const { return m_path; }
    void focusPassphrase();

    bool isBusy() const;
    QString errorText() const;
    QString demoHintText() const; // empty when hidden
    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *unlockButton() const { return m_unlock; }

public Q_SLOTS:
    void unlock();

Q_SIGNALS:
    void unlocked(std::shared_ptr<cardbridge::Store> store);

private:
    void setBusy(bool busy);
    void finishUnlock(const Result<MasterKey> &key);
    void showError(const Error &error);

    QString m_path;
    QLabel *m_pathLabel;
    InlineMessage *m_demoHint;
    QWidget *m_form;
    QLineEdit *m_passphrase;
    QPushButton *m_unlock;
    BusyIndicator *m_busy;
    InlineMessage *m_error;
};

} // namespace cardbridge
