// The UI's half of the event-driven loop: while building a frame, a widget that will change on
// its own (a countdown, a long-press in progress) says how soon it needs the next frame. The app
// hands `after_seconds` to the platform loop, which sleeps until then unless input comes first.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

namespace kiosk::ui {

struct Redraw {
    /// Seconds from now until a frame is needed; infinity = only input changes the screen.
    double after_seconds = std::numeric_limits<double>::infinity();

    /// Asks for a frame within `seconds` (negative counts as 0). The earliest request wins.
    void within(double seconds) { after_seconds = std::min(after_seconds, std::max(0.0, seconds)); }

    /// For a display of whole seconds counting down from `remaining_seconds`: asks for a frame
    /// just after the shown value changes (the next boundary of a whole second, plus 5 ms so the
    /// frame lands on the new value rather than a hair before it).
    void at_next_second_of(double remaining_seconds) {
        if (remaining_seconds <= 0) return;
        double frac = remaining_seconds - std::floor(remaining_seconds);
        within((frac > 0 ? frac : 1.0) + 0.005);
    }
};

}  // namespace kiosk::ui
