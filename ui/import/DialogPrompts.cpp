#include "DialogPrompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QQueue>

namespace cardbridge {

namespace {

struct TestAnswers {
    bool on = false;
    QQueue<bool> confirms;
    QQueue<QString> texts;
    QQueue<QString> fileNames;
    QString lastInform;
    QString lastConfirm;
};

TestAnswers &answers()
{
    static TestAnswers instance;
    return instance;
}

QString nextFileName()
{
    return answers().fileNames.isEmpty() ? QString() : answers().fileNames.dequeue();
}

} // namespace

bool DialogPrompts::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &confirmText)
{
    if (answers().on) {
        answers().lastConfirm = text;
        return !answers().confirms.isEmpty() && answers().confirms.dequeue();
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *yes = box.addButton(confirmText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel); // a slip of the Enter key changes nothing
    box.exec();
    return box.clickedButton() == yes;
}

void DialogPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    if (answers().on) {
        answers().lastInform = text;
        return;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

QString DialogPrompts::askText(
    QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    if (answers().on)
        return answers().texts.isEmpty() ? QString() : answers().texts.dequeue();
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial).trimmed();
}

QString DialogPrompts::openFileName(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (answers().on)
        return nextFileName();
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString DialogPrompts::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    if (answers().on)
        return nextFileName();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void DialogPrompts::setTestMode(bool on)
{
    answers() = TestAnswers {};
    answers().on = on;
}

void DialogPrompts::queueConfirm(bool answer)
{
    answers().confirms.enqueue(answer);
}

void DialogPrompts::queueText(const QString &text)
{
    answers().texts.enqueue(text);
}

void DialogPrompts::queueFileName(const QString &path)
{
    answers().fileNames.enqueue(path);
}

QString DialogPrompts::lastInformText()
{
    return answers().lastInform;
}

QString DialogPrompts::lastConfirmText()
{
    return answers().lastConfirm;
}

} // namespace cardbridge
