// The facilitator console, reached from any screen by the long-press on "Facilitator". For now it
// holds closing the kiosk; session actions (export, delete) join it as they land.
#pragma once

#include "ui/theme.h"

#include <variant>

namespace kiosk::ui {

struct LeaveFacilitatorIntent {};  ///< back to the screen the console was opened from
struct QuitIntent {};              ///< close the kiosk (everything is already saved)

using FacilitatorIntent = std::variant<std::monostate, LeaveFacilitatorIntent, QuitIntent>;

/// Draws the console as a centred panel over the whole display; returns the user's intent.
FacilitatorIntent draw_facilitator_screen(const Context& ctx);

}  // namespace kiosk::ui
