// Starting a follow-up session (issue 13, core/followup.h) on the store: the new session's
// session.create naming the session it follows, and right after it the carried actions, written
// as one step in one transaction, so a follow-up exists whole or not at all.
#pragma once

#include "core/actions.h"
#include "core/followup.h"
#include "store/live_session.h"

#include <string>

namespace kiosk {

/// What start_follow_up() did: the submit's result and the roles that were not carried.
struct FollowUpStart {
    SubmitResult result;
    std::vector<ExerciseRole> missing;
};

/// Creates session `id` on `live` (a new LiveSession) from `create` (its title, date, place,
/// facilitator and plan snapshot; `follows` is set to `earlier`.id here) and carries `earlier`
/// into `plan` (the plan `create` snapshots) at the wall time of `live`'s clock. The result is
/// LiveSession::submit_all's: refused as a whole, saved, or applied and waiting to be saved.
FollowUpStart start_follow_up(LiveSession& live, const Session& earlier, const Plan& plan,
                              actions::SessionCreate create, const std::string& id, const ClockReading& at);

}  // namespace kiosk
