// The countdown of a timebox. Two views of one timer:
//  - TimerRecord, the persisted state, anchored to the wall clock (it must survive a restart);
//  - Countdown, the live display, anchored to a monotonic clock (remaining = end − now, never a
//    sum of frame times, so slow frames cannot stretch a timebox; case K15).
#pragma once

#include <cstdint>
#include <string>

namespace kiosk {

/// Persisted timer state. While running, `remaining_ms` was the time left at wall time
/// `anchor_ms`; while paused it is the time left. Negative remaining = overtime. A session has
/// one timer, and it runs only for the exercise on screen: going to another exercise pauses it
/// (core/reduce.h, agenda.goto), so no countdown runs or chimes out of sight.
struct TimerRecord {
    std::string exercise;        // the exercise it was started for
    std::int64_t duration_ms = 0;
    std::int64_t remaining_ms = 0;
    std::int64_t anchor_ms = 0;  // wall clock, ms since the Unix epoch
    bool running = false;
    bool started = false;        // false until the first start (shows the planned time)
};

/// Time left at wall time `now_ms`. Resume policy after a restart: a running countdown kept
/// running while the kiosk was down, as a kitchen timer would; a wall clock that went backwards
/// (now < anchor) never adds time, it counts as no time passed.
std::int64_t remaining_at(const TimerRecord& timer, std::int64_t now_ms);

/// "MM:SS" of a countdown. Shows the full planned time until a whole second has passed
/// (10:00 for 600,000..599,001 ms), never "x:60"; "00:00" from 0 down to −999 ms; then the
/// overtime as "+MM:SS" (never a minus sign). Minutes grow past 99 when needed.
std::string format_countdown(std::int64_t remaining_ms);

/// True while `remaining_ms` is in overtime (at least one whole second past the end).
bool is_overtime(std::int64_t remaining_ms);

/// Milliseconds from `remaining_ms` until the displayed text next changes (for the event loop:
/// the app sleeps until then). Always in 1..1000.
std::int64_t ms_until_next_tick(std::int64_t remaining_ms);

/// Clock readings in milliseconds; injectable so tests control time.
struct Clock {
    virtual ~Clock() = default;
    virtual std::int64_t wall_ms() const = 0;       // since the Unix epoch
    virtual std::int64_t monotonic_ms() const = 0;  // steady, arbitrary origin
};

/// The real clocks (std::chrono::system_clock and steady_clock).
const Clock& system_clock();

/// The live countdown shown on screen, anchored to the monotonic clock.
class Countdown {
public:
    explicit Countdown(const Clock& clock = system_clock()) : clock_(&clock) {}

    /// Re-anchors to a (new) record: end = now_mono + remaining_at(record, now_wall).
    void sync(const TimerRecord& record);
    /// Time left now (negative in overtime); the paused value when paused.
    std::int64_t remaining_ms() const;
    bool running() const { return running_; }
    bool started() const { return started_; }
    std::int64_t duration_ms() const { return duration_ms_; }

private:
    const Clock* clock_;
    std::int64_t end_mono_ms_ = 0;
    std::int64_t paused_remaining_ms_ = 0;
    std::int64_t duration_ms_ = 0;
    bool running_ = false;
    bool started_ = false;
};

}  // namespace kiosk
