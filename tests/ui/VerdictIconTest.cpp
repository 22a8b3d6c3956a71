#include "VerdictStyle.h"

#include <QPainter>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

constexpr int kSize = 64;

// The icon as a colour-blind (or greyscale-printing) reader would see it.
QImage greyscaleOnWhite(VerdictStatus status)
{
    QImage canvas(kSize, kSize, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    painter.drawImage(0, 0, renderVerdictIcon(status, kSize));
    painter.end();
    return canvas.convertToFormat(QImage::Format_Grayscale8);
}

int differingPixels(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *rowA = a.constScanLine(y);
        const uchar *rowB = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x)
            count += qAbs(int(rowA[x]) - int(rowB[x])) > 60 ? 1 : 0;
    }
    return count;
}

} // namespace

TEST(UiVerdictIcon, EveryStatusDrawsSomething)
{
    for (const VerdictStatus status : kAllVerdictStatuses) {
        const QImage image = renderVerdictIcon(status, kSize);
        int opaque = 0;
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        EXPECT_GT(opaque, kSize * kSize / 5) << verdictStatusKey(status).toStdString();
    }
}

TEST(UiVerdictIcon, IconsArePairwiseDifferent)
{
    for (const VerdictStatus a : kAllVerdictStatuses) {
        for (const VerdictStatus b : kAllVerdictStatuses) {
            if (a == b)
                continue;
            EXPECT_NE(renderVerdictIcon(a, kSize), renderVerdictIcon(b, kSize))
                << verdictStatusKey(a).toStdString() << " vs " << verdictStatusKey(b).toStdString();
        }
    }
}

TEST(UiVerdictIcon, IconsDifferWithoutColour)
{
    // Never colour alone: in greyscale every pair still differs in a good share of pixels.
    for (const VerdictStatus a : kAllVerdictStatuses) {
        for (const VerdictStatus b : kAllVerdictStatuses) {
            if (int(a) >= int(b))
                continue;
            EXPECT_GT(differingPixels(greyscaleOnWhite(a), greyscaleOnWhite(b)), kSize * kSize / 25)
                << verdictStatusKey(a).toStdString() << " vs " << verdictStatusKey(b).toStdString();
        }
    }
}

TEST(UiVerdictIcon, EligibleIsGreenAndOthersAreNot)
{
    const QColor green = verdictColor(VerdictStatus::Eligible);
    EXPECT_GT(green.green(), green.red());
    for (const VerdictStatus status : kAllVerdictStatuses) {
        if (status != VerdictStatus::Eligible) {
            EXPECT_NE(verdictColor(status), green) << verdictStatusKey(status).toStdString();
        }
    }
}

} // namespace cardbridge
