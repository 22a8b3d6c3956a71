#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMimeData>

#include <algorithm>

namespace cardbridge {

namespace {

Q_LOGGING_CATEGORY(lcClipboard, "cardbridge.ui.clipboard")

QMimeData *secretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper and CopyQ (which also reads the macOS and Windows marks below) skip data with
    // this hint; it is the one convention X11/Wayland clipboard managers share.
    mime->setData(
        QString::fromLatin1(SecretClipboard::kKdePasswordHint), QByteArrayLiteral("secret"));
#if defined(Q_OS_MACOS)
    // NSPasteboard.org convention, honoured by macOS clipboard managers.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#elif defined(Q_OS_WIN)
    // Windows: keep it out of clipboard history, cloud clipboard and monitoring tools.
    mime->setData(
        QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), QByteArray(4, '\0'));
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), QByteArray(4, '\0'));
    mime->setData(QStringLiteral("Clipboard Viewer Ignore"), QByteArray());
#endif
    return mime;
}

} // namespace

const char *const SecretClipboard::kKdePasswordHint = "x-kde-passwordManagerHint";

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_expiry.setSingleShot(true);
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_expiry, &QTimer::timeout, this, &SecretClipboard::expire);
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT countdownChanged(secondsLeft()); });
}

SecretClipboard::~SecretClipboard()
{
    if (!m_copied.isEmpty() && clipboardHoldsOurCopy())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
}

void SecretClipboard::setClearInterval(
    std::chrono::milliseconds interval, std::chrono::milliseconds tick)
{
    m_interval = interval;
    m_tick.setInterval(tick);
}

void SecretClipboard::copy(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || text.isEmpty())
        return;
    clipboard->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    m_copied = text;
    m_expiry.start(m_interval);
    m_tick.start();
    qCDebug(lcClipboard) << "secret copied, clears in" << m_interval.count() << "ms";
    Q_EMIT copied();
    Q_EMIT countdownChanged(secondsLeft());
}

int SecretClipboard::secondsLeft() const
{
    if (!m_expiry.isActive())
        return 0;
    // QTimer may round its remaining time up a little: never show more than the interval.
    const qint64 remaining = std::min<qint64>(m_expiry.remainingTime(), m_interval.count());
    return static_cast<int>((remaining + 999) / 1000);
}

bool SecretClipboard::clipboardHoldsOurCopy() const
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *mime = clipboard ? clipboard->mimeData(QClipboard::Clipboard) : nullptr;
    return mime && mime->hasText() && mime->text() == m_copied
        && mime->hasFormat(QString::fromLatin1(kKdePasswordHint));
}

void SecretClipboard::clearIfOurs()
{
    m_expiry.stop();
    m_tick.stop();
    if (m_copied.isEmpty())
        return;
    const bool ours = clipboardHoldsOurCopy();
    if (ours)
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    m_copied.clear();
    qCDebug(lcClipboard) << (ours ? "clipboard cleared"
                                  : "clipboard changed meanwhile; left alone");
    Q_EMIT countdownChanged(0);
    Q_EMIT finished(ours);
}

void SecretClipboard::expire()
{
    clearIfOurs();
}

} // namespace cardbridge
