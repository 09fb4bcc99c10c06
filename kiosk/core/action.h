// Actions are data: one JSON object per user action, the same record the store writes, that
// `kiosk apply` reads from JSON Lines, and that a second screen or another table will replay.
//
// Every action has:
//   "type"     what it does, e.g. "note.add" (every type and its fields: core/action_catalogue.h)
//   "session"  the session id it applies to
//   "at"       wall-clock time in ms since the Unix epoch (filled in when missing)
// and, when the kiosk stamped it itself, the monotonic reading of the same moment and the run it
// belongs to (the rule for time: core/timer.h):
//   "mono"     monotonic ms (meaningful only within "run")
//   "run"      the id of the kiosk's run that stamped it, e.g. "r-5c0ffee1d2e3"
// and the fields of its type at the top level, e.g.
//   {"type":"note.add","session":"s-1a2b3c4d","at":1764412800000,
//    "id":"n-9f8e7d6c5b4a","exercise":"matrix","column":"of","text":"Leesclub in het café"}
// Ids of new things (sessions, notes, groups, visions, form records) are chosen by whoever
// creates the action (new_id()), so actions from several devices never collide.
#pragma once

#include "core/timer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

using Json = nlohmann::json;

struct Action {
    Json data;  // the whole record, type and session included

    std::string type() const;
    std::string session() const;
    std::int64_t at() const;
    /// "at", "mono" and "run" as a ClockReading; `run` is "" unless both "mono" and "run" are
    /// there (then only the wall clock counts, core/timer.h).
    ClockReading reading() const;

    /// One JSON line (no trailing newline), keys sorted.
    std::string to_line() const { return data.dump(); }
};

/// A new random id with a one-letter kind prefix, e.g. new_id('n') → "n-3f9a0c21d4e8".
/// 48 random bits: collisions within a session are practically impossible.
std::string new_id(char kind);

/// Builds an action of `type` for `session` at `at_ms` with the given fields.
Action make_action(const std::string& type, const std::string& session, std::int64_t at_ms,
                   Json fields = Json::object());
/// As above, stamped with both readings: "at", and "mono" and "run" when `at`.run is not empty.
Action make_action(const std::string& type, const std::string& session, const ClockReading& at,
                   Json fields = Json::object());

/// One undoable step: the action as the user gave it, the actions that take it back, and the
/// exercise it changed (its scope: an undo or redo with an "exercise" field only takes steps of
/// that exercise; "" when the action names none).
struct UndoStep {
    Json forward;
    std::vector<Json> backward;  // applied in order to undo
    std::string exercise;
};

inline constexpr std::size_t kUndoDepth = 200;

}  // namespace kiosk
