// `kiosk export SESSION_ID… --format md,html,csv,pdf,png --out DIR [--db PATH] [--csv nl|en]`:
// writes the session notes of one session into a folder; with several ids, or `all`, one CSV
// for all of them and each session's documents (export/several_sessions.h). The store loads
// the sessions (by id, from --db); this part takes the loaded sessions, writes the files and
// says what it wrote.
#pragma once

#include "core/session.h"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace kiosk {

struct ExportCliOptions {
    /// One id (or `latest`): that session's notes as before, its own CSV included. Several ids,
    /// or `all` (every stored session, newest first): export_sessions().
    std::vector<std::string> session_ids;
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

/// As run_export() for several sessions at once (export/several_sessions.h): one CSV for all,
/// one set of documents per session. The same messages and exit codes.
int run_export_sessions(const std::vector<const Session*>& sessions, const ExportCliOptions& options,
                        std::int64_t now_ms, std::ostream& out, std::ostream& err);

/// Whether `ids` asks for several sessions (more than one id, or `all`) rather than one.
bool exports_several(const std::vector<std::string>& ids);

}  // namespace kiosk

namespace kiosk {
class Store;
/// The whole command on an open store: resolves every id of options.session_ids first (`all`:
/// every session; `latest`: the newest), and when one is unknown says which, in one message,
/// and writes nothing (exit 1); else loads the sessions and runs run_export() for one id or
/// run_export_sessions() for several. Store problems go to `err`.
int export_from_store(const Store& store, const ExportCliOptions& options, std::int64_t now_ms,
                      std::ostream& out, std::ostream& err);

}  // namespace kiosk

namespace kiosk::app {
class CommandRegistry;
/// Registers `kiosk export SESSION_ID… …`: opens the database (`db_path` is the default of
/// --db) and runs export_from_store().
void register_export_command(CLI::App& app, CommandRegistry& commands, const std::string& db_path);
}  // namespace kiosk::app
