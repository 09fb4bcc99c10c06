// The reducer: the only code that changes a Session. apply() checks an action against the
// current state and either applies it whole or rejects it with a message (in the user's
// language), leaving the session untouched. Replaying a session's stored actions in order
// rebuilds it exactly, undo and redo stacks included.
//
// The action types, their fields, limits, cleaning and undo: the action catalogue
// (core/action_catalogue.h), from which the README table is made. Notes on what some do:
//   agenda.goto moves the room; actual minutes are kept, and a countdown running for another
//   exercise pauses where it is. note.restore is only ever written by undo of note.delete.
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
#include <vector>

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
    /// Adds the notices of another action (a batch reports what any of its actions had).
    void include(const CleanNotices& other) {
        clamped = clamped || other.clamped;
        repaired = repaired || other.repaired;
    }
};

/// Cleans every field of `action` by its catalogue rule (core/action_catalogue.h: text through
/// clean_text() with the limit of its kind; a form value takes the kind of its field in
/// `session`'s plan), and fills in a missing "at" with `now_ms`. Call before storing and applying user input (the UI, `kiosk apply`).
CleanNotices clean_action(Action& action, const Session& session, std::int64_t now_ms);

/// The checks of new input that need `session` (validate() does the others): a value for a date
/// box of the plan's form (FieldKind::Date, in form.set or form.add) must be a real date or ""
/// (core/date.h; issue 14). Returns "" when `action` passes, else the translated refusal. Like
/// validate(), for new input only: a stored log replays without it.
std::string check_input(const Action& action, const Session& session);

/// True when actions of this type go on the undo stack (the catalogue's "undoable").
bool is_undoable(const std::string& type);

/// Every action type apply() has code for, sorted (a test holds it equal to the catalogue).
std::vector<std::string> handled_action_types();

/// True when an undo (redo) scoped to `exercise` would find a step; "" = any exercise.
bool can_undo(const Session& session, const std::string& exercise);
bool can_redo(const Session& session, const std::string& exercise);

}  // namespace kiosk
