// The screen of a kiosk that will not start (issue 14, "refusals that reach only the log"): a
// second kiosk on a database another one holds, or a database it cannot open. Started from the
// desktop there is no terminal to read the log, so the reason is shown where the facilitator
// looks, for a while, with a button that closes it; then the kiosk ends as before.
#pragma once

#include "ui/redraw.h"
#include "ui/theme.h"

#include <string>

namespace kiosk::ui {

struct Refusal {
    std::string title;    ///< one line, already translated ("This kiosk is already open")
    std::string message;  ///< the reason, already translated (a StoreError's message)
    std::string advice;   ///< what to do about it, already translated; may be empty
};

struct RefusalOutcome {
    bool close = false;  ///< the Close button was tapped (hit target "refusal-close")
};

/// Draws the whole display: the title, the message and the advice wrapped to the width, "This
/// window closes in N s." for `seconds_left` (rounded up), and a Close button. Asks `redraw`
/// for the frame of the next second.
RefusalOutcome draw_refusal(const Refusal& refusal, double seconds_left, const Context& ctx, Redraw& redraw);

}  // namespace kiosk::ui
