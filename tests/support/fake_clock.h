// A clock the test moves by hand: wall and monotonic time advance together; step_wall() moves
// the wall clock alone (NTP, a manual fix). With `run` set, actions it stamps carry "mono" and
// "run" (core/timer.h); left empty, only the wall clock is stamped, as before.
#pragma once

#include "core/timer.h"

#include <cstdint>
#include <string>

namespace kiosk::testing {

struct FakeClock final : Clock {
    std::int64_t wall = 2'000'000, mono = 50'000;  // ms; the sample session starts at 1,000,000
    std::int64_t wall_ms() const override { return wall; }
    std::int64_t monotonic_ms() const override { return mono; }
    std::string run_id() const override { return run; }
    void advance(std::int64_t ms) { wall += ms; mono += ms; }
    void step_wall(std::int64_t ms) { wall += ms; }
    std::string run;
};

}  // namespace kiosk::testing
