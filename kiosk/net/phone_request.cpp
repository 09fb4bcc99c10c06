#include "net/phone_request.h"

#include "net/phone_server.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace kiosk::net {

namespace {

/// One row of PROTOCOL.md's table: the fields a phone sends and what the kiosk fills in.
struct PhoneType {
    const char* type;
    std::array<const char*, 5> fields;  // nullptr-terminated when shorter
    char new_id = 0;                    // 'n' / 'v': "id" is a new id of that kind, chosen on the phone
    bool exercise = false;              // "exercise" = the current exercise
    const char* device_field = nullptr;  // "seat" / "voter" = the device id
};

constexpr PhoneType kPhoneTypes[] = {
    {"note.add", {"id", "column", "text", "colour", "author"}, 'n', true, "seat"},
    {"note.edit", {"id", "text"}, 0, false, nullptr},
    {"vote.add", {"note"}, 0, false, "voter"},
    {"vote.remove", {"note"}, 0, false, "voter"},
    {"vision.add", {"id", "text", "author"}, 'v', true, "seat"},
    {"vision.edit", {"id", "text"}, 0, false, nullptr},
    {"checklist.answer", {"question", "answer"}, 0, true, nullptr},
};

const PhoneType* find_phone_type(const std::string& type) {
    for (const PhoneType& t : kPhoneTypes)
        if (type == t.type) return &t;
    return nullptr;
}

bool is_lower_hex(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool is_new_id(const Json& id, char kind) {
    if (!id.is_string()) return false;
    const std::string& text = id.get_ref<const std::string&>();
    return text.size() == 14 && text[0] == kind && text[1] == '-' && is_lower_hex(std::string_view(text).substr(2));
}

PhoneRequest refuse(int status, const char* error, const char* message, std::string device = {}) {
    PhoneRequest r;
    r.error = {status, error, message};
    r.device = std::move(device);
    return r;
}

const std::string* string_field(const Json& object, const char* name) {
    auto it = object.find(name);
    return it != object.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
}

}  // namespace

bool is_device_token(std::string_view token) { return token.size() == 32 && is_lower_hex(token); }

bool is_request_id(std::string_view request) {
    return request.size() == 18 && request.substr(0, 2) == "r-" && is_lower_hex(request.substr(2));
}

PhoneRequest phone_request(std::string_view body, const std::string& code, const PhoneView& view,
                           std::int64_t now_ms) {
    Json in = Json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
    if (in.is_discarded()) return refuse(400, "bad_json", "The body is not JSON.");
    if (!in.is_object()) return refuse(400, "bad_json", "The body is not a JSON object.");

    const std::string* sent_code = string_field(in, "code");
    if (code.empty() || !sent_code || *sent_code != code)
        return refuse(403, "wrong_code", "The join code is wrong or no longer valid.");
    const std::string* token = string_field(in, "device");
    if (!token || !is_device_token(*token))
        return refuse(400, "bad_device", "The device token must be 32 lower-case hex digits.");
    std::string device = device_id(*token);
    const std::string* request = string_field(in, "request");
    if (!request || !is_request_id(*request))
        return refuse(400, "bad_request", "The request id must be \"r-\" and 16 lower-case hex digits.", device);

    const std::string* type = string_field(in, "type");
    const PhoneType* spec = type ? find_phone_type(*type) : nullptr;
    if (!spec) return refuse(403, "not_allowed", "Phones may not send this action.", device);
    if (spec->new_id && !is_new_id(in.value("id", Json()), spec->new_id))
        return refuse(400, "bad_request", "The new id is not an id of the right kind.", device);

    if (view.session.empty()) return refuse(409, "no_session", "No session is open.", device);
    const std::string* sent_exercise = string_field(in, "exercise");
    if (view.exercise.empty() || (sent_exercise && *sent_exercise != view.exercise) ||
        (in.contains("exercise") && !sent_exercise))
        return refuse(409, "other_exercise", "The exercise has moved on.", device);

    Json fields = Json::object();
    for (const char* name : spec->fields) {
        if (!name) break;
        if (auto it = in.find(name); it != in.end()) fields[name] = *it;
    }
    if (spec->exercise) fields["exercise"] = view.exercise;
    if (spec->device_field) fields[spec->device_field] = device;
    fields["source"] = "phone";
    fields["device"] = device;
    fields["request"] = *request;

    PhoneRequest r;
    r.action = make_action(*type, view.session, now_ms, std::move(fields));
    r.device = std::move(device);
    return r;
}

}  // namespace kiosk::net
