#include "ui/redraw.h"

#include <gtest/gtest.h>

namespace kiosk::ui {
namespace {

TEST(Redraw, NothingRequestedMeansNoWake) {
    Redraw r;
    EXPECT_TRUE(std::isinf(r.after_seconds));
}

TEST(Redraw, EarliestRequestWins) {
    Redraw r;
    r.within(2.0);
    r.within(0.5);
    r.within(1.0);
    EXPECT_DOUBLE_EQ(r.after_seconds, 0.5);
    r.within(-3.0);
    EXPECT_DOUBLE_EQ(r.after_seconds, 0.0);
}

TEST(Redraw, CountdownWakesJustAfterTheShownSecondChanges) {
    Redraw r;
    r.at_next_second_of(599.25);  // shows 9:59 (ceil) until 599.0 remain
    EXPECT_NEAR(r.after_seconds, 0.255, 1e-9);
    Redraw whole;
    whole.at_next_second_of(600.0);
    EXPECT_NEAR(whole.after_seconds, 1.005, 1e-9);
    Redraw done;
    done.at_next_second_of(0.0);
    EXPECT_TRUE(std::isinf(done.after_seconds));
}

}  // namespace
}  // namespace kiosk::ui
