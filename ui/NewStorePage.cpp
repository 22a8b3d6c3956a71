#include "NewStorePage.h"

#include "BackgroundTask.h"
#include "BusyIndicator.h"
#include "InlineMessage.h"
#include "PageLayout.h"
#include "PassphraseRules.h"
#include "StoreJobs.h"

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
Q_LOGGING_CATEGORY(lcNewStore, "cardbridge.ui.newstore")
}

NewStorePage::NewStorePage(QWidget *parent)
    : QWidget(parent)
    , m_pathLabel(new QLabel(this))
    , m_form(new QWidget(this))
    , m_passphrase(new QLineEdit(m_form))
    , m_repeat(new QLineEdit(m_form))
    , m_create(new QPushButton(tr("&Create store"), m_form))
    , m_back(new QPushButton(tr("&Back"), m_form))
    , m_busy(new BusyIndicator(this))
    , m_error(new InlineMessage(InlineMessage::Kind::Error, this))
{
    QVBoxLayout *column = makeCentredColumn(this, tr("Create a new store"));
    column->addWidget(makeParagraph(
        tr("Student records are kept encrypted in this file. Choose a passphrase of at least "
           "%1 characters and keep it somewhere safe: without it the store cannot be opened.")
            .arg(kMinimumPassphraseLength),
        this));
    m_pathLabel->setTextFormat(Qt::PlainText);
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setAccessibleName(tr("Store file"));
    column->addWidget(m_pathLabel);

    for (QLineEdit *field : { m_passphrase, m_repeat })
        field->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_repeat->setAccessibleName(tr("Repeat passphrase"));
    m_create->setAccessibleName(tr("Create store"));
    m_create->setDefault(true);
    m_back->setAccessibleName(tr("Back"));

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    form->addRow(buttons);
    column->addWidget(m_form);
    column->addWidget(m_busy);
    column->addWidget(m_error);
    column->addStretch(2);

    connect(m_create, &QPushButton::clicked, this, &NewStorePage::create);
    connect(m_repeat, &QLineEdit::returnPressed, this, &NewStorePage::create);
    connect(m_passphrase, &QLineEdit::returnPressed, m_repeat, qOverload<>(&QWidget::setFocus));
    connect(m_back, &QPushButton::clicked, this, &NewStorePage::cancelled);
    for (QLineEdit *field : { m_passphrase, m_repeat })
        connect(field, &QLineEdit::textEdited, m_error, &InlineMessage::clearMessage);
}

void NewStorePage::setStorePath(const QString &path)
{
    m_path = path;
    m_pathLabel->setText(tr("New store: %1").arg(QDir::toNativeSeparators(path)));
    m_passphrase->clear();
    m_repeat->clear();
    m_error->clearMessage();
}

void NewStorePage::focusFirstField()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

bool NewStorePage::isBusy() const
{
    return m_busy->isRunning();
}

QString NewStorePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewStorePage::create()
{
    if (isBusy())
        return;
    const QString passphrase = m_passphrase->text();
    if (const QString problem = newPassphraseProblem(passphrase, m_repeat->text());
        !problem.isEmpty()) {
        m_error->showMessage(problem);
        QLineEdit *field = passphrase.size() < kMinimumPassphraseLength ? m_passphrase : m_repeat;
        field->setFocus(Qt::OtherFocusReason);
        field->selectAll();
        return;
    }
    m_error->clearMessage();
    setBusy(true);
    const QString path = m_path;
    const KdfParams params = m_params;
    runInBackground(
        this, [path, passphrase, params] { return createStoreAndUnlock(path, passphrase, params); },
        [this](const Result<MasterKey> &key) { finishCreate(key); });
}

void NewStorePage::finishCreate(const Result<MasterKey> &key)
{
    auto opened = key ? openUnlockedStore(m_path, *key)
                      : Result<std::shared_ptr<Store>>(unexpected<Error>(key.error()));
    setBusy(false);
    if (!opened) {
        qCInfo(lcNewStore) << "store creation failed, code"
                           << static_cast<int>(opened.error().code);
        m_error->showMessage(opened.error().message);
        focusFirstField();
        return;
    }
    m_passphrase->clear();
    m_repeat->clear();
    Q_EMIT created(std::move(*opened));
}

void NewStorePage::setBusy(bool busy)
{
    m_form->setEnabled(!busy);
    if (busy)
        m_busy->start(tr("Creating the store…"));
    else
        m_busy->stop();
}

} // namespace cardbridge
