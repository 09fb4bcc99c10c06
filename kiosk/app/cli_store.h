// The store's command line: commands that need no window. Each takes its parsed arguments and
// the output streams and returns the process exit code (0 ok, 1 failure); messages are
// translated, data (ids, titles, notes) is printed as stored.
//
//   kiosk sessions list [--search TEXT] [--status all|in-progress|finished] [--archived] [--db PATH]
//   kiosk sessions show ID|latest [--json] [--db PATH]
//   kiosk sessions follow-up ID|latest [--plan ID] [--title T] [--date YYYY-MM-DD] [--db PATH]
//   kiosk db check [--db PATH]
//   kiosk db backup PATH [--db PATH]
//   kiosk apply [--db PATH] [--plans DIR] FILE|-
#pragma once

#include "core/action.h"
#include "store/store.h"

#include <functional>
#include <iosfwd>
#include <string>

namespace CLI { class App; }

namespace kiosk {

/// Finds the plan named by a "session.create" line ({"plan":"bootcamp","language":"nl"}):
/// fills `snapshot` (plan_json.h) and returns true, or sets a translated `error`.
using PlanResolver =
    std::function<bool(const std::string& id, const std::string& language, Json& snapshot, std::string& error)>;

/// The resolver that reads the plan files of `plans_dir` (normally sessions/).
PlanResolver plans_dir_resolver(const std::string& plans_dir);

/// One line per session matching `query` (Store::find_sessions; the default: every session not
/// archived away), newest first: id, date, status, notes, title, place.
int cmd_sessions_list(const std::string& db, std::ostream& out, std::ostream& err, const ArchiveQuery& query = {});

/// The --status words of `kiosk sessions list`: "all", "in-progress", "finished". False (and
/// `out` unchanged) for another word.
bool parse_archive_status(const std::string& word, ArchiveQuery::Status& out);

/// Everything in a session as readable text, or (`json`) session_to_json() as one document.
int cmd_sessions_show(const std::string& db, const std::string& id, bool json, std::ostream& out,
                      std::ostream& err);

/// Starts a follow-up of session `id` (or "latest") on plan `plan_id` in the earlier session's
/// language (store/follow_up.h): `title` ("" = "Follow-up: <earlier title>", in the command
/// line's language), `date` ("" = today), and the earlier session's place and facilitator.
/// Prints the new session's id and, one line each, what the plan could not carry. Exit 1 when
/// the session or the plan is not there or the store refuses.
int cmd_sessions_follow_up(const std::string& db, const std::string& plans_dir, const std::string& id,
                           const std::string& plan_id, const std::string& title, const std::string& date,
                           std::ostream& out, std::ostream& err);

/// integrity_check plus the store's own checks (Store::check()); exit 1 on any problem.
int cmd_db_check(const std::string& db, std::ostream& out, std::ostream& err);

/// A consistent copy of the database at `target`, while a kiosk may be writing.
int cmd_db_backup(const std::string& db, const std::string& target, std::ostream& out, std::ostream& err);

/// Applies JSON Lines of actions (README "Action format") from `input` (named `name` in
/// messages) through LiveSession, as the kiosk does: cleaned with the UI's text limits,
/// validated, and written durably one by one. After line N is on disk it prints "applied N"
/// (N = the line number in the input) and flushes. A refused line prints "NAME:LINE: message" on
/// `err` and the run goes on with the next line (each line stands alone; lines that build on a
/// refused one are refused in turn, each with its own message); the exit code is then 1. A
/// line that cannot be written (disk full, database busy) stops the run at once with exit 1:
/// the lines from it on are not applied, and the message says so. "session":"latest" means the
/// most recently updated session.
int cmd_apply(const std::string& db, const PlanResolver& plans, std::istream& input, const std::string& name,
              std::ostream& out, std::ostream& err);

/// Writes the built-in demo session into `db`: the action script
/// `plans_dir`/demo/bootcamp-demo.`language`.jsonl (a Dutch bootcamp in progress), applied as a
/// new session (fresh id) whose actions are moved in time so the last one is now. Prints the new
/// session's id. Same exit codes as cmd_apply().
int cmd_demo(const std::string& db, const std::string& plans_dir, const std::string& language, std::ostream& out,
             std::ostream& err);

namespace app { class CommandRegistry; }

/// Registers the commands above (sessions, db, apply) on the kiosk's CLI11 app, with `db_path`
/// and `plans_dir` as the defaults of --db and --plans.
void register_store_commands(CLI::App& app, app::CommandRegistry& commands, const std::string& db_path,
                             const std::string& plans_dir);

}  // namespace kiosk
