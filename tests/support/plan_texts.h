// Every text a plan gives an exercise (plan.h), labelled by where it sits in the plan, for
// tests that check each one reaches the screen: the title, the prompt, the rules, the questions
// and their hints, the phases, the columns with their hints and examples, the fields with their
// hints, choices and supporting questions. Ids and the subject reference are not texts.
#pragma once

#include "core/plan.h"

#include <string>
#include <vector>

namespace kiosk::testing {

struct PlanText {
    std::string where;  // e.g. "column of hint", "field strength choice weak label"
    std::string text;
    bool on_demand = false;  // shown after a tap (a hint, an example, a supporting question)
};

/// The texts of `ex`, non-empty ones only, in plan order. With `phase` set (a Writing exercise)
/// the phase prompts other than that phase's are left out: each phase shows its own.
std::vector<PlanText> exercise_texts(const Exercise& ex, const Phase* phase = nullptr);

}  // namespace kiosk::testing
