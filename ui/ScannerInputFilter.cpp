#include "ScannerInputFilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTimer>
#include <QWidget>

namespace cardbridge {

namespace {

Q_LOGGING_CATEGORY(lcScanner, "cardbridge.ui.scanner")

WedgeKeyKind kindOf(const QKeyEvent &event, const ScannerSettings &settings)
{
    if (event.isAutoRepeat())
        return WedgeKeyKind::Other;
    switch (event.key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return event.modifiers() & (Qt::ControlModifier | Qt::AltModifier) ? WedgeKeyKind::Other
                                                                           : WedgeKeyKind::Enter;
    case Qt::Key_Tab:
        return event.modifiers() & (Qt::ControlModifier | Qt::AltModifier) ? WedgeKeyKind::Other
                                                                           : WedgeKeyKind::Tab;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
    case Qt::Key_Escape:
        return WedgeKeyKind::Other;
    default:
        break;
    }
    const QString text = event.text();
    if (text.isEmpty())
        return WedgeKeyKind::Other;
    // Shortcuts stay shortcuts, unless the scanner's prefix or suffix is such a control char.
    const bool chord
        = event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    if (chord && !settings.prefix.contains(text) && !settings.suffix.contains(text))
        return WedgeKeyKind::Other;
    return WedgeKeyKind::Text;
}

bool isPasswordField(const QWidget *widget)
{
    const auto *line = qobject_cast<const QLineEdit *>(widget);
    return line && line->echoMode() != QLineEdit::Normal;
}

bool isInScannerTestArea(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget())
        if (widget->property(ScannerInputFilter::kTestAreaProperty).toBool())
            return true;
    return false;
}

} // namespace

const char *const ScannerInputFilter::kTestAreaProperty = "cardbridgeScannerTest";

ScannerInputFilter::ScannerInputFilter(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ScannerInputFilter::flushDue);
}

ScannerInputFilter::~ScannerInputFilter()
{
    releaseAll();
}

void ScannerInputFilter::setSettings(const ScannerSettings &settings)
{
    apply(m_classifier.setSettings(settings), std::nullopt, QApplication::focusWidget());
    schedule();
}

void ScannerInputFilter::flushDue()
{
    apply(m_classifier.onTimeout(m_clock.monotonicMs()), std::nullopt, QApplication::focusWidget());
    schedule();
}

void ScannerInputFilter::releaseAll()
{
    apply(m_classifier.releaseAll(), std::nullopt, QApplication::focusWidget());
    m_timer->stop();
}

bool ScannerInputFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || m_redelivering || !watched->isWidgetType())
        return false;
    auto *target = static_cast<QWidget *>(watched);
    // Only the first delivery, to the focus widget: not its propagation to the parents.
    const QWidget *focus = QApplication::focusWidget();
    if (focus ? target != focus : target->parentWidget() != nullptr)
        return false;
    return handleKeyPress(target, static_cast<QKeyEvent *>(event));
}

bool ScannerInputFilter::handleKeyPress(QWidget *target, QKeyEvent *event)
{
    if (isPasswordField(target)) { // a passphrase is never a scan; never hold it back
        releaseAll();
        return false;
    }
    const WedgeKey key { event->text(), kindOf(*event, m_classifier.settings()),
        m_clock.monotonicMs() };
    HeldKey held { std::shared_ptr<QKeyEvent>(static_cast<QKeyEvent *>(event->clone())), target };
    const bool keep = apply(m_classifier.feed(key), std::move(held), target);
    schedule();
    return keep;
}

bool ScannerInputFilter::apply(
    const WedgeOutcome &outcome, std::optional<HeldKey> current, QWidget *focus)
{
    QString released;
    QPointer<QWidget> releasedTo;
    const bool keep = m_held.apply(outcome, std::move(current), [&](HeldKey &key) {
        released += key.event->text();
        releasedTo = key.target;
        redeliver(key);
    });
    if (!released.isEmpty() && releasedTo)
        Q_EMIT typingReleased(releasedTo, released);
    if (outcome.scan) {
        qCDebug(lcScanner) << "scan recognised, length" << outcome.scan->code.size() << "by"
                           << int(outcome.scan->recognition);
        Q_EMIT scanRecognised(*outcome.scan, focus);
        if (!isInScannerTestArea(focus))
            Q_EMIT scanned(outcome.scan->code);
    }
    return keep;
}

void ScannerInputFilter::redeliver(HeldKey &key)
{
    if (!key.target)
        return; // the widget went away while its key was held
    m_redelivering = true;
    QCoreApplication::sendEvent(key.target, key.event.get());
    m_redelivering = false;
}

void ScannerInputFilter::schedule()
{
    const std::optional<qint64> deadline = m_classifier.deadlineMs();
    if (!deadline) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(qBound(qint64(1), *deadline - m_clock.monotonicMs(), qint64(1000))));
}

} // namespace cardbridge
