#pragma once

#include "common/Clock.h"
#include "consent/Verdict.h"
#include "demo/DemoStore.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;

namespace cardbridge {

class DemoCardsHint;
class InlineMessage;
class ScanEventRepository;
class Store;
class VerdictPanel;
class VerdictService;

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
    QString problemText() const;

public Q_SLOTS:
    void lookUp(const QString &input);

Q_SIGNALS:
    void verdictShown(cardbridge::VerdictStatus status);
    void lockRequested();

private:
    void lookUpField();
    void recordScan(const Verdict &verdict);

    std::shared_ptr<Store> m_store; // first: outlives the service and repository below
    const Clock &m_clock;
    std::unique_ptr<VerdictService> m_service;
    std::unique_ptr<ScanEventRepository> m_scanEvents;
    QString m_deskName;
    QString m_loadProblem; // agreements or card rules could not be read
    QLineEdit *m_cardField;
    QPushButton *m_lookUp;
    QPushButton *m_lock;
    InlineMessage *m_problem;
    VerdictPanel *m_panel;
    DemoCardsHint *m_demoCards;
};

} // namespace cardbridge
