#include "PageLayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace cardbridge {

QVBoxLayout *makeCentredColumn(QWidget *page, const QString &heading, int width)
{
    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(24, 24, 24, 24);
    auto *column = new QWidget(page);
    column->setMaximumWidth(width);
    column->setMinimumWidth(qMin(width, 420));
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addStretch(1);

    auto *title = new QLabel(heading, column);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    title->setAccessibleName(heading);
    layout->addWidget(title);
    return layout;
}

QLabel *makeParagraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(qMax(font.pointSizeF(), 11.0));
    label->setFont(font);
    return label;
}

} // namespace cardbridge
