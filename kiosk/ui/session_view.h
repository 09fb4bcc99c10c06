// The screens of a running session: the exercise screen (a top bar with the session title, the
// current exercise, the small countdown and the facilitator cards, over the exercise's own view)
// and the agenda (planned and actual minutes, the running total against the clock, moving to
// the next, previous or an earlier exercise). Views in the strict sense: they read the session
// from an ActionSink and every change is an action submitted to it; what they keep themselves is
// UI state only (open overlays, the text being typed, the live countdown).
#pragma once

#include "core/action_sink.h"
#include "ui/board_view.h"
#include "ui/countdown_view.h"
#include "ui/exercise_views.h"
#include "ui/phones_info.h"
#include "ui/redraw.h"
#include "ui/theme.h"
#include "ui/touch_scroll.h"

#include <cstdint>
#include <string>

namespace kiosk::ui {

/// What a session screen asks of the app this frame.
struct SessionOutcome {
    bool timer_ended = false;   ///< the countdown reached 00:00 now: play the chime unless muted
    bool sound_muted = false;   ///< the room's choice on the countdown's sound button
    bool open_agenda = false;   ///< go to the agenda screen
    bool open_exercise = false; ///< go to the exercise screen (from the agenda)
    bool open_facilitator = false; ///< the facilitator held a console button (agenda, board, table lock)
};

/// "15 min behind", "5 min ahead" or "on schedule" for a difference of `delta_ms` between the
/// time used and the time planned for the part of the agenda done (positive = behind).
std::string schedule_text(std::int64_t delta_ms);

/// Time used minus time planned for the part of the agenda done up to `now` (Session::actual_ms()):
/// every exercise before the current one counts in full (a skipped one as time won), the current
/// one and later ones only for their overrun. Positive = behind schedule.
std::int64_t schedule_delta_ms(const Session& session, const ClockReading& now);

class SessionView {
public:
    explicit SessionView(const Clock& clock = system_clock()) : clock_(&clock), countdown_(clock) {}

    /// The exercise screen for the session's current exercise, over the whole display.
    SessionOutcome draw_exercise(ActionSink& sink, const Context& ctx, Redraw& redraw);
    /// The agenda screen, over the whole display.
    SessionOutcome draw_agenda(ActionSink& sink, const Context& ctx, Redraw& redraw);

    /// Submits any text still being typed (before the app leaves the session screens).
    void flush();
    bool cards_open() const { return cards_open_; }
    CountdownView& countdown() { return countdown_; }
    /// The board view (its seat and note editor), shared by every board of the session.
    const BoardView& board() const { return board_; }
    BoardView& board() { return board_; }
    /// What the table shows of phones from the next frame on (issue 12, ui/phones_join.h): the
    /// app sets it each frame; while phones.on the exercise screen has the join button and the
    /// presence under its header.
    void set_phones(PhonesInfo phones) { phones_ = std::move(phones); }
    /// The join panel (QR code, URL, code) is open; it closes on a tap or when phones go off.
    bool join_open() const { return join_open_; }

private:
    bool begin_screen(const char* name, const Context& ctx);
    void draw_top_bar(ActionSink& sink, const Exercise& ex, const Context& ctx, Redraw& redraw, SessionOutcome& out);
    void draw_cards(const Session& s, const Context& ctx, Redraw& redraw);
    void go_to(ActionSink& sink, const std::string& exercise_id);

    const Clock* clock_;
    CountdownView countdown_;
    ChecklistView checklist_;
    WritingView writing_;
    FormView form_;
    BoardView board_;
    TouchScroll scroll_;  // the screen windows, the checklist, the form, the agenda, the cards
    bool cards_open_ = false;
    /// The exercise whose countdown is shown big instead of its content ("" = none): a choice
    /// made on one exercise, so Next never opens on a bare countdown.
    std::string timer_focus_;
    bool rules_open_ = false;     // a board's rules panel
    std::string rules_open_for_;  // the exercise rules_open_ belongs to
    std::size_t card_ = 0;
    PhonesInfo phones_;
    bool join_open_ = false;
};

}  // namespace kiosk::ui
