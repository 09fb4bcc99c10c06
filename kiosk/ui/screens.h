// The kiosk's screens and the moves allowed between them, as one explicit table, so no screen can
// be reached by accident (a participant cannot get from a board to the facilitator console).
#pragma once

#include <string>
#include <vector>

namespace kiosk::ui {

enum class Screen {
    Start,        ///< plans, earlier sessions, new-session form, language
    Agenda,       ///< the session's exercises with planned minutes
    Exercise,     ///< the running exercise (checklist, writing, board, form, info)
    Export,       ///< export the session notes
    Facilitator,  ///< facilitator console: reached only by a deliberate gesture
    Archive,      ///< every stored session: find, open read-only, continue, archive away, delete
    Compare,      ///< two stored sessions side by side, opened from the archive
};

/// Stable lower-case names for the command line (--screen, --list-screens): "start", ...
const char* screen_name(Screen s);
/// Parses a screen name; false (and `out` unchanged) for an unknown name.
bool parse_screen(const std::string& name, Screen& out);
/// Every screen, in the order above.
const std::vector<Screen>& all_screens();

/// Where the app is, and where it may go next.
class ScreenMachine {
public:
    Screen current() const { return current_; }
    /// True when `to` may follow the current screen (see the table in screens.cpp).
    bool can_go(Screen to) const;
    /// Moves to `to` when allowed and returns true; otherwise changes nothing and returns false.
    /// Entering Facilitator remembers where it came from, so back() returns there.
    bool go(Screen to);
    /// Leaves the Facilitator console for the screen it was opened from; false elsewhere.
    bool back();

private:
    Screen current_ = Screen::Start;
    Screen before_facilitator_ = Screen::Start;
};

}  // namespace kiosk::ui
