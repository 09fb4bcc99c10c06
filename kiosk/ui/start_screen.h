// The start screen: what the facilitator sees after starting the kiosk. It lists the plans found
// (to start a new session from) and earlier sessions (to resume), holds the new-session form
// (title, date, place, facilitator), the language switch and the long-press entry to the facilitator console.
// It reads and writes nothing itself: every user intent comes back as a plain value for the app to
// act on (store, plans), so the screen is testable headlessly.
#pragma once

#include "core/plan.h"
#include "core/text.h"
#include "ui/redraw.h"
#include "ui/text_editing.h"
#include "ui/theme.h"
#include "ui/touch.h"  // kFacilitatorHoldSeconds
#include "ui/touch_scroll.h"

#include <string>
#include <variant>
#include <vector>

namespace kiosk::ui {

/// A plan file as listed on the start screen.
struct PlanSummary {
    std::string id;        ///< e.g. "bootcamp"
    std::string language;  ///< "nl" or "en"
    std::string title;
    int planned_minutes = 0;
    int exercise_count = 0;
    /// The roles its exercises have (Exercise::role): what a follow-up started on it can carry
    /// (core/followup.h); a plan with a Review is offered first for a follow-up.
    std::vector<ExerciseRole> roles;
};

enum class SessionStatus { InProgress, Finished };

/// An earlier session as listed on the start screen.
struct SessionSummary {
    std::string id;
    std::string title;   ///< user text
    std::string date;    ///< ISO 8601, YYYY-MM-DD
    std::string place;   ///< user text, may be empty
    SessionStatus status = SessionStatus::InProgress;
    std::string language;  ///< its plan's, "nl" or "en": a follow-up is offered in it
};

/// A sub-goal whose check date has passed (store: Store::overdue_subgoals), with the session it
/// belongs to (the latest of its chain), listed so the team starts its follow-up in one tap.
struct OverdueSubGoal {
    std::string session_id;
    std::string subgoal;     ///< user text
    std::string check_date;  ///< YYYY-MM-DD
};

struct StartScreenData {
    std::vector<PlanSummary> plans;
    std::vector<SessionSummary> sessions;
    std::vector<OverdueSubGoal> overdue;  ///< earliest check date first
    std::string today;        ///< YYYY-MM-DD, the form's default date
    std::string plans_dir;    ///< where plans were looked for, shown when none were found
    /// Messages the facilitator must see (translated): a plan file skipped and why, a damaged
    /// database moved aside, a session that could not be saved. Shown under the top bar.
    std::vector<std::string> notices;
};

// Intents: what the user asked for on this frame.
/// `follows`: the earlier session a follow-up carries on from (core/followup.h), "" for none.
struct NewSessionIntent { std::string plan_id, language, title, date, place, facilitator, follows; };
struct ResumeIntent { std::string session_id; };
struct SwitchLanguageIntent { std::string language; };  ///< "nl" or "en"
struct OpenFacilitatorIntent {};
struct OpenArchiveIntent {};  ///< "Archive": every stored session (ui/archive_screen.h)

using StartIntent = std::variant<std::monostate, NewSessionIntent, ResumeIntent,
                                 SwitchLanguageIntent, OpenFacilitatorIntent, OpenArchiveIntent>;

/// What the start screen remembers between frames (the form being filled in). The text fields
/// are typed on the on-screen keyboard (text_editor.h) and hold one line each, at most as long as
/// core allows for a session's title, place and facilitator (TextKind::Line).
struct StartScreenState {
    int selected_plan = 0;
    TextEditing title{TextKind::Line}, place{TextKind::Line}, facilitator{TextKind::Line};
    std::string date;                   ///< YYYY-MM-DD; changed only by whole days (−/+)
    bool form_filled = false;           ///< defaults (plan title, today) applied once
    const char* problem = nullptr;      ///< msgid of the form's validation message, or null
    std::string follows;                ///< the session the form starts a follow-up of, or ""
    TouchScroll scroll;                 ///< the screen's scrolling regions (plans, sessions)
};

/// True for a real calendar date written YYYY-MM-DD (years 2000..2999): core/date.h's rule.
bool valid_iso_date(const std::string& date);

/// The valid date `days` calendar days after `date` (before it when negative), kept within the
/// years valid_iso_date accepts; `date` itself when it is not valid.
std::string add_days(const std::string& date, int days);

/// The title a follow-up of `earlier` gets unless the facilitator types another, e.g.
/// "Vervolg: Bootcamp Kampen" (translated).
std::string follow_up_title(const std::string& earlier);

/// Draws the start screen over the whole display and returns the user's intent, if any.
/// A NewSessionIntent is returned only for a valid form (non-blank title, a plan, a valid date);
/// otherwise state.problem says what to fix. "Follow-up" on an earlier session puts the form in
/// follow-up mode (its title and place, the follow-up plan, what the chosen plan cannot carry);
/// the same button on an overdue sub-goal returns the follow-up's NewSessionIntent at once, with
/// those defaults and today's date. Adds to `redraw` while something animates. While the
/// on-screen keyboard is up the screen ends above it and scrolls the focused field into view.
StartIntent draw_start_screen(const StartScreenData& data, StartScreenState& state,
                              const Context& ctx, Redraw& redraw);

/// Example data with the test words (ĳ, €, „goed”, –) for screenshots and tests.
StartScreenData demo_start_screen_data();

}  // namespace kiosk::ui
