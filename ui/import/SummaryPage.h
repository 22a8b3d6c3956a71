#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace cardbridge {

class ImportWizard;

// Step 5: what happened, in words: the batch number and counts, or why nothing was imported;
// "Open batch history" to see (and undo) batches.
class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SummaryPage(ImportWizard *wizard);

    void initializePage() override;

    QString headingText() const;
    QString messageText() const;
    QPushButton *historyButton() const { return m_history; }

private:
    ImportWizard *m_wizard;
    QLabel *m_heading;
    QLabel *m_message;
    QLabel *m_details;
    QPushButton *m_history;
};

} // namespace cardbridge
