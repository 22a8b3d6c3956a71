#include "DeskView.h"

#include "DemoCardsHint.h"
#include "InlineMessage.h"
#include "RecentScansList.h"
#include "TodayCounts.h"
#include "VerdictPanel.h"
#include "VerdictSounds.h"
#include "consent/DeskScanService.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace cardbridge {

namespace {

Q_LOGGING_CATEGORY(lcDesk, "cardbridge.ui.desk")

const QString kAccount = QStringLiteral("desk"); // until accounts exist

QString deskName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("desk") : host;
}

} // namespace

DeskView::DeskView(std::shared_ptr<Store> store, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_clock(clock)
    , m_scans(std::make_unique<DeskScanService>(m_store->database(), clock, deskName(), kAccount))
    , m_cardField(new QLineEdit(this))
    , m_lookUp(new QPushButton(tr("&Look up"), this))
    , m_lock(new QPushButton(tr("Loc&k"), this))
    , m_problem(new InlineMessage(InlineMessage::Kind::Error, this))
    , m_panel(new VerdictPanel(this))
    , m_demoCards(new DemoCardsHint(this))
    , m_recent(new RecentScansList(this))
    , m_today(new TodayCounts(
          [this](VerdictStatus status, const QDateTime &fromUtc) {
              return m_scans->countSince(status, fromUtc);
          },
          clock, this))
    , m_sounds(new VerdictSounds(VerdictSounds::loadSettings(), this))
{
    auto *label = new QLabel(tr("&Card number:"), this);
    label->setBuddy(m_cardField);
    QFont labelFont = label->font();
    labelFont.setPointSizeF(qMax(labelFont.pointSizeF() * 1.4, 14.0));
    label->setFont(labelFont);

    QFont fieldFont = m_cardField->font();
    fieldFont.setPointSizeF(20);
    m_cardField->setFont(fieldFont);
    m_cardField->setAccessibleName(tr("Card number"));
    m_cardField->setPlaceholderText(tr("Scan a card, or type its number and press Enter"));
    m_cardField->setClearButtonEnabled(true);
    m_cardField->setMaxLength(256);
    m_lookUp->setAccessibleName(tr("Look up"));
    m_lookUp->setMinimumHeight(m_cardField->sizeHint().height());
    m_lookUp->setFocusPolicy(Qt::TabFocus);
    m_lock->setAccessibleName(tr("Lock the store"));
    m_lock->setToolTip(tr("Lock the store (Ctrl+L)"));
    m_lock->setMinimumHeight(m_cardField->sizeHint().height());
    m_lock->setFocusPolicy(Qt::TabFocus);
    m_demoCards->hide();

    auto *entry = new QHBoxLayout;
    entry->setSpacing(12);
    entry->addWidget(label);
    entry->addWidget(m_cardField, 1);
    entry->addWidget(m_lookUp);
    entry->addSpacing(24);
    entry->addWidget(m_lock);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(12);
    layout->addLayout(entry);
    m_entryProblem = new InlineMessage(InlineMessage::Kind::Error, this);
    m_entryProblem->setAccessibleName(tr("Card number problem"));
    layout->addWidget(m_entryProblem);
    layout->addWidget(m_problem);
    // The verdict takes the width; today's counts and the recent scans sit in a side column.
    auto *side = new QVBoxLayout;
    side->setSpacing(12);
    side->addWidget(m_today);
    side->addWidget(m_recent, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(m_panel, 1);
    body->addLayout(side);
    layout->addLayout(body, 1);
    layout->addWidget(m_demoCards);

    connect(m_cardField, &QLineEdit::returnPressed, this, &DeskView::lookUpField);
    connect(m_lookUp, &QPushButton::clicked, this, &DeskView::lookUpField);
    connect(m_lock, &QPushButton::clicked, this, &DeskView::lockRequested);
    connect(m_demoCards, &DemoCardsHint::cardChosen, this, &DeskView::lookUp);
    connect(m_panel, &VerdictPanel::patronNumberCopied, this, &DeskView::focusCardField);
    connect(this, &DeskView::verdictShown, m_sounds, &VerdictSounds::play);

    if (auto loaded = m_scans->reload(); !loaded) {
        qCWarning(lcDesk) << "cannot load agreements and card rules, code"
                          << static_cast<int>(loaded.error().code);
        m_loadProblem = loaded.error().message;
        m_problem->showMessage(m_loadProblem);
    }
    m_today->refresh();
    setFocusProxy(m_cardField);
}

DeskView::~DeskView() = default;

void DeskView::setDemoCards(const QList<DemoCard> &cards)
{
    m_demoCards->setCards(cards);
}

void DeskView::focusCardField()
{
    m_cardField->setFocus(Qt::OtherFocusReason);
}

QString DeskView::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void DeskView::lookUpField()
{
    // Manual entry (a damaged card): a number with a wrong check digit stays in the field,
    // selected, with the reason beside it, so the librarian can fix it.
    const QString typed = m_cardField->text();
    if (!lookUp(typed).checkDigitWrong)
        return;
    m_entryProblem->showMessage(m_panel->messageText());
    m_cardField->setText(typed);
    m_cardField->selectAll();
}

QString DeskView::entryProblemText() const
{
    return m_entryProblem->isHidden() ? QString() : m_entryProblem->text();
}

Verdict DeskView::lookUp(const QString &input)
{
    // Clear first: the next scan must land in an empty field whatever happens below.
    m_cardField->clear();
    m_entryProblem->clearMessage();
    focusCardField();
    if (input.trimmed().isEmpty())
        return {};
    const DeskScanResult scanned = m_scans->scan(input);
    const Verdict &verdict = scanned.verdict;
    m_panel->showVerdict(verdict);
    m_recent->addScan(verdict, m_clock.nowUtc());
    m_today->refresh();
    reportRecordProblem(scanned.recordError);
    qCDebug(lcDesk) << "verdict" << verdictStatusKey(verdict.status);
    Q_EMIT verdictShown(verdict.status);
    return verdict;
}

void DeskView::reportRecordProblem(const std::optional<Error> &recordError)
{
    if (!recordError) {
        m_problem->showMessage(m_loadProblem); // hides it when there is none
        return;
    }
    // The verdict stands, but the librarian should know the statistics missed this scan.
    // (DeskScanService has logged the error code.)
    m_problem->showMessage(tr("This scan could not be logged: %1").arg(recordError->message));
}

} // namespace cardbridge
