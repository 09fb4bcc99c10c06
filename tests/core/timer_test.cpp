#include "core/timer.h"

#include <gtest/gtest.h>

using namespace kiosk;

namespace {
struct FakeClock final : Clock {
    std::int64_t wall = 1'700'000'000'000, mono = 5'000;
    std::int64_t wall_ms() const override { return wall; }
    std::int64_t monotonic_ms() const override { return mono; }
    void advance(std::int64_t ms) { wall += ms; mono += ms; }
};
}  // namespace

struct DisplayCase { std::int64_t remaining_ms; const char* shown; };

class CountdownDisplay : public ::testing::TestWithParam<DisplayCase> {};

TEST_P(CountdownDisplay, ShowsTheRightText) {
    EXPECT_EQ(format_countdown(GetParam().remaining_ms), GetParam().shown);
}

// Both sides of every boundary: the start, second and minute edges, the end and overtime.
INSTANTIATE_TEST_SUITE_P(Boundaries, CountdownDisplay, ::testing::Values(
    DisplayCase{600'000, "10:00"}, DisplayCase{599'999, "10:00"}, DisplayCase{599'001, "10:00"},
    DisplayCase{599'000, "09:59"}, DisplayCase{540'001, "09:01"}, DisplayCase{540'000, "09:00"},
    DisplayCase{539'999, "09:00"}, DisplayCase{539'000, "08:59"}, DisplayCase{60'001, "01:01"},
    DisplayCase{60'000, "01:00"}, DisplayCase{59'999, "01:00"}, DisplayCase{59'000, "00:59"},
    DisplayCase{1'000, "00:01"}, DisplayCase{1, "00:01"}, DisplayCase{0, "00:00"},
    DisplayCase{-1, "00:00"}, DisplayCase{-999, "00:00"}, DisplayCase{-1'000, "+00:01"},
    DisplayCase{-12'500, "+00:12"}, DisplayCase{-60'000, "+01:00"},
    DisplayCase{6'000'000, "100:00"}));

TEST(Countdown, NextTickIsWhenTheTextChanges) {
    EXPECT_EQ(ms_until_next_tick(600'000), 1000);
    EXPECT_EQ(ms_until_next_tick(599'500), 500);
    EXPECT_EQ(ms_until_next_tick(0), 1000);
    EXPECT_EQ(ms_until_next_tick(-500), 500);
    for (std::int64_t r : {600'000, 599'999, 1, 0, -1, -1'000}) {
        std::int64_t next = ms_until_next_tick(r);
        EXPECT_NE(format_countdown(r - next), format_countdown(r)) << r;
        EXPECT_EQ(format_countdown(r - next + 1), format_countdown(r)) << r;
    }
}

TEST(Countdown, RemainingIsEndMinusNowWhateverTheFrames) {
    FakeClock clock;
    TimerRecord rec{"visie", 600'000, 600'000, clock.wall, true, true};
    Countdown c(clock);
    c.sync(rec);
    for (int frame = 0; frame < 7; ++frame) clock.advance(350);  // slow frames: 7 × 350 ms
    EXPECT_EQ(c.remaining_ms(), 600'000 - 2'450);
    clock.advance(600'000);
    EXPECT_EQ(format_countdown(c.remaining_ms()), "+00:02");
    EXPECT_TRUE(is_overtime(c.remaining_ms()));
}

TEST(Countdown, ResumePolicyAfterRestart) {
    TimerRecord rec{"visie", 600'000, 600'000, 1'000'000, true, true};
    EXPECT_EQ(remaining_at(rec, 1'030'000), 570'000);  // kept running while the kiosk was down
    EXPECT_EQ(remaining_at(rec, 900'000), 600'000);    // wall clock went back: no time added
    rec.running = false;
    EXPECT_EQ(remaining_at(rec, 5'000'000), 600'000);  // paused stays paused
}
