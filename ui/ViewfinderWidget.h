#pragma once

#include <QImage>
#include <QPolygonF>
#include <QWidget>

namespace cardbridge {

// The live camera picture, scaled to fit with its aspect ratio kept, and the outline of the
// last decoded code drawn over it (mapped from frame to widget coordinates). The outline
// fades after a moment so it follows the card, not the past.
class ViewfinderWidget : public QWidget {
    Q_OBJECT
public:
    explicit ViewfinderWidget(QWidget *parent = nullptr);

    // `frameSize` is the size of the camera frame `image` was made from (it may be smaller).
    void showFrame(const QImage &image, QSize frameSize);
    // Outline in frame coordinates.
    void showOutline(const QPolygonF &outline, QSize frameSize);
    void clear(const QString &placeholder = QString());

    QImage currentImage() const { return m_image; }
    QPolygonF outline() const { return m_outline; }
    // Where the outline is drawn, in widget coordinates (for tests).
    QPolygonF mappedOutline() const;

    QSize sizeHint() const override { return { 480, 270 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF pictureRect() const;

    QImage m_image;
    QSize m_frameSize;
    QPolygonF m_outline;
    qint64 m_outlineShownAtMs = 0;
    QString m_placeholder;
};

} // namespace cardbridge
