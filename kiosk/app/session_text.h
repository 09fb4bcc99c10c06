// A session as readable text for the terminal (`kiosk sessions show`): every exercise of the
// agenda with what the room made in it.
#pragma once

#include "core/session.h"

#include <iosfwd>

namespace kiosk {

/// Writes `session` (with `action_count` stored actions) to `out` as plain UTF-8 text.
void write_session_text(const Session& session, std::int64_t action_count, std::ostream& out);

/// "YYYY-MM-DD HH:MM" in local time for ms since the Unix epoch; "-" for 0.
std::string local_time_text(std::int64_t ms);

}  // namespace kiosk
