// The language the command line speaks (kiosk plan check, sessions, db, apply, demo, export and
// --help). The fullscreen kiosk always starts in Dutch unless --lang says otherwise: it speaks to
// the room. A command line speaks to whoever sits at the terminal, so there an English locale
// (LANGUAGE, LC_ALL, LC_MESSAGES or LANG naming en_*) selects English; anything else is Dutch.
#pragma once

#include "platform/translation.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace kiosk::app {

/// Reads an environment variable: returns its value, or null when it is not set.
using EnvLookup = std::function<const char*(const char*)>;

/// "nl" or "en" for the command line `args` (without the program name): the value of the last
/// `--lang X` or `--lang=X` when X is a supported language (also `demo --lang`, whose messages then
/// match the demo it writes); otherwise the first of LANGUAGE (a colon-separated list), LC_ALL,
/// LC_MESSAGES and LANG that is set and not empty decides — "en" when it names English, "nl" for
/// Dutch or any other locale (C, C.UTF-8, de_DE, ...). Scanning stops at "--".
std::string command_line_language(const std::vector<std::string>& args, const EnvLookup& env);

/// The line to print for a locale fallback (ensure_utf8_locale), in this thread's language;
/// "" for LocaleNotice::None.
const char* locale_notice_text(platform::LocaleNotice notice);

/// Puts CLI11's own words in `app`'s help (Usage, Options, Subcommands, the -h/--help line) into
/// the current language; value placeholders (TEXT, INT, FLOAT) stay as CLI11 writes them. Call after every option and subcommand is added.
void translate_help(CLI::App& app);

}  // namespace kiosk::app
