#include "UnlockPage.h"

#include "BackgroundTask.h"
#include "BusyIndicator.h"
#include "InlineMessage.h"
#include "PageLayout.h"
#include "StoreJobs.h"
#include "demo/DemoStore.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardbridge {

namespace {
Q_LOGGING_CATEGORY(lcUnlock, "cardbridge.ui.unlock")
}

UnlockPage::UnlockPage(QWidget *parent)
    : QWidget(parent)
    , m_pathLabel(new QLabel(this))
    , m_demoHint(new InlineMessage(InlineMessage::Kind::Hint, this))
    , m_form(new QWidget(this))
    , m_passphrase(new QLineEdit(m_form))
    , m_unlock(new QPushButton(tr("&Unlock"), m_form))
    , m_busy(new BusyIndicator(this))
    , m_error(new InlineMessage(InlineMessage::Kind::Error, this))
{
    QVBoxLayout *column = makeCentredColumn(this, tr("Unlock the store"));
    column->addWidget(makeParagraph(
        tr("The store is encrypted. Enter its passphrase to start scanning cards."), this));
    m_pathLabel->setTextFormat(Qt::PlainText);
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setAccessibleName(tr("Store file"));
    column->addWidget(m_pathLabel);
    m_demoHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoHint->setAccessibleName(tr("Demo store hint"));
    column->addWidget(m_demoHint);

    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setMinimumHeight(36);
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    m_unlock->setMinimumHeight(36);
    auto *passphraseLabel = new QLabel(tr("&Passphrase:"), m_form);
    passphraseLabel->setBuddy(m_passphrase);
    auto *formLayout = new QHBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(passphraseLabel);
    formLayout->addWidget(m_passphrase, 1);
    formLayout->addWidget(m_unlock);
    column->addWidget(m_form);
    column->addWidget(m_busy);
    column->addWidget(m_error);
    column->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_passphrase, &QLineEdit::textEdited, m_error, &InlineMessage::clearMessage);
}

void UnlockPage::setStore(const QString &path, bool isDemo)
{
    m_path = path;
    m_pathLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(path)));
    if (isDemo) {
        m_demoHint->showMessage(
            tr("Demo store — passphrase: %1\nThe demo store holds synthetic data only.")
                .arg(demoPassphrase()));
    } else {
        m_demoHint->clearMessage();
    }
    m_error->clearMessage();
    m_passphrase->clear();
}

void UnlockPage::focusPassphrase()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
    m_passphrase->selectAll();
}

bool UnlockPage::isBusy() const
{
    return m_busy->isRunning();
}

QString UnlockPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString UnlockPage::demoHintText() const
{
    return m_demoHint->isHidden() ? QString() : m_demoHint->text();
}

void UnlockPage::unlock()
{
    if (isBusy())
        return;
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty()) {
        m_error->showMessage(tr("Enter the passphrase."));
        focusPassphrase();
        return;
    }
    m_error->clearMessage();
    setBusy(true);
    const QString path = m_path;
    runInBackground(
        this, [path, passphrase] { return Store::unlockKey(path, passphrase); },
        [this](const Result<MasterKey> &key) { finishUnlock(key); });
}

void UnlockPage::finishUnlock(const Result<MasterKey> &key)
{
    if (!key) {
        setBusy(false);
        showError(key.error());
        return;
    }
    auto opened = openUnlockedStore(m_path, *key);
    setBusy(false);
    if (!opened) {
        showError(opened.error());
        return;
    }
    qCInfo(lcUnlock) << "store unlocked";
    m_passphrase->clear();
    Q_EMIT unlocked(std::move(*opened));
}

void UnlockPage::showError(const Error &error)
{
    qCInfo(lcUnlock) << "unlock failed, code" << static_cast<int>(error.code);
    if (error.code == ErrorCode::WrongPassphrase)
        m_error->showMessage(tr("Wrong passphrase. Try again."));
    else
        m_error->showMessage(error.message);
    focusPassphrase();
}

void UnlockPage::setBusy(bool busy)
{
    m_form->setEnabled(!busy);
    if (busy)
        m_busy->start(tr("Unlocking…"));
    else
        m_busy->stop();
}

} // namespace cardbridge
