#pragma once

#include "demo/DemoStore.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QToolButton;

namespace cardbridge {

// For the demo store: one sample card per verdict, so a first-time user can try each one.
// Collapsible; clicking a card asks the desk to look it up.
class DemoCardsHint : public QWidget {
    Q_OBJECT
public:
    explicit DemoCardsHint(QWidget *parent = nullptr);

    void setCards(const QList<DemoCard> &cards);
    QList<DemoCard> cards() const { return m_cards; }
    void setExpanded(bool expanded);
    bool isExpanded() const;

Q_SIGNALS:
    void cardChosen(const QString &code);

private:
    QList<DemoCard> m_cards;
    QToolButton *m_toggle;
    QWidget *m_list;
    QGridLayout *m_grid;
};

} // namespace cardbridge
