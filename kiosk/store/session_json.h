// A session as one JSON document: everything in it, for `kiosk sessions show --json` and for
// tools. Pure model code (no SQLite); it lives here until another layer needs it, then it can
// move to core unchanged.
#pragma once

#include "core/action.h"
#include "core/session.h"

namespace kiosk {

/// Every field of `session`: its details, the plan snapshot (plan_json.h), where the room is,
/// per-exercise state, notes in display order, groups, votes, visions, forms, the timer record
/// and the undo/redo stacks. Times are ms since the Unix epoch.
Json session_to_json(const Session& session);

}  // namespace kiosk
