// `kiosk --screenshot OUT.png --compare THEN,NOW`: the comparison screen (ui/compare_screen.h)
// of two stored sessions rendered to a PNG, as --screenshot renders the kiosk's other screens.
#pragma once

#include "app/kiosk_app.h"

namespace kiosk::app {

/// Renders the comparison of the two sessions named by o.compare ("ID1,ID2", ids or `latest`,
/// read from o.db_path without writing) to o.screenshot_path, in o.language, at the window size
/// of o.backend, with o.frame_report as --screenshot does. Returns 0, 1 when the window or the
/// file fails, 2 for a bad --compare, no --screenshot or an unknown id (each logged).
int screenshot_comparison(const RunOptions& o);

}  // namespace kiosk::app
