#include "camera/CodeDebouncer.h"

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

TEST(CameraDebouncer, FirstSightingFires)
{
    ManualClock clock;
    CodeDebouncer debouncer(clock);
    EXPECT_TRUE(debouncer.accept(QStringLiteral("LHS3000001")));
}

TEST(CameraDebouncer, SameCodeHeldInViewFiresOnce)
{
    ManualClock clock;
    CodeDebouncer debouncer(clock, 3000);
    EXPECT_TRUE(debouncer.accept(QStringLiteral("LHS3000001")));
    for (int frame = 0; frame < 150; ++frame) { // 10 s at 15 frames per second
        clock.advanceMs(66);
        EXPECT_FALSE(debouncer.accept(QStringLiteral("LHS3000001"))) << frame;
    }
}

TEST(CameraDebouncer, SameCodeFiresAgainAfterAPause)
{
    ManualClock clock;
    CodeDebouncer debouncer(clock, 3000);
    EXPECT_TRUE(debouncer.accept(QStringLiteral("A")));
    clock.advanceMs(2999);
    EXPECT_FALSE(debouncer.accept(QStringLiteral("A")));
    clock.advanceMs(3000);
    EXPECT_TRUE(debouncer.accept(QStringLiteral("A")));
}

TEST(CameraDebouncer, DifferentCodeFiresAtOnce)
{
    ManualClock clock;
    CodeDebouncer debouncer(clock);
    EXPECT_TRUE(debouncer.accept(QStringLiteral("A")));
    clock.advanceMs(10);
    EXPECT_TRUE(debouncer.accept(QStringLiteral("B")));
    clock.advanceMs(10);
    EXPECT_TRUE(debouncer.accept(QStringLiteral("A")));
}

TEST(CameraDebouncer, WindowIsConfigurableAndResetForgets)
{
    ManualClock clock;
    CodeDebouncer debouncer(clock, 500);
    EXPECT_EQ(debouncer.windowMs(), 500);
    EXPECT_TRUE(debouncer.accept(QStringLiteral("A")));
    clock.advanceMs(499);
    EXPECT_FALSE(debouncer.accept(QStringLiteral("A")));
    debouncer.reset();
    EXPECT_TRUE(debouncer.accept(QStringLiteral("A")));
    EXPECT_FALSE(debouncer.accept(QString()));
}

} // namespace
} // namespace cardbridge
