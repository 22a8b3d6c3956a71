#pragma once

#include <QWidget>

class QLabel;

namespace cardbridge {

class BusyIndicator;

// A whole page that says what the program is doing, e.g. "Creating the demo store…".
class BusyPage : public QWidget {
    Q_OBJECT
public:
    explicit BusyPage(QWidget *parent = nullptr);

    void start(const QString &heading, const QString &detail);
    void stop();

private:
    QLabel *m_detail;
    BusyIndicator *m_busy;
};

} // namespace cardbridge
