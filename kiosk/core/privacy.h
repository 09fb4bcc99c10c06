// What the room may see of a session: the one rule that every reader which shows a session to
// more than the person who wrote it goes through — exports, `kiosk sessions show`, and the
// projector and phones to come (DESIGN.md: privacy is a property of the model, not of a screen).
//
// - A note written during private writing (Note::hidden) is withheld, text and all, until the
//   facilitator reveals the board (board.reveal). Readers say how many are withheld, so nobody
//   mistakes the notes for complete.
// - On an anonymous board (ExerciseState::anonymous) no author is shown.
// The table's own board additionally shows a seat its own face-down cards (ui/board_view).
#pragma once

#include "core/session.h"

#include <string>
#include <vector>

namespace kiosk {

/// Whether the room may read `note` now: false for a private note not yet revealed.
inline bool shown_to_room(const Note& note) { return !note.hidden; }

/// The notes of `column` on board `exercise` that the room may read, in display order.
std::vector<const Note*> room_notes(const Session& session, const std::string& exercise, const std::string& column);

/// How many notes of board `exercise` are withheld from the room (private, not yet revealed).
int withheld_notes(const Session& session, const std::string& exercise);

/// The author of `note` as the room may see it: empty on an anonymous board.
std::string room_author(const Session& session, const Note& note);

}  // namespace kiosk
