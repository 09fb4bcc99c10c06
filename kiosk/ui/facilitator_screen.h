// The facilitator console, reached by the long-press on "Facilitator" (start screen, agenda).
// It holds what participants must not do by accident: exporting the session notes, finishing or
// leaving the session, and closing the kiosk.
#pragma once

#include "ui/theme.h"

#include <variant>

namespace kiosk::ui {

struct LeaveFacilitatorIntent {};  ///< back to the screen the console was opened from
struct QuitIntent {};              ///< close the kiosk (everything is already saved)
struct ExportNotesIntent {};       ///< open the export screen for the open session
struct FinishSessionIntent {};     ///< mark the open session finished and go to the start screen
struct LeaveSessionIntent {};      ///< go to the start screen, the session stays open to resume

using FacilitatorIntent = std::variant<std::monostate, LeaveFacilitatorIntent, QuitIntent, ExportNotesIntent,
                                       FinishSessionIntent, LeaveSessionIntent>;

/// Draws the console as a centred panel over the whole display; returns the user's intent. The
/// panel is placed from a height computed beforehand, so its buttons are where they stay from its
/// first frame on (the app logs "console ready" once they stayed for a frame, see --log-targets).
/// The session actions are shown only when `session_open`.
FacilitatorIntent draw_facilitator_screen(const Context& ctx, bool session_open = false);

}  // namespace kiosk::ui
