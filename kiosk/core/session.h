// A session: one workshop as it ran — its plan (snapshotted at the start), who ran it, where and
// when, where the room is in the agenda, and everything the room produced. The session is the
// result of applying its actions in order (see action.h and reduce.h); nothing changes it
// otherwise, so the store, a second screen or another table rebuild the same state from the
// same actions.
#pragma once

#include "core/action.h"
#include "core/plan.h"
#include "core/timer.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace kiosk {

/// Readiness-check answer (METHOD.md step 1): yes / not yet / no, or not answered yet.
enum class Answer { None, Yes, NotYet, No };
const char* to_string(Answer answer);  // "none", "yes", "not_yet", "no"
bool parse_answer(const std::string& word, Answer& out);
/// The answer as people read it, translated: "Yes", "Not yet", "No", "Not answered".
const char* answer_label(Answer answer);

struct ChecklistAnswer {
    Answer answer = Answer::None;
    std::string remark;  // optional, TextKind::Note
};

/// The note colours: a small palette that stays distinct for colour-blind viewers (the UI maps
/// the index to a colour; exports name it).
inline constexpr int kNoteColours = 6;

/// A sticky note on a board exercise.
/// Whether the room may see a note, as the facilitator moderates it (note.approve, note.hide,
/// note.unhide; issue 12).
enum class Moderation { Shown, Waiting, Hidden };
const char* to_string(Moderation moderation);  // "shown", "waiting", "hidden"
bool parse_moderation(const std::string& word, Moderation& out);

struct Note {
    std::string id;
    std::string exercise;  // board exercise id
    std::string column;    // column id within that exercise
    std::string text;      // TextKind::Note
    int colour = 0;        // 0 .. kNoteColours-1
    std::string author;    // optional name or seat, TextKind::Line
    /// The stable id of the seat that wrote it (e.g. "seat-3"), "" when not written at a seat.
    /// Private writing shows a face-down note to this seat: never to a label, which is
    /// translated and editable.
    std::string seat;
    std::string group;     // id of the group (stack) it sits in, empty when ungrouped
    bool hidden = false;   // written in a private phase: face-down until the board is revealed
    /// The facilitator's moderation (issue 12): a phone's note waits for approval while the
    /// session asks for it (Session::phone_approval); any note can be hidden and shown again.
    /// Only Shown notes are read by the room (core/privacy.h); the others are kept and exported
    /// as what they are.
    Moderation moderation = Moderation::Shown;
    std::int64_t created_ms = 0;  // wall clock, ms since the Unix epoch
};

/// A named stack of notes within one column.
struct NoteGroup {
    std::string id;
    std::string exercise;
    std::string column;
    std::string name;  // TextKind::Line
};

/// One participant's text of a Writing exercise (Worksheet 1: the vision).
struct Vision {
    std::string id;
    std::string exercise;
    std::string author;  // optional name or seat, TextKind::Line
    std::string text;    // TextKind::Document
    /// The stable id of the seat or phone that wrote it ("p-…" for a phone, core/phone_view.h),
    /// "" when unknown: a phone may edit only its own vision, and counts as handed in by it.
    std::string seat;
};

/// One filled-in form (a community map, a partner-power record, a SMART sub-goal). Values are
/// keyed by field id; a MultiChoice value holds the chosen choice ids joined by ','.
struct FormRecord {
    std::string id;
    std::string exercise;
    std::map<std::string, std::string> values;
};

/// Per-exercise state that is not a list of items.
struct ExerciseState {
    std::int64_t active_ms = 0;        // time spent in this exercise before the current visit
    std::map<std::string, ChecklistAnswer> answers;  // Checklist, by question id
    std::string phase;                 // Writing: current phase id ("" = the first)
    int share_index = 0;               // Writing: the vision shown large in the share phase
    std::string shared_text;           // Writing: the group's shared text, TextKind::Document
    int votes_per_person = -1;         // Board: -1 = the plan's default
    bool private_writing = false;      // Board: new notes are hidden until revealed
    bool anonymous = false;            // Board: authors not shown or exported
    bool totals_shown = false;  // Board: vote totals shown on shared screens
    /// The facilitator's "Lock when time is up" for this exercise (timer.lock_at_end, issue 11);
    /// unset: the plan key Exercise::lock_at_end decides. See Session::locks_at_end().
    std::optional<bool> lock_at_end;
};

enum class SessionStatus { Open, Closed };

struct Session {
    std::string id;
    std::string title;        // TextKind::Line
    std::string date;         // ISO 8601 YYYY-MM-DD
    std::string place;        // TextKind::Line
    std::string facilitator;  // TextKind::Line
    Plan plan;                // snapshot taken when the session was created
    /// The earlier session this one follows up (session.create "follows", core/followup.h); "".
    std::string follows;
    SessionStatus status = SessionStatus::Open;
    std::int64_t created_ms = 0;
    std::int64_t updated_ms = 0;  // time of the last applied action

