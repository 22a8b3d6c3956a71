#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cardbridge {

class InlineMessage;

// First run: there is no store yet. Offers a new store or the demo store.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void setStorePath(const QString &path);
    void showError(const QString &message);
    void focusFirstButton();

    QPushButton *createButton() const { return m_create; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void createRequested();
    void demoRequested();

private:
    QLabel *m_intro;
    QPushButton *m_create;
    QPushButton *m_demo;
    InlineMessage *m_error;
};

} // namespace cardbridge
