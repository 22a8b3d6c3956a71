#pragma once

#include <QString>

class QWidget;

namespace cardbridge {

// Every modal question the import screens ask goes through here, so tests can answer it in
// advance instead of a person (KeePassXC's MessageBox habit). In test mode nothing is shown:
// confirm() and askText() take the next queued answer (no answer queued: "no" / empty),
// the file choosers take the next queued file name, and inform() only remembers its text.
class DialogPrompts {
public:
    // "Cancel" and `confirmText` buttons; true when the person chose `confirmText`.
    static bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &confirmText);
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static QString askText(
        QWidget *parent, const QString &title, const QString &label, const QString &initial = {});
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);

    // Tests.
    static void setTestMode(bool on);
    static void queueConfirm(bool answer);
    static void queueText(const QString &text);
    static void queueFileName(const QString &path);
    static QString lastInformText();
    static QString lastConfirmText();
};

} // namespace cardbridge
