// The facilitator console, reached by the long-press on "Facilitator" (start screen, agenda,
// board) and, once a PIN is set, the PIN keypad. It holds in one place everything participants
// must not do (issue 11): the timer, a board's dots, private writing, reveal and authors, the
// projector, the language, exporting the session notes, finishing or leaving the session, and
// closing the kiosk. Session settings go out as actions through the console's own sink
// (Source::Facilitator, which the catalogue requires for them, core/action_catalogue.h); what
// belongs to the app (projector, language, export, leaving) comes back as an intent.
#pragma once

#include "core/action_sink.h"
#include "ui/countdown_view.h"
#include "ui/phones_info.h"
#include "ui/redraw.h"
#include "ui/theme.h"
#include "ui/touch_scroll.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace kiosk::ui {

struct LeaveFacilitatorIntent {};  ///< back to the screen the console was opened from
struct QuitIntent {};              ///< close the kiosk (everything is already saved)
struct ExportNotesIntent {};       ///< open the export screen for the open session
struct FinishSessionIntent {};     ///< mark the open session finished and go to the start screen
struct LeaveSessionIntent {};      ///< go to the start screen, the session stays open to resume
struct SwitchProjectorIntent {};   ///< open the projector window, or close it
struct ChooseProjectorIntent {     ///< the projector on monitor `monitor` (ProjectorMonitor::number), 0: off
    int monitor = 0;
};
struct SwitchPauseScreenIntent {}; ///< the projector shows the pause screen, or the session again
struct ChangePinIntent {};         ///< set a new PIN on the keypad (or a first one)
struct ConsoleLanguageIntent {     ///< the kiosk speaks `language` from the next frame on
    std::string language;
};
struct SwitchPhonesIntent {};      ///< phones may join (start the phone server), or no longer (close its port)
struct RenewJoinCodeIntent {};     ///< a new join code: the old URL and code stop working (kiosk/net/PROTOCOL.md)

using FacilitatorIntent =
    std::variant<std::monostate, LeaveFacilitatorIntent, QuitIntent, ExportNotesIntent, FinishSessionIntent,
                 LeaveSessionIntent, SwitchProjectorIntent, ChooseProjectorIntent, SwitchPauseScreenIntent, ChangePinIntent,
                 ConsoleLanguageIntent, SwitchPhonesIntent, RenewJoinCodeIntent>;

/// A monitor the projector can be put on: any but the table's.
struct ProjectorMonitor {
    int number = 0;    ///< as --projector N counts monitors: 1 = the first in GLFW's (and xrandr's) order
    std::string name;  ///< as the system names it, e.g. "HDMI-1"; shown as is, never an ID
};

/// What the console shows besides its fixed buttons.
struct ConsoleData {
    /// The open session's sink for the facilitator's actions (Source::Facilitator); null without
    /// an open session, and then only the projector, language, PIN and closing are offered.
    ActionSink* facilitator = nullptr;
    /// The table's countdown: its live state and the end signal's sound switch. With a session.
    CountdownView* countdown = nullptr;
    bool projector_available = false;  ///< a second monitor, or --projector-windowed
    bool projector_on = false;         ///< the projector window is open
    /// The monitors the projector can go on, in GLFW's order: with any, the console offers one
    /// button per monitor and "off" rather than one on/off switch. Empty with --projector-windowed
    /// (a window has no monitor to choose) and with one monitor.
    std::vector<ProjectorMonitor> projector_monitors;
    int projector_monitor = 0;         ///< the number of the monitor the projector is on, 0: none
    bool projector_waiting = false;    ///< wanted, but its monitor is not there (unplugged, not yet found)
    bool pause_screen = false;         ///< the projector shows the pause screen
    bool pin_set = false;              ///< a PIN guards the console (the button says "Change PIN")
    std::string language;              ///< the language the kiosk speaks now ("nl", "en")
    ClockReading now;                  ///< now (both clocks), for whether the table is locked (Session::input_locked)
    /// Phones joining (issue 12): the switch, and when on the URL, code, presence and moderation.
    PhonesInfo phones;
    /// The console's finger scrolling (its whole window and the moderation list) and the frames it
    /// asks for while a list glides; owned by the app so scroll state lasts while the console is
    /// open. Null: no finger scrolling (ImGui's wheel still scrolls).
    TouchScroll* scroll = nullptr;
    Redraw* redraw = nullptr;
};

/// The moderation list's order for `board`: its waiting notes first, then the shown, then the
/// hidden ones, each group in the order they were written (Session::notes). Indices into
/// session.notes.
std::vector<std::size_t> moderation_order(const Session& session, const std::string& board);

/// Draws the console over the whole display and returns the user's intent. Its layout depends
/// only on the display size and `data`, so its buttons are where they stay from its first frame
/// on (the app logs "console ready" once they stayed for a frame, see --log-targets). Hit-target
/// keys: "facilitator-back", the timer's (CountdownView::draw_controls), "timer-lock-at-end", "budget-down",
/// "budget-up", "board-private", "board-reveal", "board-anonymous", "board-totals", "table-lock",
/// "projector" (no monitors to choose), else "projector-off" and "projector-N" (N: ProjectorMonitor::number),
/// "pause-screen",
/// "language-nl", "language-en", "export-notes", "finish-session", "leave-session", "change-pin",
/// "quit"; phones: "phones-on" (the switch), "phones-renew", "phones-approval", and per note of the
/// current board "note-approve-ID" (waiting), "note-hide-ID" (shown) or "note-unhide-ID" (hidden),
/// ID the note's id. The moderation buttons send note.approve, note.hide and note.unhide {id},
/// and the approval switch phones.approval {on}, through `facilitator` (core/session.h, Moderation).
FacilitatorIntent draw_facilitator_screen(const ConsoleData& data, const Context& ctx);

}  // namespace kiosk::ui
