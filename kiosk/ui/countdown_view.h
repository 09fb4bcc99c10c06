// The countdown of a timebox on screen: big (at least a quarter of the screen height, in the
// display font, with a bar of the time left) when it is the focus of an exercise, small in the
// top bar of every exercise. Remaining time comes from core's Countdown on the monotonic clock
// (never a sum of frame times, case K15); while it runs and is visible it asks for a frame just
// after the next displayed second and sleeps otherwise (case K14). The table only shows it; the
// controls (start, pause, resume, ±1 min, reset, the end signal's sound) are the facilitator
// console's (ui/facilitator_screen.h, issue 11) and send timer.* actions through its sink.
//
// Only the exercise on screen has a running countdown: leaving an exercise pauses its countdown
// (the reducer does, on agenda.goto), and coming back it shows "Paused" with Resume.
//
// At 00:00 it raises "end reached" once (the app plays the soft chime, platform/chime.h) and
// turns calm: the bar, border and panel take the attention colour with a slow pulse (one step per
// displayed second, a 4-second cycle, so it needs no extra frames), and the overtime shows as
// +MM:SS in that colour.
#pragma once

#include "core/action_sink.h"
#include "core/timer.h"
#include "ui/redraw.h"
#include "ui/theme.h"

#include <imgui.h>

#include <string>

namespace kiosk::ui {


/// The size in pixels of `text` (a format_countdown() text) in `font` at `size_px`, every digit
/// as wide as the widest so the digits stand still as they change.
ImVec2 countdown_text_size(const ImFont& font, float size_px, const std::string& text);
/// Draws `text` at `pos` (top left) laid out as countdown_text_size() measures it.
void draw_countdown_text(ImDrawList& draw, const ImFont& font, float size_px, ImVec2 pos, ImU32 colour,
                         const std::string& text);

class CountdownView {
public:
    explicit CountdownView(const Clock& clock = system_clock()) : clock_(&clock), countdown_(clock) {}

    /// Follows the session's timer record (re-anchors only when it changed). Call once a frame
    /// before drawing. Returns true on the one frame the running countdown reaches 00:00.
    bool update(const Session& session);

    /// Time the display shows for `exercise_id` planned at `planned_seconds`: the live countdown
    /// when the session's timer runs for this exercise, else the planned time.
    std::int64_t shown_ms(const std::string& exercise_id, int planned_seconds) const;
    bool running_for(const std::string& exercise_id) const;
    /// True when the timer belongs to `exercise_id` and has been started (running or paused).
    bool started_for(const std::string& exercise_id) const;
    /// True when the timer of `exercise_id` runs by the record but is held: the wall clock jumped
    /// too far since it last ran to be believed (core/timer.h). It shows paused, with a notice.
    bool held_for(const std::string& exercise_id) const;

    /// The big display, `height_px` tall, filling the content width.
    void draw_big(const std::string& exercise_id, int planned_seconds, float height_px, const Context& ctx,
                  Redraw& redraw);
    /// The timer's buttons on one row at the cursor (start or pause or resume, −1 min, +1 min,
    /// reset, sound on/off), sending timer.* actions of `exercise_id` through `facilitator` (the
    /// console's sink, Source::Facilitator). Keys "timer-start", "timer-pause", "timer-resume",
    /// "timer-minus", "timer-plus", "timer-reset", "timer-sound"; under them, while the timer is
    /// held (held_for()), a notice saying why it stands still ("timer-held-notice").
    void draw_controls(ActionSink& facilitator, const std::string& exercise_id, int planned_seconds,
                       const Context& ctx);
    /// The small display for a top bar ("07:42" with a clock icon), at the cursor.
    void draw_small(const std::string& exercise_id, int planned_seconds, const Context& ctx, Redraw& redraw);

    /// Asks `redraw` for a frame just after the displayed second changes, only while the countdown
    /// runs for `exercise_id` (a paused or idle display never changes by itself).
    void ask_redraw(const std::string& exercise_id, Redraw& redraw) const;

    bool muted() const { return muted_; }
    void set_muted(bool muted) { muted_ = muted; }

private:

    const Clock* clock_;
    Countdown countdown_;
    TimerRecord synced_;
    bool have_synced_ = false;
    bool end_signalled_ = false;
    bool muted_ = false;
};

}  // namespace kiosk::ui
