#include "core/timer.h"

#include <chrono>
#include <cstdio>

namespace kiosk {

std::int64_t remaining_at(const TimerRecord& timer, std::int64_t now_ms) {
    if (!timer.running) return timer.remaining_ms;
    std::int64_t elapsed = now_ms > timer.anchor_ms ? now_ms - timer.anchor_ms : 0;
    return timer.remaining_ms - elapsed;
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

namespace {
struct SystemClock final : Clock {
    std::int64_t wall_ms() const override {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
    std::int64_t monotonic_ms() const override {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
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
    std::int64_t left = remaining_at(record, clock_->wall_ms());
    paused_remaining_ms_ = left;
    end_mono_ms_ = clock_->monotonic_ms() + left;
}

std::int64_t Countdown::remaining_ms() const {
    return running_ ? end_mono_ms_ - clock_->monotonic_ms() : paused_remaining_ms_;
}

}  // namespace kiosk
