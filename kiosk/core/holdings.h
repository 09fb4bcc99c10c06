// What a session holds, counted for the archive's rows (issue 13 "Archive"): its notes, visions,
// partners and SMART sub-goals, so the list needs no replay of the log.
#pragma once

#include "core/session.h"

namespace kiosk {

struct Holdings {
    int notes = 0;     ///< sticky notes on every board (hidden and moderated ones too)
    int visions = 0;   ///< written visions (Writing exercises), not the shared text
    int partners = 0;  ///< form records of the exercise with role Partners
    int subgoals = 0;  ///< form records of the exercise with role SubGoals
};

/// Counts `session`'s items. Partners and sub-goals are the records of the exercises the plan
/// gives the role Partners and SubGoals (plan key `role`, core/plan.h).
Holdings holdings_of(const Session& session);

}  // namespace kiosk
