// `kiosk export SESSION_ID --format md,html,csv,pdf,png --out DIR [--db PATH] [--csv nl|en]`:
// writes the session notes of one session into a folder. The store loads the session (by id,
// from --db); this part takes the loaded Session, writes the files and says what it wrote.
#pragma once

#include "core/session.h"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <ostream>
#include <string>

namespace kiosk {

struct ExportCliOptions {
    std::string session_id;
    std::string formats = "md,html,csv,pdf,png";
    std::string out_dir = ".";
    std::string db_path;       // empty: the default database (the store decides)
    std::string csv_profile;   // "", "nl"/"semicolon" or "en"/"comma"; "" = by the plan's language
};

/// Adds the "export" subcommand with its options to `app`, filling `options` when parsed.
CLI::App* add_export_command(CLI::App& app, ExportCliOptions& options);

/// Exports `session` as `options` ask, at wall time `now_ms` (ms since the epoch). Prints one
/// line per written file to `out`; on failure prints a translated message to `err`.
/// Returns 0 on success, 1 when the export failed, 2 for unusable options.
int run_export(const Session& session, const ExportCliOptions& options, std::int64_t now_ms,
               std::ostream& out, std::ostream& err);

}  // namespace kiosk

namespace kiosk::app {
class CommandRegistry;
/// Registers `kiosk export SESSION_ID …`: loads the session from the database (`db_path` is the
/// default of --db; `latest` names the newest session) and runs run_export().
void register_export_command(CLI::App& app, CommandRegistry& commands, const std::string& db_path);
}  // namespace kiosk::app
