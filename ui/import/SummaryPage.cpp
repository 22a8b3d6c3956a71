#include "SummaryPage.h"

#include "ImportWizard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardbridge {

SummaryPage::SummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_heading(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_history(new QPushButton(tr("Open batch &history"), this))
{
    setTitle(tr("Summary"));
    setFinalPage(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel *label : { m_heading, m_message, m_details }) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_history->setToolTip(tr("See earlier imports and undo the newest one."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addWidget(m_details);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_history, &QPushButton::clicked, wizard, &ImportWizard::historyRequested);
}

void SummaryPage::initializePage()
{
    const auto &outcome = m_wizard->outcome();
    const QString file = QFileInfo(m_wizard->filePath()).fileName();
    if (outcome && outcome->committed) {
        const importer::ImportCounts &counts = outcome->review.counts;
        const QLocale locale;
        m_heading->setText(tr("Import finished"));
        m_message->setText(outcome->batchId
                ? tr("%1 was imported as batch %2.").arg(file).arg(*outcome->batchId)
                : tr("%1 was imported.").arg(file));
        m_details->setText(
            tr("New students: %1 · Updated: %2 · Unchanged: %3 · Consent withdrawn: %4 · Left "
               "the school: %5 · Rejected rows: %6 · Not stored: %7")
                .arg(locale.toString(counts.created), locale.toString(counts.updated),
                    locale.toString(counts.unchanged), locale.toString(counts.withdrawn),
                    locale.toString(counts.departed), locale.toString(counts.rejected),
                    locale.toString(counts.notStored)));
    } else {
        m_heading->setText(tr("Nothing was imported"));
        m_message->setText(outcome ? outcome->message : QString());
        m_details->setText(tr("The store is as it was before."));
    }
    m_history->setFocus();
}

QString SummaryPage::headingText() const
{
    return m_heading->text();
}

QString SummaryPage::messageText() const
{
    return m_message->text();
}

} // namespace cardbridge
