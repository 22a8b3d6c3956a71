#include "VerdictPanel.h"

#include "SecretClipboard.h"
#include "VerdictIconWidget.h"
#include "VerdictStyle.h"
#include "VerdictText.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardbridge {

namespace {

constexpr int kAccentWidth = 10;

QLabel *makeLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    return label;
}

QColor blend(const QColor &base, const QColor &accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
        base.greenF() + (accent.greenF() - base.greenF()) * amount,
        base.blueF() + (accent.blueF() - base.blueF()) * amount);
}

} // namespace

VerdictPanel::VerdictPanel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new VerdictIconWidget(this))
    , m_title(makeLabel(this, tr("Verdict")))
    , m_nextStep(makeLabel(this, tr("Next step")))
    , m_student(makeLabel(this, tr("Student")))
    , m_patronCaption(makeLabel(this, tr("Patron number caption")))
    , m_patronNumber(makeLabel(this, tr("Patron number")))
    , m_message(makeLabel(this, tr("Reason")))
    , m_copy(new QPushButton(tr("Co&py"), this))
    , m_copyNote(makeLabel(this, tr("Clipboard note")))
    , m_clipboard(new SecretClipboard(this))
{
    setAccessibleName(tr("Verdict panel"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAutoFillBackground(false);

    m_patronCaption->setText(tr("Patron number"));
    m_patronNumber->setWordWrap(false);
    m_patronNumber->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_patronNumber->setCursor(Qt::IBeamCursor);
    m_copy->setAccessibleName(tr("Copy patron number"));
    m_copy->setToolTip(tr("Copy the patron number for the library system (Alt+P). The clipboard "
                          "is cleared after 30 seconds."));
    // Clicking must not take the focus from the card field: the next scan goes there.
    m_copy->setFocusPolicy(Qt::TabFocus);
    m_copy->setAutoDefault(false);
    m_copyNote->setWordWrap(false);
    connect(m_copy, &QPushButton::clicked, this, &VerdictPanel::copyPatronNumber);
    connect(m_clipboard, &SecretClipboard::countdownChanged, this, &VerdictPanel::updateCopyNote);

    // The number gets a row of its own so nothing beside it can squeeze it when the desk is
    // narrow (camera dock open, large fonts): a clipped patron number is worse than none.
    m_patronNumber->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    auto *patronRow = new QHBoxLayout;
    patronRow->setSpacing(16);
    patronRow->addWidget(m_copy, 0, Qt::AlignVCenter);
    patronRow->addWidget(m_copyNote, 0, Qt::AlignVCenter);
    patronRow->addStretch(1);

    auto *header = new QGridLayout;
    header->setHorizontalSpacing(24);
    header->setVerticalSpacing(4);
    header->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    header->addWidget(m_title, 0, 1);
    header->addWidget(m_nextStep, 1, 1, Qt::AlignTop);
    header->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kAccentWidth + 28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(m_student);
    layout->addSpacing(4);
    layout->addWidget(m_patronCaption);
    layout->addWidget(m_patronNumber);
    layout->addLayout(patronRow);
    layout->addWidget(m_message);
    layout->addStretch(1);

    updateFonts();
    showIdle();
}

void VerdictPanel::showVerdict(const Verdict &verdict)
{
    m_status = verdict.status;
    m_icon->setStatus(verdict.status);
    m_title->setText(verdictStatusTitle(verdict.status));
    m_nextStep->setText(verdictNextStep(verdict.status));
    setShown(m_student, verdict.student ? formatStudentSummary(*verdict.student) : QString());
    // Only an eligible verdict has a patron number to use; withdrawn must not show an old one.
    const bool showPatron = verdict.status == VerdictStatus::Eligible && verdict.patronNumber
        && !verdict.patronNumber->isEmpty();
    setShown(m_patronNumber, showPatron ? *verdict.patronNumber : QString());
    m_patronCaption->setVisible(showPatron);
    m_copy->setVisible(showPatron);
    m_copy->setEnabled(showPatron);
    updateCopyNote();
    setShown(m_message, verdict.message);
    setAccessibleDescription(describeVerdictForScreenReader(verdict));
    layout()->activate(); // place the rows now, not on the next event loop pass
    update();
}

void VerdictPanel::showIdle()
{
    m_status.reset();
    m_icon->setStatus(std::nullopt);
    m_title->setText(tr("Scan a student ID card"));
    m_nextStep->setText(tr("Or type the card number and press Enter. The verdict appears here."));
    setShown(m_student, {});
    setShown(m_patronNumber, {});
    m_patronCaption->hide();
    m_copy->hide();
    m_copy->setEnabled(false);
    updateCopyNote();
    setShown(m_message, {});
    setAccessibleDescription(m_title->text());
    layout()->activate();
    update();
}

QString VerdictPanel::statusTitleText() const
{
    return m_title->text();
}

QString VerdictPanel::nextStepText() const
{
    return m_nextStep->text();
}

QString VerdictPanel::studentSummaryText() const
{
    return m_student->isHidden() ? QString() : m_student->text();
}

QString VerdictPanel::patronNumberText() const
{
    return m_patronNumber->isHidden() ? QString() : m_patronNumber->text();
}

QString VerdictPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString VerdictPanel::copyNoteText() const
{
    return m_copyNote->isHidden() ? QString() : m_copyNote->text();
}

void VerdictPanel::copyPatronNumber()
{
    const QString number = patronNumberText();
    if (m_status != VerdictStatus::Eligible || number.isEmpty() || !m_copy->isEnabled())
        return;
    m_copiedNumber = number;
    m_clipboard->copy(number);
    Q_EMIT patronNumberCopied();
}

void VerdictPanel::updateCopyNote()
{
    const int seconds = m_clipboard->secondsLeft();
    const bool show
        = seconds > 0 && !m_copiedNumber.isEmpty() && m_copiedNumber == patronNumberText();
    m_copyNote->setText(show ? tr("Copied — clears in %n s", nullptr, seconds) : QString());
    m_copyNote->setVisible(show);
    if (!m_clipboard->isCountingDown())
        m_copiedNumber.clear();
}

void VerdictPanel::setShown(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void VerdictPanel::updateFonts()
{
    const QFont base = font();
    QFont title = base;
    title.setPointSizeF(30);
    title.setBold(true);
    m_title->setFont(title);

    QFont nextStep = base;
    nextStep.setPointSizeF(17);
    m_nextStep->setFont(nextStep);

    QFont student = base;
    student.setPointSizeF(19);
    m_student->setFont(student);

    QFont caption = base;
    caption.setPointSizeF(qMax(base.pointSizeF(), 11.0));
    m_patronCaption->setFont(caption);
    m_copyNote->setFont(caption);

    QFont copy = base;
    copy.setPointSizeF(qMax(base.pointSizeF(), 15.0));
    m_copy->setFont(copy);
    const QFontMetrics copyMetrics(copy);
    m_copy->setMinimumSize(copyMetrics.horizontalAdvance(m_copy->text()) + 4 * copyMetrics.height(),
        copyMetrics.height() * 2 + 8);

    QFont patron = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    patron.setPointSizeF(40);
    patron.setBold(true);
    patron.setLetterSpacing(QFont::PercentageSpacing, 104);
    m_patronNumber->setFont(patron);

    QFont message = base;
    message.setPointSizeF(qMax(base.pointSizeF(), 13.0));
    m_message->setFont(message);
}

void VerdictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateFonts();
    QWidget::changeEvent(event);
}

void VerdictPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor accent = m_status ? verdictColor(*m_status) : pal.color(QPalette::Mid);
    const QColor background = pal.color(QPalette::Base);
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);

    QPainterPath outline;
    outline.addRoundedRect(frame, 10, 10);
    painter.fillPath(outline, m_status ? blend(background, accent, 0.07) : background);
    painter.setPen(QPen(accent, m_status ? 2.5 : 1.0));
    painter.drawPath(outline);

    // The accent bar on the left edge, clipped to the rounded outline.
    painter.setClipPath(outline);
    painter.fillRect(QRectF(frame.left(), frame.top(), kAccentWidth, frame.height()), accent);
}

} // namespace cardbridge
