// The action catalogue: the one description of every action type (README "Action format").
// For each type it lists the fields with their JSON type, whether they are required, their
// limits (text kind and byte limit from core/text.h, whole-number ranges), how they are cleaned
// on the way in, whether the type is undoable, and which sources may send it. Validation
// (validate()), cleaning (clean_action()), the reducer's dispatch and is_undoable()
// (core/reduce.cpp), `kiosk apply`'s messages and the README table all read it, so they cannot
// drift apart; tests/core/action_catalogue_test.cpp checks the reducer, the typed actions
// (core/actions.h) and the README against it.
//
// New input and stored logs are treated differently on purpose: validate() refuses anything
// the catalogue does not describe (an unknown field, a wrong type, a source that may not send
// the type), but replaying a stored log never calls it. The reducer alone decides on replay,
// and it still accepts every record that earlier versions stored.
#pragma once

#include "core/action.h"
#include "core/text.h"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

/// Who submits an action. Table is what participants do with their hands at the table's
/// screens; Facilitator is the facilitator console behind the PIN (ui/facilitator_screen.h),
/// which alone sends the facilitator's settings (timer, dots, privacy, authors, closing the
/// session; issue 11); Phone is a participant's phone, which gets only what a participant does
/// at the table with their own hands (adding and editing notes and visions, dots, answers, form
/// boxes); CommandLine is `kiosk apply`.
enum class Source { Table, Facilitator, Phone, CommandLine };

/// The JSON type of a field.
enum class FieldType { Text, Int, Bool, Array, Object };

/// How a field is cleaned before it is validated and applied (clean_action()).
enum class Clean {
    None,        // taken as sent: ids and names from the plan, compared byte for byte
    Text,        // clean_text() with the field's kind: NFC, control characters, cut to the limit
    FormValue,   // clean_text() with the kind of the form field it fills (a form box or a line)
    FormValues,  // each string of the object, by the kind of the form field its key names
};

/// What new input of a text field must also be, after cleaning (validate(); issue 14). A stored
/// log replays without these checks, so records that older versions accepted still apply.
enum class Check {
    None,
    NotBlank,  // more than white space (a note, a session's title)
    Date,      // a real calendar date YYYY-MM-DD (core/date.h), or "" for none
};

/// One field of an action type.
struct FieldSpec {
    std::string name;
    FieldType type = FieldType::Text;
    bool required = true;
    /// Text: the byte limit (max_bytes(kind)); Array/Object: the limit of each text inside.
    TextKind kind = TextKind::Line;
    Clean clean = Clean::None;
    /// Int: the allowed range, both ends included.
    std::int64_t min = std::numeric_limits<std::int64_t>::min();
    std::int64_t max = std::numeric_limits<std::int64_t>::max();
    /// Array/Object: every element (value) must be text.
    bool texts_inside = false;
    Check check = Check::None;
    /// Check::NotBlank: the message (msgid) that refuses a blank value, e.g. "A note needs some text."
    const char* blank_message = nullptr;
    /// README words on the field's meaning (English, for programmers).
    std::string doc;
};

/// One action type.
struct ActionSpec {
    std::string type;
    std::vector<FieldSpec> fields;
    bool undoable = false;
    unsigned sources = 0;  // bit (1 << Source) per source that may send it; 0 = written by undo only
    std::string doc;       // README words on what it does (English)
    /// Participants' input (notes, stacks, dots, visions, answers, forms, undo of them), as opposed
    /// to a facilitator setting: refused from the Table and Phones while the table is locked
    /// (Session::input_locked(), checked in ActionSink; issue 11).
    bool participant = false;
};

/// Every action type, in README order. The table is constant data built on first use.
const std::vector<ActionSpec>& action_catalogue();

/// The entry of `type`, or nullptr for an unknown type.
const ActionSpec* find_action_spec(std::string_view type);

/// The field `name` of `spec`, or nullptr.
const FieldSpec* find_field(const ActionSpec& spec, std::string_view name);

/// True when `source` may send actions of `spec`'s type.
bool may_send(const ActionSpec& spec, Source source);

/// True when an action of `spec` from `source` is refused while the table is locked: a
/// participant action (ActionSpec::participant) from the Table or a Phone. A facilitator's device
/// and the command line are never locked out.
bool locked_out(const ActionSpec& spec, Source source);

/// Fields every action has next to its own: "type", "session" and "at", and the optional
/// "source", "device" and "request" a phone's action carries (README "Action format";
/// kiosk/net/PROTOCOL.md: the server puts them in, so the store's log says which phone sent what
/// and a retry of "request" applies once).
bool is_common_field(std::string_view name);

/// Checks new input `action` (a whole record, after clean_action()) against the catalogue for
/// `source`: an object with a known type that the source may send, every required field there
/// (the common fields "session", optional "at", "source", "device", "request" included),
/// every field of its JSON type and within its limits and checks (Check), no field the type does
/// not have. Returns
/// "" when it passes, else one translated message that names the field and the type, e.g.
/// "The field "text" of note.add is missing." Whether the ids exist is the reducer's business.
std::string validate(const Json& action, Source source);

/// The README's action table (Markdown, with its header rows), made from the catalogue.
std::string catalogue_markdown();

}  // namespace kiosk
