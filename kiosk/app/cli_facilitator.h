// The facilitator's command line: the way back for a forgotten PIN (issue 11). It runs at the
// machine, in its own user account (the PIN file is mode 0600 in that account's data folder),
// never from the table, which has no terminal. README "Forgotten PIN".
//
//   kiosk facilitator reset-pin [--db PATH]
#pragma once

#include <iosfwd>
#include <string>

namespace CLI { class App; }

namespace kiosk {

namespace app { class CommandRegistry; }

/// Removes the facilitator PIN file next to the database `db` (store/facilitator_pin.h), damaged
/// or not, and says on `out` what it did in the current language: removed (the kiosk asks for a
/// new PIN at its next start), or that no PIN was set. Returns 0 in both cases; 1 with a
/// translated message on `err` when the file cannot be removed.
int cmd_facilitator_reset_pin(const std::string& db, std::ostream& out, std::ostream& err);

/// Registers `facilitator reset-pin` on the kiosk's CLI11 app, with `db_path` as the default of
/// --db (so it follows XDG_DATA_HOME like the other commands).
void register_facilitator_commands(CLI::App& app, app::CommandRegistry& commands, const std::string& db_path);

}  // namespace kiosk
