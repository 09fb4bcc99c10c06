// The process locale: UTF-8 text input and C-locale numbers. Which language the kiosk speaks is
// not decided here (see kiosk/core/i18n.h: catalogues per language, a scope per thread).
#pragma once

#include <string>

namespace kiosk::platform {

/// What ensure_utf8_locale() had to fall back to; the app words it for the user.
enum class LocaleNotice {
    None,         ///< the environment's locale is UTF-8
    UsedCUtf8,    ///< it was not UTF-8 (no LANG, LANG=C, an ungenerated locale): C.UTF-8 instead
    NoUtf8Locale  ///< not even C.UTF-8 exists: text input may be limited to ASCII
};

/// Sets the locale from the environment and falls back to C.UTF-8 when the result is not UTF-8,
/// and keeps LC_NUMERIC at "C": numbers are read and written in one notation whatever the user's
/// locale. Needed for dead keys and Compose in GLFW too. Returns the LC_CTYPE locale name now in
/// effect; `notice` says which fallback was used.
std::string ensure_utf8_locale(LocaleNotice& notice);

}  // namespace kiosk::platform
