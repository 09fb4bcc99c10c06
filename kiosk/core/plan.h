// A plan: the agenda of a workshop, as read from a file in sessions/ and snapshotted into each
// session when it starts (so later edits of the file never change an old session).
//
// The exercise kinds follow the worksheets of the OF/BY/FOR ALL method (see METHOD.md):
//   Checklist — the readiness check (six yes / not yet / no questions for the team);
//   Writing   — Worksheet 1, vision writing (write, share one by one, compose the shared vision);
//   Board     — sticky-note columns: existing vs desired communities, strengths vs needs
//               (Worksheet 2), the OF/BY/FOR matrix (Worksheet 3);
//   Form      — named fields: the community map (Worksheet 2), partner power (Worksheets 4–5),
//               SMART sub-goals;
//   Info      — a slide of text (welcome, the principle, a break).
// Plain data with no behaviour beyond look-ups; validation lives in plans/.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

enum class ExerciseKind { Checklist, Writing, Board, Form, Info };

/// The plan-file spelling of each kind: "checklist", "writing", "board", "form", "info".
const char* to_string(ExerciseKind kind);
/// Parses the plan-file spelling; returns false (and leaves `out` alone) for an unknown word.
bool parse_exercise_kind(const std::string& word, ExerciseKind& out);

/// A checklist question (readiness check). `id` is stable across languages of the same plan.
struct Question {
    std::string id;
    std::string text;
    std::string hint;  // optional: one sentence that explains the question
};

/// A board column, e.g. "Sterktes" with a hint and an example note shown on demand.
struct Column {
    std::string id;
    std::string title;
    std::string hint;     // optional
    std::string example;  // optional
};

/// One option of a Choice / MultiChoice / Scale field, e.g. a step of the four-step
/// connection-strength scale of Worksheet 2.
struct Choice {
    std::string id;
    std::string label;
    std::string hint;  // optional
};

enum class FieldKind {
    Text,         // one line (a name)
    LongText,     // a paragraph (challenges, values…)
    Choice,       // exactly one of `choices`
    MultiChoice,  // any of `choices` (connection: geography / identity / interest)
    Scale,        // one of `choices`, ordered weakest to strongest
    Date,         // ISO 8601 date, YYYY-MM-DD
};

const char* to_string(FieldKind kind);
bool parse_field_kind(const std::string& word, FieldKind& out);

/// Plan key `decision` of a form field: which line of the "what we decided" block that leads
/// the session notes (export/document.h) the field's value fills. The plan says it, so the
/// export needs no list of exercise or field ids.
enum class Decision {
    None,
    Community,  // the community the team chose (the map's name)
    FirstStep,  // the first small step
    Who,        // who does it (with What and When of the same record: who does what by when)
    What,
    When,
};

/// The plan-file spelling: "community", "first_step", "who", "what", "when" ("" for None).
const char* to_string(Decision decision);
/// Parses the plan-file spelling; returns false (and leaves `out` alone) for an unknown word.
bool parse_decision(const std::string& word, Decision& out);

/// Plan key `role` of an exercise: what the exercise holds for the rest of the kiosk, so code
/// finds "the sub-goals" of any plan by role, never by exercise id (issue 13: a follow-up session
/// carries them into another plan). At most one exercise of a plan has each role.
enum class ExerciseRole {
    None,
    Readiness,       // the readiness check (a checklist): its "no" and "not yet" become action points
    Community,       // the chosen community's map (a form; its record is carried into a follow-up)
    CommunityBoard,  // the map's strengths and needs (a board; its shown notes are carried)
    Partners,        // partner power records (a repeatable form; carried)
    SubGoals,        // the SMART sub-goals (a repeatable form; carried, reviewed, checked when due)
    Review,          // a follow-up's review of each carried sub-goal (core/followup.h names its fields)
    ActionPoints,    // a follow-up's action points from readiness answers (core/followup.h)
};

