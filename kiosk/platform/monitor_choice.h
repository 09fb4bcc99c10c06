// Which monitor the kiosk opens on, from the --monitor option. Kept apart from GLFW so the rule
// can be tested without a display.
#pragma once

#include <string>
#include <vector>

namespace kiosk::platform {

/// Picks a monitor from `names` (in GLFW's order, primary first) for `spec`:
///  - "" → -1 (use the primary, no notice needed);
///  - a whole number N → index N-1 (1 is the first monitor), when it exists;
///  - anything else → the first monitor whose name contains `spec`, ignoring ASCII case.
/// Returns the index, or -1 when nothing matches.
int choose_monitor(const std::vector<std::string>& names, const std::string& spec);

/// Parses "WxH" (e.g. "1920x1080") into positive sizes. Returns false on anything else.
bool parse_size(const std::string& text, int& width, int& height);

}  // namespace kiosk::platform
