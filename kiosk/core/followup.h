// Follow-up sessions (issue 13): a team comes back weeks or months later to see what became of
// its community work and take the next step (METHOD.md steps 5 and 6). A follow-up is an
// ordinary new session whose session.create names the session it follows ("follows"); what it
// carries over is written as ordinary actions right after that session.create, so replay,
// exports, undo and phones need nothing new.
//
// Exercises are found by role (ExerciseRole, core/plan.h), never by id, so any plan can follow
// any other. Carried, from the earlier session into the new plan's exercise of the same role:
//   Community       every record (the chosen community's map), values of the fields both have;
//   CommunityBoard  every note the room may read (core/privacy.h shown_to_room), in the columns
//                   both boards have: text and colour, the author unless the board was anonymous;
//                   never a private, waiting or hidden note;
//   Partners        every record;
//   SubGoals        every record (same ids, so a sub-goal keeps its id along a chain).
// Made from them:
//   Review          one record per carried sub-goal, titled by its text (kReviewSubGoal); the
//                   earlier review's status and next check date are its starting values;
//   ActionPoints    one record per readiness answer "no" or "not yet" of the earlier session:
//                   the question, the answer and the remark.
// A part whose role the new plan lacks is not carried, and CarryOver::missing says so.
#pragma once

#include "core/action.h"
#include "core/plan.h"
#include "core/session.h"
#include "core/timer.h"

#include <string>
#include <vector>

namespace kiosk {

// The fields a Review form has (plan key `role = "review"`, sessions/FORMAT.md).
inline constexpr const char* kReviewSubGoal = "subgoal";      // text: the sub-goal as written
inline constexpr const char* kReviewDone = "done";            // longtext: what was done
inline constexpr const char* kReviewStatus = "status";        // choice, kStatus* ids
inline constexpr const char* kReviewNextCheck = "next_check";  // date: when we look again
// The status choices of a review; a sub-goal achieved or stopped is never overdue.
inline constexpr const char* kStatusNotStarted = "not_started";
inline constexpr const char* kStatusUnderway = "underway";
inline constexpr const char* kStatusAchieved = "achieved";
inline constexpr const char* kStatusStopped = "stopped";

// The fields an ActionPoints form has (plan key `role = "action_points"`).
inline constexpr const char* kPointText = "point";      // text: the readiness question
inline constexpr const char* kPointAnswer = "answer";   // choice: "no" or "not_yet"
inline constexpr const char* kPointRemark = "remark";   // longtext: the remark made then
// and, filled in by the team: "action" (what we do), "who", "status".

/// What a follow-up of `earlier` in `plan` carries: the actions to write after its
/// session.create, and the roles it cannot carry because `plan` has no exercise with them while
/// `earlier` has something to carry for them.
struct CarryOver {
    std::vector<Action> actions;
    std::vector<ExerciseRole> missing;
};

/// The carry-over of `earlier` into the new session `session_id` on `plan`, every action stamped
/// `at`. New ids for notes and made records (new_id); carried form records keep their ids.
CarryOver carry_over(const Session& earlier, const Plan& plan, const std::string& session_id,
                     const ClockReading& at);

/// The roles a follow-up carries, in the order the start screen names them.
const std::vector<ExerciseRole>& carried_roles();

/// The name of a carried part as an untranslated msgid for tr(), e.g. "the partners".
const char* carried_part_name(ExerciseRole role);

/// One sub-goal of a session with the date it is to be checked (issue 13).
struct SubGoalCheck {
    std::string id;          // the SubGoals record's id
    std::string text;        // its "what" (Decision::What field), else its first text value
    std::string check_date;  // YYYY-MM-DD or "": the review's next check, else its own date field
    std::string status;      // the review's status choice id, "" when not reviewed
};

/// The sub-goals of `session` (its SubGoals exercise's records, in order) with their check
/// dates; empty when its plan has no SubGoals role.
std::vector<SubGoalCheck> subgoal_checks(const Session& session);

/// Whether `check` is overdue on `today` (YYYY-MM-DD): a check date before today and a status
/// other than achieved or stopped.
bool overdue(const SubGoalCheck& check, const std::string& today);

}  // namespace kiosk
