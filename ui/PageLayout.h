#pragma once

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace cardbridge {

// The start, unlock and new-store pages share one look: a centred column of limited width
// with a large heading. Returns the column's layout; the heading is added to it.
QVBoxLayout *makeCentredColumn(QWidget *page, const QString &heading, int width = 560);

// A paragraph of explanatory text for such a column.
QLabel *makeParagraph(const QString &text, QWidget *parent);

} // namespace cardbridge
