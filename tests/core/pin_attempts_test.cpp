// Wrong facilitator PINs slow down the next try (core/pin_attempts.h, issue 11).
#include "core/pin_attempts.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

void wrong_times(PinAttempts& attempts, int n, double now) {
    for (int i = 0; i < n; ++i) attempts.record_wrong(now);
}

TEST(PinAttempts, FourWrongInARowCostNoWait) {
    PinAttempts attempts;
    wrong_times(attempts, 4, 100.0);
    EXPECT_EQ(attempts.wrong_in_a_row(), 4);
    EXPECT_EQ(attempts.wait_left(100.0), 0.0);
}

TEST(PinAttempts, TheFifthWrongStartsAThirtySecondWait) {
    PinAttempts attempts;
    wrong_times(attempts, 4, 100.0);
    attempts.record_wrong(110.0);
    EXPECT_EQ(attempts.wrong_in_a_row(), 5);
    EXPECT_DOUBLE_EQ(attempts.wait_left(110.0), 30.0);
    EXPECT_DOUBLE_EQ(attempts.wait_left(125.5), 14.5);
    EXPECT_EQ(attempts.wait_left(140.0), 0.0);
    EXPECT_EQ(attempts.wait_left(1000.0), 0.0);
}

TEST(PinAttempts, EachFurtherWrongDoublesTheWait) {
    PinAttempts attempts;
    wrong_times(attempts, 5, 0.0);
    double now = 30.0;
    for (double expected : {60.0, 120.0, 240.0}) {
        attempts.record_wrong(now);
        EXPECT_DOUBLE_EQ(attempts.wait_left(now), expected) << attempts.wrong_in_a_row();
        now += expected;
    }
}

TEST(PinAttempts, TheWaitIsAtMostFiveMinutes) {
    PinAttempts attempts;
    double now = 0.0;
    for (int i = 0; i < 10'000; ++i) {
        attempts.record_wrong(now);
        EXPECT_LE(attempts.wait_left(now), 300.0);
        now += attempts.wait_left(now);
    }
    attempts.record_wrong(now);
    EXPECT_DOUBLE_EQ(attempts.wait_left(now), 300.0);
}

TEST(PinAttempts, ARightPinClearsTheCountAndTheWait) {
    PinAttempts attempts;
    wrong_times(attempts, 7, 50.0);
    ASSERT_GT(attempts.wait_left(50.0), 0.0);
    attempts.record_right();
    EXPECT_EQ(attempts.wrong_in_a_row(), 0);
    EXPECT_EQ(attempts.wait_left(50.0), 0.0);
    wrong_times(attempts, 4, 60.0);  // counting starts over: four more are free again
    EXPECT_EQ(attempts.wait_left(60.0), 0.0);
}

}  // namespace
}  // namespace kiosk
