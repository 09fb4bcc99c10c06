// Locale and language at run time: the process-wide half of kiosk::tr() (kiosk/core/i18n.h).
//
// GNU gettext picks the catalogue from the LC_MESSAGES locale and the LANGUAGE variable, but it
// ignores LANGUAGE while LC_MESSAGES is "C" or "POSIX" — the state of a kiosk started by a system
// service with no LANG. So we first make sure a UTF-8 locale is in effect (C.UTF-8 always exists
// on Debian), then switch languages through LANGUAGE, which needs no generated nl_NL locale.
#pragma once

#include <string>
#include <vector>

namespace kiosk::platform {

/// Sets the locale from the environment and falls back to C.UTF-8 when the result is not UTF-8
/// (no LANG, LANG=C, or a LANG naming a locale that is not generated). Also moves LC_MESSAGES
/// off "C"/"POSIX" so LANGUAGE is honoured, and keeps LC_NUMERIC at "C": numbers are read and
/// written in one notation whatever the user's locale. Needed for dead keys and Compose in GLFW too.
/// Returns the LC_CTYPE locale name now in effect; `notice` gets one line when a fallback was used,
/// as an English message id: show it with tr(notice.c_str()) once the language is set
/// (empty otherwise).
std::string ensure_utf8_locale(std::string& notice);

/// Binds the "kiosk" text domain to the first of `dirs` that holds nl/LC_MESSAGES/kiosk.mo, with
/// UTF-8 output. Returns that directory, or "" when none has a catalogue (tr() then returns the
/// English message ids).
std::string bind_catalogues(const std::vector<std::string>& dirs);

/// The languages the kiosk ships: "nl" (default) and "en".
const std::vector<std::string>& supported_languages();

/// Switches every later tr() to `lang` ("nl" or "en"). Returns false, changing nothing, for any
/// other code. Takes effect immediately (gettext's cache is invalidated).
bool set_language(const std::string& lang);

/// The language last set with set_language(), "en" before the first call.
const std::string& current_language();

}  // namespace kiosk::platform
