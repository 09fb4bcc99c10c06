// What a participant's phone may do (issue 12; kiosk/net/PROTOCOL.md "Sending an action"): on top
// of every rule of the table (lengths, dot budget, the lock), a phone sends only the participant
// part of the catalogue, only for the open session and its current exercise, and changes only
// what it wrote itself. ActionSink applies these to every action from Source::Phone.
#pragma once

#include "core/action.h"
#include "core/session.h"

#include <string>
#include <string_view>

namespace kiosk {

/// True for the types the action catalogue lets Source::Phone send (core/action_catalogue.h, the
/// one list): note.add, note.edit, vote.add, vote.remove, vision.add, vision.edit,
/// checklist.answer — PROTOCOL.md's table, whose fields net/phone_request.cpp reads.
bool phone_may_send(std::string_view type);

/// Why `session` refuses `action` (a cleaned record from a phone, with the "device" and "request"
/// the server put in), or "" when the phone rules let it through. The reasons, translated:
/// the type is not one of phone_may_send(); "device" or "request" is missing; no session is open
/// or the action is for another; the action's exercise (its "exercise" field, or that of the note
/// or vision it names) is not the current exercise; a note.add or vision.add whose "seat", or a
/// vote whose "voter", is not the device; a note.edit or vision.edit of a note or vision whose
/// seat is not the device. A note or vision that does not exist is left to the reducer to refuse.
/// Also refused: a vote on a note this device may not see (another seat's face-down note, one
/// waiting for approval or hidden by the facilitator). A blank note is refused for every source
/// by the catalogue (Check::NotBlank in core/action_catalogue.h), before these rules.
std::string phone_refusal(const Session& session, const Action& action);

/// Drops what a phone must not leave on record: on an anonymous board (ExerciseState::anonymous)
/// a note.add keeps no "author", so turning anonymity off later shows no name it was written
/// without (case K26). Call on a phone's action before it is applied.
void strip_for_phone(const Session& session, Action& action);

/// The key Session::requests holds for an applied phone action: its "device" and "request"
/// together (a request id is the phone's own choice, so another phone may pick the same one and
/// must not be told "duplicate"); "" when the action has no request.
std::string request_key(const Json& action);

}  // namespace kiosk
