#pragma once

#include "security/KdfParams.h"
#include "store/Store.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cardbridge {

class BusyIndicator;
class InlineMessage;

// Creates a new, empty store: the passphrase twice (at least 12 characters), inline errors,
// then creation and key derivation on a worker, and the store opened on the UI thread.
class NewStorePage : public QWidget {
    Q_OBJECT
public:
    explicit NewStorePage(QWidget *parent = nullptr);

    void setStorePath(const QString &path);
    void setKdfParams(const KdfParams &params) { m_params = params; }
    void focusFirstField();

    bool isBusy() const;
    QString errorText() const;
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *repeatField() const { return m_repeat; }
    QPushButton *createButton() const { return m_create; }

public Q_SLOTS:
    void create();

Q_SIGNALS:
    void created(std::shared_ptr<cardbridge::Store> store);
    void cancelled();

private:
    void setBusy(bool busy);
    void finishCreate(const Result<MasterKey> &key);

    QString m_path;
    KdfParams m_params = KdfParams::recommended();
    QLabel *m_pathLabel;
    QWidget *m_form;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QPushButton *m_create;
    QPushButton *m_back;
    BusyIndicator *m_busy;
    InlineMessage *m_error;
};

} // namespace cardbridge
