// What a session holds, counted for the archive's rows (issue 13 "Archive"): its notes, visions,
// partners and SMART sub-goals, so the list needs no replay of the log.
#pragma once

#include "core/session.h"

namespace kiosk {

struct Holdings {
    int notes = 0;     ///< sticky notes on every board (hidden and moderated ones too)
    int visions = 0;   ///< written visions (Writing exercises), not the shared text
    int partners = 0;  ///< form records of the partner-power exercise(s)
    int subgoals = 0;  ///< form records of the SMART sub-goal exercise(s)
};

/// Counts `session`'s items. Which exercise holds partners and which sub-goals is the one rule
/// of exercise_role() below.
Holdings holdings_of(const Session& session);

enum class ExerciseRole { Other, Partners, SubGoals };

/// The role of a form exercise for the counts. Until the plan says it itself, the shipped plans'
/// exercise ids decide: "partners" (partner power, Worksheets 4–5) and "goals" (SMART sub-goals).
ExerciseRole exercise_role(const Exercise& exercise);

}  // namespace kiosk
