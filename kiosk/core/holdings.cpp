#include "core/holdings.h"

#include <unordered_map>

namespace kiosk {

ExerciseRole exercise_role(const Exercise& exercise) {
    if (exercise.kind != ExerciseKind::Form) return ExerciseRole::Other;
    if (exercise.id == "partners") return ExerciseRole::Partners;
    if (exercise.id == "goals") return ExerciseRole::SubGoals;
    return ExerciseRole::Other;
}

Holdings holdings_of(const Session& session) {
    Holdings h;
    h.notes = static_cast<int>(session.notes.size());
    h.visions = static_cast<int>(session.visions.size());
    std::unordered_map<std::string, ExerciseRole> roles;
    for (const Exercise& ex : session.plan.agenda) roles.emplace(ex.id, exercise_role(ex));
    for (const FormRecord& form : session.forms) {
        auto it = roles.find(form.exercise);
        if (it == roles.end()) continue;
        if (it->second == ExerciseRole::Partners) ++h.partners;
        if (it->second == ExerciseRole::SubGoals) ++h.subgoals;
    }
    return h;
}

}  // namespace kiosk
