#include "core/holdings.h"

namespace kiosk {

Holdings holdings_of(const Session& session) {
    Holdings h;
    h.notes = static_cast<int>(session.notes.size());
    h.visions = static_cast<int>(session.visions.size());
    const Exercise* partners = session.plan.with_role(ExerciseRole::Partners);
    const Exercise* subgoals = session.plan.with_role(ExerciseRole::SubGoals);
    for (const FormRecord& form : session.forms) {
        if (partners && form.exercise == partners->id) ++h.partners;
        if (subgoals && form.exercise == subgoals->id) ++h.subgoals;
    }
    return h;
}

}  // namespace kiosk
