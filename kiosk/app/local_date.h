// The day on this machine's calendar, for what is dated "today": the start screen's default
// date, the sub-goals overdue on it, and a follow-up started from the command line.
#pragma once

#include <string>

namespace kiosk {

/// Today's date in the machine's local time zone, YYYY-MM-DD.
std::string today_iso();

}  // namespace kiosk
