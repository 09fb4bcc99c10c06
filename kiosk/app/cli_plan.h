// The plan commands of the kiosk's command line, for facilitators who edit plan files:
// `kiosk plan check FILE...` and `kiosk plan list [DIR]`. Plain functions writing to a stream,
// so the CLI parser (CLI11, wired in main) stays thin and the output is testable.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace kiosk {

/// Checks each plan file. Writes one line per problem, "FILE:LINE:COLUMN: message" (the form
/// editors jump to), then one summary line. Returns 0 when every file is a valid plan, 1 when
/// any file has a problem or no file was given.
int plan_check(const std::vector<std::string>& files, std::ostream& out);

/// Lists the plans in `dir` (normally sessions/): a header, then one line per valid plan with
/// id, language, planned minutes, number of exercises and title; then every skipped file with
/// its problems. Returns 0 when all *.toml files there are valid plans and there is at least
/// one, else 1.
int plan_list(const std::string& dir, std::ostream& out);

}  // namespace kiosk

namespace CLI { class App; }
namespace kiosk::app {
class CommandRegistry;
/// Registers `kiosk plan check FILE...` and `kiosk plan list [DIR]` (DIR defaults to `plans_dir`).
void register_plan_commands(CLI::App& app, CommandRegistry& commands, const std::string& plans_dir);
}  // namespace kiosk::app
