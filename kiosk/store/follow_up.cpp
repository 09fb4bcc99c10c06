#include "store/follow_up.h"

#include "core/plan_json.h"

namespace kiosk {

FollowUpStart start_follow_up(LiveSession& live, const Session& earlier, const Plan& plan,
                              actions::SessionCreate create, const std::string& id, const ClockReading& at) {
    create.follows = earlier.id;
    CarryOver carried = carry_over(earlier, plan, id, at);
    std::vector<Action> all;
    all.reserve(carried.actions.size() + 1);
    all.push_back(make_action(create.kType, id, at, create.fields()));
    for (Action& a : carried.actions) all.push_back(std::move(a));
    return {live.submit_all(std::move(all)), std::move(carried.missing)};
}

}  // namespace kiosk
