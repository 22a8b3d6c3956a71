#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace cardbridge {

// Copies a secret (the patron number) to the system clipboard the KeePassXC way: the data
// is marked for clipboard managers not to keep it, and the clipboard is cleared after an
// interval (30 s by default) if it still holds exactly what we put there. Destroying the
// object (lock, quit) clears it at once on the same condition.
class SecretClipboard : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultClearInterval { 30000 };
    // Mime types that ask clipboard managers and history tools not to record the copy.
    static const char *const kKdePasswordHint; // "x-kde-passwordManagerHint" = "secret"

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    // Tests shorten the interval; the countdown ticks every `tick` (a second by default).
    void setClearInterval(std::chrono::milliseconds interval,
        std::chrono::milliseconds tick = std::chrono::seconds(1));
    std::chrono::milliseconds clearInterval() const { return m_interval; }

    void copy(const QString &text);
    // Clears the clipboard now if it still holds our copy; stops the countdown either way.
    void clearIfOurs();

    bool isCountingDown() const { return m_expiry.isActive(); }
    // Whole seconds until the clipboard is cleared (rounded up); 0 when not counting down.
    int secondsLeft() const;

Q_SIGNALS:
    void copied();
    void countdownChanged(int secondsLeft);
    // The countdown ended: `clearedOurs` is false when the user had copied something else.
    void finished(bool clearedOurs);

private:
    bool clipboardHoldsOurCopy() const;
    void expire();

    std::chrono::milliseconds m_interval = kDefaultClearInterval;
    QString m_copied;
    QTimer m_expiry;
    QTimer m_tick;
};

} // namespace cardbridge
