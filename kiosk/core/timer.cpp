#include "core/timer.h"

#include "core/action.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace kiosk {

Elapsed elapsed_between(const ClockReading& from, const ClockReading& to) {
    if (!from.run.empty() && from.run == to.run) return {std::max<std::int64_t>(0, to.mono_ms - from.mono_ms), false};
    const std::int64_t wall = to.wall_ms - from.wall_ms;
    if (wall <= 0) return {0, false};
    // Two readings of an older database: as before the rule, unbounded.
    if (from.run.empty() && to.run.empty()) return {wall, false};
    if (wall > kSuspectGapMs) return {0, true};
    return {wall, false};
}

TimerNow timer_at(const TimerRecord& timer, const ClockReading& now) {
    if (!timer.running) return {timer.remaining_ms, false};
    const Elapsed e = elapsed_between(timer.anchor(), now);
    return {timer.remaining_ms - e.ms, e.suspect};
}

bool needs_new_anchor(const TimerRecord& timer, const ClockReading& now) {
    return timer.running && !now.run.empty() && timer.anchor_run != now.run && !timer_at(timer, now).held;
}

std::int64_t remaining_at(const TimerRecord& timer, const ClockReading& now) { return timer_at(timer, now).remaining_ms; }

std::int64_t remaining_at(const TimerRecord& timer, std::int64_t now_wall_ms) {
    return remaining_at(timer, ClockReading{now_wall_ms, 0, {}});
}

namespace {
std::string mm_ss(std::int64_t seconds) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld", static_cast<long long>(seconds / 60),
                  static_cast<long long>(seconds % 60));
    return buf;
}
}  // namespace

std::string format_countdown(std::int64_t remaining_ms) {
    if (remaining_ms > 0) return mm_ss((remaining_ms + 999) / 1000);  // ceil: 10:00 until 1 s passed
    std::int64_t over = (-remaining_ms) / 1000;                         // floor
    return over == 0 ? mm_ss(0) : "+" + mm_ss(over);
}

bool is_overtime(std::int64_t remaining_ms) { return remaining_ms <= -1000; }

std::int64_t ms_until_next_tick(std::int64_t remaining_ms) {
    // Displayed seconds change when remaining crosses a multiple of 1000 (downwards).
    std::int64_t r = remaining_ms % 1000;
    if (r <= 0) r += 1000;  // at an exact multiple (or below zero) the next change is 1 s (or r) away
    return r;
}

ClockReading read_clock(const Clock& clock) { return {clock.wall_ms(), clock.monotonic_ms(), clock.run_id()}; }

namespace {
struct SystemClock final : Clock {
    std::int64_t wall_ms() const override {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
    std::int64_t monotonic_ms() const override {
#ifdef CLOCK_BOOTTIME
        // Counts through a suspended laptop, as the wall clock does; steady_clock would not.
        timespec ts{};
        if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0) return std::int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
#endif
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
    std::string run_id() const override { return run_; }
    const std::string run_ = new_id('r');
};
}  // namespace

const Clock& system_clock() {
    static const SystemClock clock;
    return clock;
}

void Countdown::sync(const TimerRecord& record) {
    running_ = record.running;
    started_ = record.started;
    duration_ms_ = record.duration_ms;
    const TimerNow now = timer_at(record, read_clock(*clock_));
    held_ = now.held;
    std::int64_t left = now.remaining_ms;
    paused_remaining_ms_ = left;
    end_mono_ms_ = clock_->monotonic_ms() + left;
}

std::int64_t Countdown::remaining_ms() const {
    return running() ? end_mono_ms_ - clock_->monotonic_ms() : paused_remaining_ms_;
}

}  // namespace kiosk
