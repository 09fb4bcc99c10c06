// From a phone's POST /api/action body to the Action that goes into the app's queue
// (kiosk/net/PROTOCOL.md "Sending an action"). Checks what the server can tell without the
// Session — JSON, join code, device token, request id, the type against the phones' table,
// the session and exercise now open — keeps only the fields the table lets a phone send for
// that type and fills in the rest from the published PhoneView. Everything else (lengths, dot
// budget, lock, own notes only) is the catalogue's and core/phone_rules' when the app applies it.
#pragma once

#include "core/action.h"
#include "core/phone_view.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::net {

/// A refusal before the queue: the HTTP status and PROTOCOL.md's error code.
struct PhoneError {
    int status = 400;
    std::string error;    ///< e.g. "bad_json", "wrong_code", "not_allowed", "other_exercise"
    std::string message;  ///< English, for the answer's "message" (the page has its own text per code)
};

/// The answer to phone_request(): an action, or why not.
struct PhoneRequest {
    std::optional<Action> action;  ///< filled in and ready for ActionQueue::enqueue(…, Source::Phone)
    PhoneError error;              ///< when !action
    std::string device;            ///< the device id ("p-…") once the token was read, else ""
};

/// True for a device token as phones choose it: 32 lower-case hex digits.
bool is_device_token(std::string_view token);
/// True for a request id: "r-" and 16 lower-case hex digits.
bool is_request_id(std::string_view request);

/// Reads `body` (the POST body, any bytes) as an action from a phone. `code` is the join code now
/// ("" refuses every code); `view` the last published PhoneView; `now_ms` the wall time stamped in
/// "at". In this order: 400 bad_json (not JSON, not an object), 403 wrong_code, 400 bad_device,
/// 400 bad_request (missing or bad "request"; an "id" of note.add / vision.add that is not
/// "n-"/"v-" + 12 hex), 403 not_allowed (a type not in PROTOCOL.md's table), 409 no_session,
/// 409 other_exercise (phones take no part in the exercise on screen, or the body's optional
/// "exercise" names another one). The action has "type", the type's phone fields, and
/// "session", "at", "source":"phone", "device" (the device id), "request", plus "exercise" /
/// "seat" / "voter" as the table says.
PhoneRequest phone_request(std::string_view body, const std::string& code, const PhoneView& view,
                           std::int64_t now_ms);

}  // namespace kiosk::net
