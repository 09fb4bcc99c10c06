// Two sessions side by side (issue 13, "compare two sessions"): a team comes back weeks or months
// later and looks at what moved since — the readiness answers then and now, the community map
// (its strength on the four-step scale, strengths and needs), partners, sub-goals. A plain table
// of sections and rows that the comparison screen (ui/compare_screen.h) and `kiosk sessions
// compare` (app/compare_text.h) lay out; nothing here draws or prints.
//
// Exercises are found by their plan key `role` (core/plan.h ExerciseRole), never by id, so two
// plans — the Dutch and the English bootcamp, or a follow-up plan — compare alike. Within an
// exercise, questions, fields and columns are matched by their ids (stable across the languages
// of one plan); records and notes, which people named, by their text with case folded
// (core/text.h fold_case()). Labels come from the `now` session's plan, else from `then`'s.
//
// Privacy: both sessions are read through core/privacy.h as every reader does — no note the
// room may not read (private before the reveal, waiting, hidden), only counted; no authors at
// all, so none from an anonymous board.
//
// Sub-goals: CompareRow::status_then / status_now hold each session's status of the sub-goal as
// its review records it (a follow-up's exercise with role Review, core/followup.h
// subgoal_checks), in the words of the review's status choice; "" where that session did not
// review it. The screen and the text show a status under the value when there is one.
#pragma once

#include "core/session.h"

#include <string>
#include <vector>

namespace kiosk {

/// What happened to a row's value between `then` and `now`. Not by colour alone: the screen
/// and the text show each with a word or sign (ui/compare_screen.h).
enum class Change {
    Same,     // equal in both
    Changed,  // both have a value, they differ (no order to say which way)
    Up,       // moved towards the stronger end: a readiness answer towards "yes", a step up the
              // strength scale, more "yes" in the tally
    Down,     // the other way
    Added,    // only `now` has it
    Removed,  // only `then` has it
};

/// The Change's stable English word ("same", "changed", "up", "down", "added", "removed").
const char* to_string(Change change);
/// The words that mark a change for people, translated with tr(): "changed", "forward" (Up),
/// "back" (Down), "new", "no longer"; "" for Change::Same.
const char* change_label(Change change);

/// One line of the comparison: a label (a question, a field, a column, a partner's or a
/// sub-goal's name) with each session's value as people read it; "" = nothing there.
struct CompareRow {
    std::string label;
    std::string then, now;
    Change change = Change::Same;
    /// Sub-goals only: each session's status of this sub-goal (see the header), "" = none.
    std::string status_then, status_now;
};

enum class CompareTopic { Readiness, Community, StrengthsNeeds, Partners, SubGoals };

struct CompareSection {
    CompareTopic topic = CompareTopic::Readiness;
    const char* title = "";  // an untranslated msgid for tr()
    /// The exercise's title in `now`'s plan, else in `then`'s; "" when neither has one.
    std::string exercise_title;
    /// This session's plan has no exercise of the section's role: its column says so, instead
    /// of looking as if nothing was filled in.
    bool missing_then = false, missing_now = false;
    std::vector<CompareRow> rows;
};

/// Who, where and when, for a column's heading.
struct CompareSide {
    std::string id, title, date, place;
};

struct Comparison {
    CompareSide then, now;
    std::vector<CompareSection> sections;  // in CompareTopic order, every topic once
    /// True when some sub-goal row has a status (the screen shows the status column then).
    bool has_status() const;
};

/// Compares `then` (the earlier session) with `now`. Labels, answers and value words ("Yes", a
/// tally) are translated with tr() in the calling thread's language; plan texts and what people
/// typed are as stored. Rows per section:
///  - Readiness: each question (by id) with its answer, then a tally row (yes, not yet, no);
///  - Community: each field of the map's first record (the chosen community), choices by label,
///    the strength scale Up/Down by its steps;
///  - StrengthsNeeds: per column, each note the room may read (by text), then a row of the
///    private notes not revealed when there are any (counted, never read);
///  - Partners: each partner by name (record_title's field, core/form_value.h), its one-line
///    fields as "Label: value" lines;
///  - SubGoals: each sub-goal by its text, its one-line fields (who, when) as for partners.
Comparison compare_sessions(const Session& then, const Session& now);

}  // namespace kiosk
