#include "core/phone_rules.h"

#include "core/action_catalogue.h"
#include "core/i18n.h"
#include "core/privacy.h"

#include <algorithm>
#include <iterator>

namespace kiosk {
namespace {

std::string text_of(const Json& data, const char* key) {
    auto it = data.find(key);
    return it != data.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// The exercise an action works in: its own "exercise" field, else that of the note (by "id" or,
/// for a vote, "note") or the vision it names; "" when that item does not exist.
std::string exercise_of(const Session& session, const std::string& type, const Json& data) {
    if (data.contains("exercise")) return text_of(data, "exercise");
    if (type.rfind("vision.", 0) == 0) {
        const Vision* v = session.find_vision(text_of(data, "id"));
        return v ? v->exercise : std::string();
    }
    const Note* n = session.find_note(text_of(data, type.rfind("vote.", 0) == 0 ? "note" : "id"));
    return n ? n->exercise : std::string();
}

/// The seat that owns what the action changes or creates: the new item's "seat", a vote's
/// "voter", or the seat of the note or vision edited. `known` is false when that item is absent.
std::string owner_of(const Session& session, const std::string& type, const Json& data, bool& known) {
    known = true;
    if (type == "note.add" || type == "vision.add") return text_of(data, "seat");
    if (type == "vote.add" || type == "vote.remove") return text_of(data, "voter");
    if (type == "note.edit") {
        const Note* n = session.find_note(text_of(data, "id"));
        known = n != nullptr;
        return n ? n->seat : std::string();
    }
    if (type == "vision.edit") {
        const Vision* v = session.find_vision(text_of(data, "id"));
        known = v != nullptr;
        return v ? v->seat : std::string();
    }
    return {};  // checklist.answer: the room's answer, nobody's own
}

bool has_owner(const std::string& type) { return type != "checklist.answer"; }

}  // namespace

bool phone_may_send(std::string_view type) {
    const ActionSpec* spec = find_action_spec(type);
    return spec && may_send(*spec, Source::Phone);
}

std::string phone_refusal(const Session& session, const Action& action) {
    const Json& data = action.data;
    const std::string type = text_of(data, "type");
    if (!phone_may_send(type)) return tr("A phone cannot send this.");
    const std::string device = text_of(data, "device");
    if (device.empty() || text_of(data, "request").empty()) return tr("A phone's action needs its device and request.");
    if (session.id.empty() || session.status != SessionStatus::Open || text_of(data, "session") != session.id)
        return tr("No session is open.");
    const Exercise* here = session.current_exercise();
    const std::string exercise = exercise_of(session, type, data);
    if (!exercise.empty() && (!here || here->id != exercise)) return tr("The exercise has moved on.");
    if (!here && exercise.empty()) return tr("The exercise has moved on.");
    bool known = true;
    const std::string owner = owner_of(session, type, data, known);
    if (has_owner(type) && known && owner != device) return tr("A phone can change only what it wrote itself.");
    // One vision per phone and exercise: the page hands in once and edits after that, and the
    // table counts phones that handed in by their visions (issue 12, presence).
    if (type == "vision.add") {
        for (const Vision* v : visions_of(session, exercise))
            if (v->seat == device) return tr("This phone has handed in already; it can change what it wrote.");
    }
    if (type == "vote.add") {
        const Note* n = session.find_note(text_of(data, "note"));
        const bool own = n && n->seat == device;
        if (n && !own && !shown_to_room(*n))
            return tr("This note cannot be voted on yet.");
    }
    return {};
}

void strip_for_phone(const Session& session, Action& action) {
    if (text_of(action.data, "type") != "note.add") return;
    if (session.state_of(text_of(action.data, "exercise")).anonymous) action.data.erase("author");
}

std::string request_key(const Json& action) {
    auto request = action.find("request");
    if (request == action.end() || !request->is_string()) return {};
    auto device = action.find("device");
    const std::string who = device != action.end() && device->is_string() ? device->get<std::string>() : std::string();
    return who + " " + request->get<std::string>();
}

}  // namespace kiosk
