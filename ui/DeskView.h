#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "consent/Verdict.h"
#include "demo/DemoStore.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;
class QPushButton;

namespace cardbridge {

class DemoCardsHint;
class DeskScanService;
class InlineMessage;
class RecentScansList;
class Store;
class TodayCounts;
class VerdictPanel;
class VerdictSounds;

// The circulation desk: one card-number field (a keyboard-wedge scanner types into it and
// presses Enter), the verdict below. Each lookup runs on the UI thread (it is one indexed
// read) and is recorded as a scan event. The field is cleared and keeps the focus so the next
// scan goes in.
class DeskView : public QWidget {
    Q_OBJECT
public:
    DeskView(std::shared_ptr<Store> store, const Clock &clock, QWidget *parent = nullptr);
    ~DeskView() override;

    void setDemoCards(const QList<DemoCard> &cards);
    void focusCardField();

    QLineEdit *cardField() const { return m_cardField; }
    VerdictPanel *verdictPanel() const { return m_panel; }
    DemoCardsHint *demoCardsHint() const { return m_demoCards; }
    RecentScansList *recentScans() const { return m_recent; }
    TodayCounts *todayCounts() const { return m_today; }
    VerdictSounds *sounds() const { return m_sounds; }
    QString problemText() const;
    QString entryProblemText() const; // why a typed number was not accepted; empty if none

public Q_SLOTS:
    Verdict lookUp(const QString &input);

Q_SIGNALS:
    void verdictShown(cardbridge::VerdictStatus status);
    void lockRequested();

private:
    void lookUpField();
    void reportRecordProblem(const std::optional<Error> &recordError);

    std::shared_ptr<Store> m_store; // first: outlives the service and repository below
    const Clock &m_clock;
    std::unique_ptr<DeskScanService> m_scans; // lookup + scan event in one call
    QString m_loadProblem; // agreements or card rules could not be read
    QLineEdit *m_cardField;
    QPushButton *m_lookUp;
    QPushButton *m_lock;
    InlineMessage *m_problem;
    InlineMessage *m_entryProblem = nullptr; // under the card field, for typed numbers
    VerdictPanel *m_panel;
    DemoCardsHint *m_demoCards;
    RecentScansList *m_recent;
    TodayCounts *m_today;
    VerdictSounds *m_sounds;
};

} // namespace cardbridge
