#pragma once

#include <QLabel>

namespace cardbridge {

// A message shown in place, next to what it is about (KeePassXC's inline message habit):
// an error after a failed unlock, or a hint. Hidden while empty. Text keeps palette colours;
// the kind only changes the accent bar.
class InlineMessage : public QLabel {
    Q_OBJECT
public:
    enum class Kind { Error, Hint };

    explicit InlineMessage(Kind kind, QWidget *parent = nullptr);

    void showMessage(const QString &text);
    void clearMessage();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind;
};

} // namespace cardbridge
