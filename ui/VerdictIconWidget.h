#pragma once

#include "consent/Verdict.h"

#include <QWidget>

#include <optional>

namespace cardbridge {

// Paints the icon of one verdict status, or the idle barcode when there is none.
class VerdictIconWidget : public QWidget {
    Q_OBJECT
public:
    explicit VerdictIconWidget(QWidget *parent = nullptr);

    void setStatus(std::optional<VerdictStatus> status);
    std::optional<VerdictStatus> status() const { return m_status; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<VerdictStatus> m_status;
};

} // namespace cardbridge
