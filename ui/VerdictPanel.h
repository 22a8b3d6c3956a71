#pragma once

#include "consent/Verdict.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace cardbridge {

class SecretClipboard;
class VerdictIconWidget;

// What the desk shows after a scan: status icon and title, the librarian's next step, the
// student summary (first name, last initial, grade, school), the patron number (eligible
// only, with a copy button: the copy is marked secret and cleared after 30 s, see
// SecretClipboard) and the reason. Text uses the palette; the status colour is an accent only.
class VerdictPanel : public QWidget {
    Q_OBJECT
public:
    explicit VerdictPanel(QWidget *parent = nullptr);

    void showVerdict(const Verdict &verdict);
    // Back to "Scan a student ID card".
    void showIdle();

    std::optional<VerdictStatus> status() const { return m_status; }
    QString statusTitleText() const;
    QString nextStepText() const;
    QString studentSummaryText() const; // empty when hidden
    QString patronNumberText() const; // empty when hidden
    QString messageText() const; // empty when hidden
    // "Copied — clears in 30 s" while our copy of the shown number is on the clipboard.
    QString copyNoteText() const; // empty when hidden

    QPushButton *copyButton() const { return m_copy; }
    SecretClipboard *clipboard() const { return m_clipboard; }

public Q_SLOTS:
    // Copies the shown patron number (eligible only); does nothing otherwise.
    void copyPatronNumber();

Q_SIGNALS:
    void patronNumberCopied();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setShown(QLabel *label, const QString &text);
    void updateFonts();
    void updateCopyNote();

    std::optional<VerdictStatus> m_status;
    VerdictIconWidget *m_icon;
    QLabel *m_title;
    QLabel *m_nextStep;
    QLabel *m_student;
    QLabel *m_patronCaption;
    QLabel *m_patronNumber;
    QLabel *m_message;
    QPushButton *m_copy;
    QLabel *m_copyNote;
    SecretClipboard *m_clipboard;
    QString m_copiedNumber; // what we last put on the clipboard, for the note
};

} // namespace cardbridge
