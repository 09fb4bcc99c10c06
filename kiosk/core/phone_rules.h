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

/// True for the types of PROTOCOL.md's table, the only ones a phone may send: note.add,
/// note.edit, vote.add, vote.remove, vision.add, vision.edit, checklist.answer.
bool phone_may_send(std::string_view type);

/// Why `session` refuses `action` (a cleaned record from a phone, with the "device" and "request"
/// the server put in), or "" when the phone rules let it through. The reasons, translated:
/// the type is not one of phone_may_send(); "device" or "request" is missing; no session is open
/// or the action is for another; the action's exercise (its "exercise" field, or that of the note
/// or vision it names) is not the current exercise; a note.add or vision.add whose "seat", or a
/// vote whose "voter", is not the device; a note.edit or vision.edit of a note or vision whose
/// seat is not the device. A note or vision that does not exist is left to the reducer to refuse.
std::string phone_refusal(const Session& session, const Action& action);

}  // namespace kiosk
