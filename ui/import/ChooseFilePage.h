#pragma once

#include <QWizardPage>

class QLineEdit;
class QPushButton;

namespace cardbridge {

class ImportWizard;
class InlineMessage;

// Step 1: which file. A "Choose file…" button (starting in the folder used last time), a
// field to type or paste a path, or one file dragged onto the page. CSV, tab-separated text
// and .xlsx workbooks are accepted.
class ChooseFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ChooseFilePage(ImportWizard *wizard);

    void setPath(const QString &path);
    QString path() const;
    QLineEdit *pathField() const { return m_path; }
    QPushButton *chooseButton() const { return m_choose; }
    QString problemText() const; // why the file cannot be used; empty if it can

    bool isComplete() const override;
    bool validatePage() override;

    static bool isAcceptedSuffix(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void choose();
    void updateProblem();
    QString rememberedFolder() const;

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QPushButton *m_choose;
    InlineMessage *m_problem;
};

} // namespace cardbridge
