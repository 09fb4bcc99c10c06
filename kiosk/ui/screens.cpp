#include "ui/screens.h"

namespace kiosk::ui {
namespace {

struct Name { Screen screen; const char* name; };
constexpr Name kNames[] = {
    {Screen::Start, "start"},   {Screen::Agenda, "agenda"}, {Screen::Exercise, "exercise"},
    {Screen::Export, "export"}, {Screen::Facilitator, "facilitator"}, {Screen::Archive, "archive"},
    {Screen::Compare, "compare"},
};

struct Move { Screen from, to; };
// Facilitator is reachable from everywhere (behind the long-press) and left with back().
constexpr Move kMoves[] = {
    {Screen::Start, Screen::Agenda},     // new session, or resume
    {Screen::Agenda, Screen::Exercise},  // open an exercise
    {Screen::Exercise, Screen::Agenda},  // back to the agenda
    {Screen::Exercise, Screen::Exercise},// next / previous exercise
    {Screen::Agenda, Screen::Export},
    {Screen::Export, Screen::Agenda},
    {Screen::Agenda, Screen::Start},     // close the session
    {Screen::Export, Screen::Start},
    {Screen::Start, Screen::Archive},    // the archive of earlier sessions
    {Screen::Archive, Screen::Start},
    {Screen::Archive, Screen::Agenda},   // a session opened read-only, or continued
    {Screen::Archive, Screen::Compare},  // two sessions side by side
    {Screen::Compare, Screen::Archive},
    {Screen::Archive, Screen::Export},   // several sessions at once
    {Screen::Export, Screen::Archive},
};

}  // namespace

const char* screen_name(Screen s) {
    for (const auto& n : kNames) if (n.screen == s) return n.name;
    return "?";
}

bool parse_screen(const std::string& name, Screen& out) {
    for (const auto& n : kNames) if (name == n.name) { out = n.screen; return true; }
    return false;
}

const std::vector<Screen>& all_screens() {
    static const std::vector<Screen> screens = {Screen::Start, Screen::Agenda, Screen::Exercise,
                                                Screen::Export, Screen::Facilitator, Screen::Archive,
                                                Screen::Compare};
    return screens;
}

bool ScreenMachine::can_go(Screen to) const {
    if (to == Screen::Facilitator) return current_ != Screen::Facilitator;
    // The console is left by back(), or by its own session actions: export, or leave the session.
    if (current_ == Screen::Facilitator) return to == Screen::Export || to == Screen::Start;
    for (const auto& m : kMoves) if (m.from == current_ && m.to == to) return true;
    return false;
}

bool ScreenMachine::go(Screen to) {
    if (!can_go(to)) return false;
    if (to == Screen::Facilitator) before_facilitator_ = current_;
    current_ = to;
    return true;
}

bool ScreenMachine::back() {
    if (current_ != Screen::Facilitator) return false;
    current_ = before_facilitator_;
    return true;
}

}  // namespace kiosk::ui
