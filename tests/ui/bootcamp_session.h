// The shipped bootcamp plan (sessions/bootcamp.LANG.toml) as a session, for UI tests that must
// see the real plan's lengths: six readiness questions, the partner-power form, eleven agenda rows.
#pragma once

#include "core/session.h"

#include <string>

namespace kiosk::testing {

/// A new session on the shipped plan in `language` ("nl" or "en"). With `demo`, the Dutch demo
/// script (sessions/demo/bootcamp-demo.nl.jsonl: answers, remarks, visions, notes, forms) is
/// applied instead, on that plan. Fails the test (and returns an empty session) when a file
/// cannot be read.
Session bootcamp_session(const std::string& language, bool demo = false);

}  // namespace kiosk::testing
