// The archive (issue 13): every stored session, newest first, findable by a search typed on the
// on-screen keyboard and by filter chips (status, plan, year, archived away), each row saying what
// the session holds. A tapped row opens its detail: open read-only, export, compare with a second
// row, and — behind the facilitator console (app/facilitator_gate.h) and a confirm naming the
// session — continue, archive away or back, and delete.
// Like the start screen it reads and writes nothing: the app runs the query the filter describes
// (Store::find_sessions) and acts on the intents.
#pragma once

#include "core/text.h"
#include "ui/redraw.h"
#include "ui/text_editing.h"
#include "ui/theme.h"
#include "ui/touch_scroll.h"

#include <string>
#include <variant>
#include <vector>

namespace kiosk::ui {

/// A session as one row of the archive.
struct ArchiveRow {
    std::string id;
    std::string date;        ///< YYYY-MM-DD
    std::string title;       ///< user text
    std::string place;       ///< user text, may be empty
    std::string plan_title;  ///< the plan's title as the session snapshotted it
    bool finished = false;
    bool archived = false;   ///< archived away (shown only under the "Archived away" chip)
    int notes = 0, visions = 0, partners = 0, subgoals = 0;  // core/holdings.h
};

/// What the filters ask for; the app turns it into a Store ArchiveQuery.
struct ArchiveFilter {
    std::string search;  ///< as typed; the store folds case and accents
    enum class Status { All, InProgress, Finished } status = Status::All;
    std::string plan_id;  ///< "" : every plan
    std::string year;     ///< "YYYY", "" : every year
    bool archived = false;  ///< the sessions archived away instead of the others
    bool operator==(const ArchiveFilter& o) const {
        return search == o.search && status == o.status && plan_id == o.plan_id && year == o.year &&
               archived == o.archived;
    }
    bool operator!=(const ArchiveFilter& o) const { return !(*this == o); }
};

struct ArchivePlanChip { std::string id, title; };

struct ArchiveScreenData {
    std::vector<ArchiveRow> rows;          ///< the query's result, newest first
    std::vector<std::string> years;        ///< chips, newest first
    std::vector<ArchivePlanChip> plans;    ///< chips
    long archived_count = 0;               ///< sessions archived away (the chip's number)
    /// The facilitator console is open (the PIN was given): continue, archive away and delete
    /// ask for their confirm instead of for the console.
    bool console_open = false;
    std::vector<std::string> notices;      ///< translated; what was done, or went wrong
};

// Intents.
struct ArchiveBackIntent {};
struct OpenReadOnlyIntent { std::string session_id; };
/// Two sessions side by side (ui/compare_screen.h): `then_id` the earlier session, `now_id` the later.
struct CompareSessionsIntent { std::string then_id, now_id; };
/// Export: one id from a row's detail (the session opened read-only, then its export screen), or
/// every row the search and chips leave ("Export these N", hit target "export-list"): one CSV for
/// all of them and each session's documents (export/several_sessions.h).
struct ExportSessionsIntent { std::vector<std::string> ids; };
/// The row's action needs the facilitator console: the app asks the PIN gate, then sets
/// ArchiveScreenData::console_open; the screen then shows the confirm it kept.
struct ArchiveNeedsConsoleIntent {};
struct ContinueSessionIntent { std::string session_id; };
struct ArchiveAwayIntent { std::string session_id; bool archived = true; };  ///< false: bring back
struct DeleteSessionIntent { std::string session_id; };

using ArchiveIntent = std::variant<std::monostate, ArchiveBackIntent, OpenReadOnlyIntent, CompareSessionsIntent,
                                   ExportSessionsIntent, ArchiveNeedsConsoleIntent, ContinueSessionIntent,
                                   ArchiveAwayIntent, DeleteSessionIntent>;

/// What the archive remembers between frames.
struct ArchiveScreenState {
    TextEditing search{TextKind::Line};
    ArchiveFilter filter;        ///< the app re-queries when it differs from what it last ran
    std::string selected;        ///< the row whose detail is open, "" : none
    std::string compare_first;   ///< "Compare with…" was tapped on this row: the next row tapped is the other
    enum class Confirm { None, Continue, ArchiveAway, Delete } confirm = Confirm::None;
    bool confirm_waits_for_console = false;  ///< asked for the console; confirm once it is open
    TouchScroll scroll;
};

/// Draws the archive over the display (above the on-screen keyboard, which never covers the
/// search field or the first rows: with it up the chips fold away) and returns the intent of
/// this frame. Compare returns then_id = the older of the two rows (by date). state.filter
/// follows the search field and the chips.
ArchiveIntent draw_archive_screen(const ArchiveScreenData& data, ArchiveScreenState& state, const Context& ctx,
                                  Redraw& redraw);

/// Example rows with the test words (Zoë, ĳ, €, „goed”) for screenshots and tests.
ArchiveScreenData demo_archive_screen_data();

}  // namespace kiosk::ui
