#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace cardbridge {

// "Unlocking…" with an indeterminate progress bar, shown while a worker runs.
class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void start(const QString &text);
    void stop();
    bool isRunning() const { return m_running; }

private:
    QLabel *m_text;
    QProgressBar *m_bar;
    bool m_running = false;
};

} // namespace cardbridge
