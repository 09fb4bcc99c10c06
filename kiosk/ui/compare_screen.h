// The comparison screen (issue 13): two sessions side by side — "Toen" (then) on the left, "Nu"
// (now) on the right, each headed by its date, title and place — with the rows of
// core/compare.h under them, section by section. A row whose value moved says so in words in
// its own column ("forward", "new", "no longer", …; core/compare.h change_label()) as well as with a tinted band, so the
// change reads without colour. The list scrolls by finger (ui/touch_scroll.h); a big Back button
// leaves. Like every screen it reads nothing itself: the app gives it the Comparison and acts on
// the intent it returns.
#pragma once

#include "core/compare.h"
#include "ui/redraw.h"
#include "ui/theme.h"
#include "ui/touch_scroll.h"

#include <variant>

namespace kiosk::ui {

/// What the comparison screen remembers between frames.
struct CompareScreenState {
    TouchScroll scroll;  ///< region "compare" (hit target "scroll-compare")
};

/// "Back" (hit target "compare-back"): leave the comparison for where it was opened from.
struct LeaveCompareIntent {};
using CompareIntent = std::variant<std::monostate, LeaveCompareIntent>;

/// Draws `comparison` over the whole display and returns what the facilitator asked for. Adds
/// to `redraw` while the list glides.
CompareIntent draw_compare_screen(const Comparison& comparison, CompareScreenState& state, const Context& ctx,
                                  Redraw& redraw);

}  // namespace kiosk::ui
