// A plan as JSON: the snapshot carried by "session.create" and stored with the session, so a
// session keeps the plan it ran with whatever happens to the files in sessions/ later.
#pragma once

#include "core/action.h"
#include "core/plan.h"

namespace kiosk {

/// Every field of the plan; the inverse of plan_from_json().
Json plan_to_json(const Plan& plan);

/// Reads a snapshot made by plan_to_json(). Missing optional fields take their defaults;
/// throws nlohmann::json::exception when a field has the wrong type or a kind word is unknown.
/// A snapshot of plan "bootcamp" that names no role at all (made before the plan key `role`)
/// gets the shipped bootcamp's roles by exercise id (readiness, map, strengths, partners, goals).
Plan plan_from_json(const Json& json);

}  // namespace kiosk
