// Which monitors the console offers for the projector, and which of them it is on (issue 11,
// "projector on/off, which monitor"). Plain functions over the monitor list the Backend reports
// (Backend::monitors()), so the rule is tested without GLFW.
#pragma once

#include "platform/projector_placement.h"
#include "ui/facilitator_screen.h"

#include <vector>

namespace kiosk::app {

/// The monitors the projector can go on: every one of `monitors` (GLFW's order) but the table's
/// (MonitorInfo::table; the placement never puts the projector there), numbered as --projector N
/// counts them (1 = the first of the whole list). Empty when `wanted` is a window
/// (--projector-windowed: a window has no monitor to choose) or no other monitor is there.
std::vector<ui::ProjectorMonitor> projector_choices(const std::vector<platform::MonitorInfo>& monitors,
                                                    const platform::ProjectorSpec& wanted);

/// The number (1 = first) of the monitor of `monitors` that `spec` names, matched as the
/// placement matches it (choose_monitor: "N" or a name substring); 0 when `spec` is not a
/// monitor, names none, or names the table's monitor.
int projector_monitor_named(const std::vector<platform::MonitorInfo>& monitors, const platform::ProjectorSpec& spec);

/// The spec that puts the projector on monitor `number` (ui::ProjectorMonitor::number), or
/// Kind::None (off) for 0.
platform::ProjectorSpec projector_on_monitor(int number);

}  // namespace kiosk::app
