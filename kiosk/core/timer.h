// The countdown of a timebox. Two views of one timer:
//  - TimerRecord, the persisted state, anchored to a ClockReading (it must survive a restart);
//  - Countdown, the live display, anchored to a monotonic clock (remaining = end − now, never a
//    sum of frame times, so slow frames cannot stretch a timebox; case K15).
//
// One rule for time (issue 14, "Two clocks for one timer"), for live timers, stored actions,
// resume and the agenda's actual minutes alike:
//  - Every action the kiosk stamps carries both clocks' readings: "at" (wall clock, ms since the
//    Unix epoch, UTC) and "mono" (monotonic ms, counting through suspend), plus "run", an id of
//    this run of the kiosk (a new one each time the kiosk starts). A monotonic reading means
//    something only within its own run.
//  - Within one run, the monotonic clock decides how much time passed between two readings; a
//    wall-clock step (NTP after boot, a manual fix) changes nothing.
//  - Across runs (restart, crash, reboot), or when either reading lacks "mono"/"run" (older
//    databases, `kiosk apply`, actions sent with their own "at"), the wall clock decides,
//    bounded: a wall clock that went backwards counts as no time passed, never as time added;
//    a forward step of more than kSuspectGapMs (12 h) is not believed either: a running
//    countdown is held where it was at its anchor, shown paused with a notice (Countdown::held())
//    until the facilitator resumes, pauses or resets it. Between two readings that both lack a
//    run (an old database replayed) the wall clock decides unbounded, exactly as before.
//  - Wall times are stored as UTC ms and shown with the UTC offset in force at that moment;
//    durations are differences of readings, never of local clock times (case K29).
#pragma once

#include <cstdint>
#include <string>

namespace kiosk {

/// Both clocks read at one moment; `run` is empty when the reading's origin is unknown (an
/// action without "mono"/"run"), and then only `wall_ms` counts.
struct ClockReading {
    std::int64_t wall_ms = 0;  // since the Unix epoch, UTC
    std::int64_t mono_ms = 0;  // monotonic, meaningful only within `run`
    std::string run;
};

/// A forward wall-clock step across runs larger than this is not believed (see the rule above).
inline constexpr std::int64_t kSuspectGapMs = 12 * 3600 * 1000LL;

/// Time passed from `from` to `to` by the rule above: `ms` >= 0; `suspect` when the wall clock
/// went forward by more than kSuspectGapMs across runs (then `ms` is 0).
struct Elapsed {
    std::int64_t ms = 0;
    bool suspect = false;
};
Elapsed elapsed_between(const ClockReading& from, const ClockReading& to);

/// Persisted timer state. While running, `remaining_ms` was the time left at the reading
/// (`anchor_ms`, `anchor_mono_ms`, `anchor_run`); while paused it is the time left. Negative remaining = overtime. A session has
/// one timer, and it runs only for the exercise on screen: going to another exercise pauses it
/// (core/reduce.h, agenda.goto), so no countdown runs or chimes out of sight.
struct TimerRecord {
    std::string exercise;        // the exercise it was started for
    std::int64_t duration_ms = 0;
    std::int64_t remaining_ms = 0;
    std::int64_t anchor_ms = 0;  // wall clock, ms since the Unix epoch
    bool running = false;
    bool started = false;        // false until the first start (shows the planned time)
    std::int64_t anchor_mono_ms = 0;  // monotonic reading at the anchor, within `anchor_run`
    std::string anchor_run;           // "" for an anchor from an action without "run"

    ClockReading anchor() const { return {anchor_ms, anchor_mono_ms, anchor_run}; }
    void set_anchor(const ClockReading& at) {
        anchor_ms = at.wall_ms;
        anchor_mono_ms = at.mono_ms;
        anchor_run = at.run;
    }
};

/// The timer as of `now`: the time left (negative = overtime) and whether it is held, i.e. it
/// runs by the record but the time since its anchor is not believed (elapsed_between() suspect):
/// then `remaining_ms` is the time left at the anchor and the countdown shows paused.
struct TimerNow {
    std::int64_t remaining_ms = 0;
    bool held = false;
};
TimerNow timer_at(const TimerRecord& timer, const ClockReading& now);

/// True when `timer` runs, anchored in another run than `now`'s, and is not held: a kiosk that
/// opens such a session sends timer.resume, which anchors it in this run (core/reduce.h), so
/// from then on the monotonic clock times it and a wall-clock step after the restart changes
/// nothing either.
bool needs_new_anchor(const TimerRecord& timer, const ClockReading& now);

/// Time left as of `now` (timer_at(...).remaining_ms). Resume policy after a restart: a running
/// countdown kept running while the kiosk was down, as a kitchen timer would, by the wall clock
/// and within the bounds of the rule above.
std::int64_t remaining_at(const TimerRecord& timer, const ClockReading& now);
/// As above for a wall time alone (a reading without a run).
std::int64_t remaining_at(const TimerRecord& timer, std::int64_t now_wall_ms);

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
    /// The run the monotonic readings belong to; "" when they are not to be compared with
    /// stored ones (then stored actions get no "mono"/"run" and the wall clock decides).
    virtual std::string run_id() const { return {}; }
};

/// Both readings of `clock` now.
ClockReading read_clock(const Clock& clock);

/// The real clocks: std::chrono::system_clock, and CLOCK_BOOTTIME on Linux (steady_clock
/// elsewhere), which keeps counting while the machine is suspended; run_id() is new_id('r'),
/// chosen once per process.
const Clock& system_clock();

/// The live countdown shown on screen, anchored to the monotonic clock.
class Countdown {
public:
    explicit Countdown(const Clock& clock = system_clock()) : clock_(&clock) {}

    /// Re-anchors to a (new) record: end = now_mono + timer_at(record, read_clock(clock)).
    void sync(const TimerRecord& record);
    /// Time left now (negative in overtime); the paused value when paused or held.
    std::int64_t remaining_ms() const;
    /// Running by the screen: false when paused, and when held.
    bool running() const { return running_ && !held_; }
    /// True when the record runs but the time since its anchor is not believed (timer_at());
    /// the screen shows the countdown paused with a notice.
    bool held() const { return held_; }
    bool started() const { return started_; }
    std::int64_t duration_ms() const { return duration_ms_; }

private:
    const Clock* clock_;
    std::int64_t end_mono_ms_ = 0;
    std::int64_t paused_remaining_ms_ = 0;
    std::int64_t duration_ms_ = 0;
    bool running_ = false;
    bool held_ = false;
    bool started_ = false;
};

}  // namespace kiosk
