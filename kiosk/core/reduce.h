// The reducer: the only code that changes a Session. apply() checks an action against the
// current state and either applies it whole or rejects it with a message (in the user's
// language), leaving the session untouched. Replaying a session's stored actions in order
// rebuilds it exactly, undo and redo stacks included.
//
// Action types and their fields (all strings unless noted; "at" in ms is on every action):
//   session.create  title, date, place, facilitator, plan (the plan snapshot, plan_json.h)
//   session.update  any of title, date, place, facilitator
//   session.close / session.reopen
//   agenda.goto     exercise                      (moves the room; actual minutes are kept;
//                   a countdown running for another exercise pauses where it is)
//   checklist.answer exercise, question, answer ("yes"|"not_yet"|"no"|"none")   [undoable]
//   checklist.remark exercise, question, remark                                 [undoable]
//   note.add        id, exercise, column, text, colour (int, optional), author (optional),
//                   seat (optional: the stable seat id, e.g. "seat-3", that private writing
//                   shows it to) — hidden when the board is in private writing    [undoable]
//   note.edit       id, text                                                    [undoable]
//   note.colour     id, colour (int)                                            [undoable]
//   note.author     id, author                                                  [undoable]
//   note.move       id, column, before (note id, or "" for the end of the column) [undoable]
//   note.delete     id (its votes go with it and come back on undo)             [undoable]
//   note.restore    note (object), index (int), votes (object) — the undo of note.delete
//   group.create    id, exercise, column, name, notes (array of note ids)       [undoable]
//   group.rename    id, name                                                    [undoable]
//   group.dissolve  id (the notes stay, ungrouped)                              [undoable]
//   vote.add        note, voter — refused past the board's budget              [undoable]
//   vote.remove     note, voter — refused when the voter has no dot there      [undoable]
//   board.budget    exercise, votes (int ≥ 1)
//   board.private   exercise, on (bool)
//   board.reveal    exercise (turns every hidden note face-up)
//   board.anonymous exercise, on (bool)
//   vision.add      id, exercise, author (optional), text (optional)           [undoable]
//   vision.edit     id, text  /  vision.author id, author                       [undoable]
//   vision.delete   id                                                          [undoable]
//   writing.phase   exercise, phase (phase id)
//   writing.share   exercise, index (int, which vision is shown large)
//   writing.shared  exercise, text (the group's shared text)                    [undoable]
//   form.add        id, exercise                                                [undoable]
//   form.set        id, field, value                                            [undoable]
//   form.delete     id                                                          [undoable]
//   timer.start     seconds (int > 0, optional: default the current exercise's minutes)
//   timer.pause / timer.resume / timer.reset
//   timer.adjust    seconds (int, e.g. 60 or -60)
//   undo / redo     exercise (optional): the most recent undoable step of that exercise;
//                   without it, of the whole session (older logs, `kiosk apply`)
//
// Undo scope: every undoable step remembers the exercise it changed (its "exercise" field, or
// the exercise of the note, stack, vision or form it names). The kiosk's screens always send
// undo and redo with the exercise on screen, so they never take back a step the room cannot
// see; each exercise keeps its own redo steps (a new step clears only those of its exercise).
// Unscoped undo and redo still take the session's most recent step, so a stored log replays
// exactly as it did before scopes existed.
#pragma once

#include "core/action.h"
#include "core/session.h"

#include <string>

namespace kiosk {

struct ApplyResult {
    bool ok = true;
    std::string error;  // translated message when !ok
    explicit operator bool() const { return ok; }
};

/// Applies `action` to `session`. A "session.create" action must be applied to an empty
/// Session. Text fields must already be clean (clean_action()); over-long or malformed text is
/// rejected, not repaired, so the stored log and the state never disagree.
ApplyResult apply(Session& session, const Action& action);

/// Notices produced while cleaning an action (e.g. "text shortened to 1,000 bytes").
struct CleanNotices {
    bool clamped = false;
    bool repaired = false;
};

/// Puts every text field of `action` through clean_text() with the limit of its kind (a form
/// value takes the kind of its field in `session`'s plan), and fills in a missing "at" with
/// `now_ms`. Call before storing and applying user input (the UI, `kiosk apply`).
CleanNotices clean_action(Action& action, const Session& session, std::int64_t now_ms);

/// True when actions of this type go on the undo stack.
bool is_undoable(const std::string& type);

/// True when an undo (redo) scoped to `exercise` would find a step; "" = any exercise.
bool can_undo(const Session& session, const std::string& exercise);
bool can_redo(const Session& session, const std::string& exercise);

}  // namespace kiosk
