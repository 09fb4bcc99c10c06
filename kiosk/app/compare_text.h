// `kiosk sessions compare THEN NOW`: the comparison of two sessions (core/compare.h) as plain
// text for a terminal or a mail — every section, each row's label with both values, and the
// change in words, as the comparison screen shows it (ui/compare_screen.h).
#pragma once

#include "core/compare.h"

#include <CLI/CLI.hpp>

#include <ostream>
#include <string>

namespace kiosk {

/// Writes `comparison` to `out` in the calling thread's language (tr()). A value of several
/// lines is indented under its first; an empty one is "—".
void write_comparison_text(const Comparison& comparison, std::ostream& out);

/// The command: opens `db` read-only and writes the comparison of `then_id` and `now_id` (ids or
/// `latest`) to `out`. Returns 0; 1 with a translated message on `err` when the store fails or
/// an id is unknown, or when a log had problems (each on `err`; the comparison is still written).
int cmd_sessions_compare(const std::string& db, const std::string& then_id, const std::string& now_id,
                         std::ostream& out, std::ostream& err);

}  // namespace kiosk

namespace kiosk::app {
class CommandRegistry;
/// Adds `compare` to the `sessions` subcommand of `app` (register_store_commands() made it).
void register_compare_command(CLI::App& app, CommandRegistry& commands, const std::string& db_path);
}  // namespace kiosk::app