/// The plan-file spelling: "readiness", "community", "community_board", "partners", "sub_goals",
/// "review", "action_points" ("" for None).
const char* to_string(ExerciseRole role);
/// Parses the plan-file spelling; returns false (and leaves `out` alone) for an unknown word.
bool parse_exercise_role(const std::string& word, ExerciseRole& out);

/// The method's steps (METHOD.md "The steps"): plan key `step` of an exercise, 1..kMethodSteps.
inline constexpr int kMethodSteps = 6;
/// The name of method step 1..kMethodSteps as an untranslated msgid for tr(); "" outside.
const char* method_step_name(int step);

/// The exercise kind a role belongs to: Checklist for Readiness, Board for CommunityBoard, Form
/// for the others; Info for None. The plan loader refuses a role on another kind.
ExerciseKind role_kind(ExerciseRole role);

/// A field of a Form exercise. `support` holds the supporting questions shown one tap away
/// (Worksheet 5 lists them for each box of the partner-power form).
struct Field {
    std::string id;
    std::string label;
    FieldKind kind = FieldKind::Text;
    std::string hint;                  // optional
    std::vector<Choice> choices;       // Choice, MultiChoice and Scale only
    std::vector<std::string> support;  // optional supporting questions
    bool required = false;
    Decision decision = Decision::None;  // optional plan key `decision`
};

/// A phase of a Writing exercise: "write" (timed, each participant alone), "share" (each text
/// shown large in turn), "compose" (the group writes one shared text).
struct Phase {
    std::string id;
    std::string title;
    std::string prompt;
    int minutes = 0;  // 0 = untimed
};

struct Exercise {
    std::string id;     // unique within the plan, e.g. "visie"
    ExerciseKind kind = ExerciseKind::Info;
    std::string title;
    std::string prompt;  // what the room is asked to do, shown throughout the exercise
    int minutes = 0;     // planned duration in minutes, > 0
    /// Plan key `lock_at_end`: participants' input locks when this exercise's countdown runs out,
    /// until the facilitator unlocks (Session::input_locked()).
    bool lock_at_end = false;
    /// Plan key `step`: the method step (1..kMethodSteps) this exercise belongs to, named in the
    /// session notes' headings; 0 = none (a welcome, a break).
    int step = 0;
    /// Plan key `role`: what this exercise holds for follow-ups (ExerciseRole); None = nothing.
    ExerciseRole role = ExerciseRole::None;

    std::vector<std::string> rules;  // Writing (and others): rules kept on screen
    std::vector<Question> questions; // Checklist
    int pass_count = 0;              // Checklist: "yes" answers needed for a go-ahead
    std::vector<Phase> phases;       // Writing
    std::vector<Column> columns;     // Board
    std::string subject;  // Board: "exercise.field" whose value fills the heading, e.g. the
                          // community named in the map heads the OF/BY/FOR matrix
    int votes_per_person = 0;        // Board: default dot-voting budget, 0 = no voting
    std::vector<Field> fields;       // Form
    bool repeatable = false;         // Form: several records (several partners, several goals)

    const Column* find_column(const std::string& column_id) const;
    const Field* find_field(const std::string& field_id) const;
};

/// A facilitator card: background the facilitator can open from any exercise (tips, listening
/// tips, the six community archetypes, the four ingredients of a sense of community).
struct Card {
    std::string id;
    std::string title;
    std::vector<std::string> items;
};

struct Plan {
    std::string id;        // e.g. "bootcamp"
    std::string language;  // "nl" or "en"
    std::string title;
    std::string description;
    std::vector<Exercise> agenda;
    std::vector<Card> cards;

    /// The exercise with this id, or nullptr.
    const Exercise* find(const std::string& exercise_id) const;
    /// The exercise with this role (the first, should a plan have two), or nullptr; nullptr for
    /// ExerciseRole::None.
    const Exercise* with_role(ExerciseRole role) const;
    /// Sum of the planned minutes of the agenda.
    int planned_minutes() const;
};

}  // namespace kiosk
