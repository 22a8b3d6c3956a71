#include "DemoCardsHint.h"

#include "VerdictStyle.h"

#include <QGridLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace cardbridge {

namespace {

constexpr int kColumns = 4;

QIcon statusIcon(VerdictStatus status, const QWidget *widget)
{
    const qreal ratio = widget->devicePixelRatioF();
    QPixmap pixmap(QSize(20, 20) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintVerdictIcon(painter, QRectF(0, 0, 20, 20), status);
    return QIcon(pixmap);
}

} // namespace

DemoCardsHint::DemoCardsHint(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_list(new QWidget(this))
    , m_grid(new QGridLayout(m_list))
{
    m_toggle->setText(tr("Demo cards: click one to try each verdict (synthetic data)"));
    m_toggle->setAccessibleName(tr("Demo cards"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_list);

    connect(m_toggle, &QToolButton::toggled, this, &DemoCardsHint::setExpanded);
    setExpanded(true);
}

void DemoCardsHint::setCards(const QList<DemoCard> &cards)
{
    m_cards = cards;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const DemoCard &card = cards.at(i);
        auto *button = new QToolButton(m_list);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(statusIcon(card.expected, this));
        button->setText(tr("%1  %2").arg(verdictStatusTitle(card.expected), card.code));
        button->setAccessibleName(tr("Try demo card: %1").arg(verdictStatusTitle(card.expected)));
        button->setToolTip(
            tr("Look up %1 (expected: %2)").arg(card.code, verdictStatusTitle(card.expected)));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(30);
        const QString code = card.code;
        connect(button, &QToolButton::clicked, this, [this, code] { Q_EMIT cardChosen(code); });
        m_grid->addWidget(button, int(i / kColumns), int(i % kColumns));
    }
    setVisible(!cards.isEmpty());
}

void DemoCardsHint::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_list->setVisible(expanded);
}

bool DemoCardsHint::isExpanded() const
{
    return m_toggle->isChecked();
}

} // namespace cardbridge
