// A clock the test moves by hand: wall and monotonic time advance together.
#pragma once

#include "core/timer.h"

#include <cstdint>

namespace kiosk::testing {

struct FakeClock final : Clock {
    std::int64_t wall = 2'000'000, mono = 50'000;  // ms; the sample session starts at 1,000,000
    std::int64_t wall_ms() const override { return wall; }
    std::int64_t monotonic_ms() const override { return mono; }
    void advance(std::int64_t ms) { wall += ms; mono += ms; }
};

}  // namespace kiosk::testing
