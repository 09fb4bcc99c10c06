// What the table says on screen about the monitors named on the command line (issue 14: a
// missing monitor reached only the log). A plain function over the monitor list the Backend
// reports (Backend::monitors()), so the rule is tested without GLFW; the app shows the result
// in a ui::NoticeBanner.
#pragma once

#include "platform/projector_placement.h"

#include <string>
#include <vector>

namespace kiosk::app {

/// The notices, already translated, for `monitors` as they are now (GLFW's order, primary
/// first): one when `table_monitor` (--monitor; "" = the primary) names no monitor, so the kiosk
/// is on the primary one; one when `projector` (the projector as wanted now; Kind::None when
/// off) names a monitor that is not there, or the table's own. Nothing when the list is empty
/// (nothing can be said) or everything is where it was asked.
std::vector<std::string> monitor_notices(const std::string& table_monitor, const platform::ProjectorSpec& projector,
                                         const std::vector<platform::MonitorInfo>& monitors);

}  // namespace kiosk::app