    std::size_t current = 0;          // index of the current exercise in plan.agenda
    std::int64_t entered_ms = 0;      // wall time the current exercise was entered
    std::int64_t entered_mono_ms = 0; // and the monotonic reading then, within entered_run
    std::string entered_run;          // "" when entered by an action without "run" (core/timer.h)
    ClockReading entered() const { return {entered_ms, entered_mono_ms, entered_run}; }
    void set_entered(const ClockReading& at) {
        entered_ms = at.wall_ms;
        entered_mono_ms = at.mono_ms;
        entered_run = at.run;
    }
    std::map<std::string, ExerciseState> exercises;  // by exercise id
    std::vector<Note> notes;          // in display order within each column
    /// Position of each note in `notes`, kept by the reducer so look-ups stay O(1) with
    /// thousands of notes. A stale entry only costs speed: find_note() checks and falls back.
    std::unordered_map<std::string, std::size_t> note_index;
    std::vector<NoteGroup> groups;
    std::map<std::string, std::map<std::string, int>> votes;  // note id → voter → dots
    /// Dots each voter has placed per board (exercise id → voter → dots): the sum of `votes`
    /// over the board's notes, kept by the reducer so a budget check does not scan every note.
    std::map<std::string, std::map<std::string, int>> dots_used;
    std::vector<Vision> visions;
    std::vector<FormRecord> forms;
    TimerRecord timer;
    /// The facilitator locked the table (table.lock, until table.unlock): participants' input is
    /// off while the facilitator speaks. See input_locked().
    bool table_locked = false;
    /// table.unlock came after the timer ran out: the lock at time's end (Exercise::lock_at_end)
    /// stays lifted for the rest of this timer run. timer.start and timer.reset (a new run) clear it.
    bool end_lock_lifted = false;
    /// Phones' notes wait for the facilitator's approval before the room sees them
    /// (phones.approval, issue 12); off: they appear at once, like the table's.
    bool phone_approval = false;
    /// The "request" ids of every phone action applied (kiosk/net/PROTOCOL.md): a retry of one
    /// is refused as a duplicate (SubmitResult::duplicate), so a phone's action applies once.
    /// Rebuilt by replaying the log, like everything else here.
    std::unordered_set<std::string> requests;

    std::vector<UndoStep> undo;  // most recent last; at most kUndoDepth
    std::vector<UndoStep> redo;

    // Look-ups (nullptr when absent).
    const Exercise* current_exercise() const;
    const Note* find_note(const std::string& id) const;
    /// Position of a note in `notes`, or notes.size() when absent.
    std::size_t note_position(const std::string& id) const;
    const NoteGroup* find_group(const std::string& id) const;
    const Vision* find_vision(const std::string& id) const;
    const FormRecord* find_form(const std::string& id) const;
    const ExerciseState& state_of(const std::string& exercise_id) const;

    /// Notes of one column, in display order.
    std::vector<const Note*> notes_in(const std::string& exercise, const std::string& column) const;
    /// Dots on a note, over all voters.
    int votes_on(const std::string& note_id) const;
    /// Dots a voter has placed on the notes of one board exercise.
    int votes_by(const std::string& exercise, const std::string& voter) const;
    /// The dot budget per voter on a board (the session's setting, else the plan's).
    int vote_budget(const std::string& exercise) const;
    /// Time spent in an exercise up to `now`, including the current visit, whose time passed is
    /// worked out by the rule for time (core/timer.h: the monotonic clock within one run).
    std::int64_t actual_ms(const std::string& exercise, const ClockReading& now) const;
    /// As above at wall time `now_ms` alone (a reading without a run).
    std::int64_t actual_ms(const std::string& exercise, std::int64_t now_ms) const;
    /// Checklist tally: how many questions are answered yes / not yet / no.
    struct Tally { int yes = 0, not_yet = 0, no = 0, open = 0; };
    Tally tally(const std::string& exercise) const;
    /// Whether the countdown's end locks the table in `exercise` (issue 11): the facilitator's
    /// timer.lock_at_end (ExerciseState::lock_at_end) when sent, else the plan key
    /// Exercise::lock_at_end; false for an exercise the plan does not have.
    bool locks_at_end(const Exercise& exercise) const;
    /// True when participants' input is off at wall time `now_ms` (ms since the Unix epoch), the
    /// rule of issue 11: the facilitator locked the table (table_locked), or the current exercise
    /// locks at its end (locks_at_end()) and the timer, started for that exercise, has run out at `now_ms`
    /// (remaining_at() <= 0, paused or running) and no table.unlock came after the end
    /// (end_lock_lifted). Derived, not stored: no action is written at the moment of the end, so
    /// a replayed log and a restarted kiosk agree. While true, ActionSink refuses participant
    /// actions from the table and phones (ActionSpec::participant, core/action_catalogue.h).
    /// With both clocks' readings `now` (timer_at(), core/timer.h), as the countdown shows it.
    bool input_locked(const ClockReading& now) const;
    bool input_locked(std::int64_t now_ms) const;
    /// The subject that heads a board (Exercise::subject, e.g. the community named in the map);
    /// empty when the plan names none or it is not filled in yet.
    std::string board_subject(const Exercise& board) const;
};

/// The planned time of exercise `ex` in seconds: the current phase's minutes for a Writing
/// exercise whose phase is timed (e.g. 10 of the vision's 50), else the exercise's planned
/// minutes. What the table's countdown and a phone's show before the timer is started.
int planned_seconds(const Session& session, const Exercise& ex);

}  // namespace kiosk
