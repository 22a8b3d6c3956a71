#include "common/Clock.h"

#include <gtest/gtest.h>

using namespace cardbridge;

TEST(ManualClock, MovesOnlyWhenTold)
{
    ManualClock clock;
    const QDateTime start = clock.nowUtc();
    EXPECT_EQ(clock.nowUtc(), start);
    clock.advanceMs(1500);
    EXPECT_EQ(start.msecsTo(clock.nowUtc()), 1500);
    EXPECT_EQ(clock.monotonicMs(), 1500);
}
