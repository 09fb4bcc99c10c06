// What the room may see of a session: the one rule that every reader which shows a session to
// more than the person who wrote it goes through — exports, `kiosk sessions show`, and the
// projector and phones to come (DESIGN.md: privacy is a property of the model, not of a screen).
//
// - A note written during private writing (Note::hidden) is withheld, text and all, until the
//   facilitator reveals the board (board.reveal). Readers say how many are withheld, so nobody
//   mistakes the notes for complete.
// - A note the facilitator has not approved yet (a phone's, while phones wait for approval) or
//   has hidden (Note::moderation, issue 12) is kept but not read by the room; exports list it as
//   waiting or hidden.
// - On an anonymous board (ExerciseState::anonymous) no author is shown.
// - Who voted for what is never shown to the room; dot totals only while the facilitator shows
//   them (ExerciseState::totals_shown).
// - A vision (Writing exercise) is read by the room only while it is the one being shared: its
//   exercise is in the share step and the facilitator has come to it (ExerciseState::share_index).
// The table's own board additionally shows a seat its own face-down cards (ui/board_view).
#pragma once

#include "core/session.h"

#include <string>
#include <vector>

namespace kiosk {

/// Whether the room may read `note` now: false for a private note not yet revealed, and for a
/// note the facilitator has not approved or has hidden (Note::moderation other than Shown).
inline bool shown_to_room(const Note& note) { return !note.hidden && note.moderation == Moderation::Shown; }

/// The notes of `column` on board `exercise` that the room may read, in display order.
std::vector<const Note*> room_notes(const Session& session, const std::string& exercise, const std::string& column);

/// The notes of `column` on board `exercise` that the table's board draws, in display order: all
/// but those the facilitator has not approved or has hidden (Note::moderation). Private notes are
/// among them: the table, a shared screen, draws them face-down (ui/board_view).
std::vector<const Note*> table_notes(const Session& session, const std::string& exercise, const std::string& column);

/// How many notes of board `exercise` are withheld from the room because they are private and
/// not yet revealed (Note::hidden), whatever their moderation: a private note is never read by
/// anyone but its author before the reveal, so readers only count it.
int withheld_notes(const Session& session, const std::string& exercise);

/// The notes of `column` on board `exercise` that the facilitator has not approved yet or has
/// hidden (Note::moderation other than Shown), not private (those are withheld), in display
/// order: kept, and listed as what they are by the exports, never shown to the room.
std::vector<const Note*> moderated_notes(const Session& session, const std::string& exercise, const std::string& column);

/// How many notes of board `exercise` wait for the facilitator's approval (Moderation::Waiting),
/// not counting private ones (withheld_notes()).
int waiting_notes(const Session& session, const std::string& exercise);

/// How many notes of board `exercise` the facilitator has hidden (Moderation::Hidden), not
/// counting private ones (withheld_notes()).
int hidden_notes(const Session& session, const std::string& exercise);

/// The author of `note` as the room may see it: empty on an anonymous board.
std::string room_author(const Session& session, const Note& note);

/// The dots on `note` as the room may see them: the total over all voters while its board's
/// totals are shown, else -1 (nothing to show). Never who placed them.
int room_vote_total(const Session& session, const Note& note);

/// The three steps of a Writing exercise (plan.h: write, share, compose).
enum class WritingStep { Write, Share, Compose };

/// The phase `state` is in on Writing exercise `exercise` (the first when unset or unknown);
/// nullptr when the exercise has no phases.
const Phase* current_phase(const Exercise& exercise, const ExerciseState& state);

/// The step of that phase: by its id ("write", "share", "compose"), else by its position (a plan
/// may name its phases in its own language; the second is sharing, the third composing).
WritingStep writing_step(const Exercise& exercise, const ExerciseState& state);

/// The visions written for Writing exercise `exercise`, in the order they are shared.
std::vector<const Vision*> visions_of(const Session& session, const std::string& exercise);

/// The vision the room may read now on Writing exercise `exercise`: in the share step, the one at
/// the shared position (clamped to the visions there are); nullptr in any other step, on another
/// kind of exercise or with no visions. `position` (optional) gets its 0-based place.
const Vision* room_vision(const Session& session, const Exercise& exercise, int* position = nullptr);

}  // namespace kiosk
