// The one translation mechanism for every user-facing string: GNU gettext, text domain "kiosk".
// Message ids are English; the Dutch catalogue (po/nl.po) is the default language at run time,
// English is the fallback when a catalogue is missing. The platform layer binds the domain and
// switches the language (--lang nl|en); everything else only calls tr().
//
// Placeholders go through fmt with the translated string as the format and user text only as an
// argument, e.g. fmt::format(fmt::runtime(tr("Plan {} skipped")), name). User text is never a
// format string.
#pragma once

#include <libintl.h>

namespace kiosk {

inline constexpr const char* kTextDomain = "kiosk";

/// The translation of `msgid` in the current language (a static string owned by gettext), or
/// `msgid` itself when there is none. Never cache the result across a language switch.
inline const char* tr(const char* msgid) { return ::dgettext(kTextDomain, msgid); }

}  // namespace kiosk

/// Marks a string for extraction without translating it here (tables of message ids).
#define N_(msgid) msgid
