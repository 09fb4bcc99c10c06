#include "app/cli_store.h"

#include "app/local_date.h"
#include "app/session_text.h"
#include "core/i18n.h"
#include "core/text.h"
#include "store/follow_up.h"
#include "store/live_session.h"
#include "store/paths.h"
#include "store/session_json.h"
#include "store/store.h"
#include "store/store_error.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.h"
#include "core/plan_json.h"
#include "plans/plan_catalog.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <iostream>
#include <map>
#include <memory>

namespace kiosk {
namespace {

int report(const StoreError& e, std::ostream& err) {
    err << e.what() << '\n';
    return 1;
}

/// Characters in UTF-8 `text` (code points; the column texts here have no wide characters), the
/// measure fmt pads by.
std::size_t text_width(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

bool blank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

/// Turns a create line's plan name into the snapshot the reducer wants.
bool resolve_plan_name(Json& data, const PlanResolver& plans, std::string& error) {
    auto plan = data.find("plan");
    if (plan == data.end() || !plan->is_string()) return true;
    auto language_it = data.find("language");
    std::string language = language_it != data.end() && language_it->is_string() ? language_it->get<std::string>() : "nl";
    Json snapshot;
    if (!plans || !plans(plan->get<std::string>(), language, snapshot, error)) {
        if (error.empty()) error = fmt::format(fmt::runtime(tr("There is no plan \"{}\" ({}).")), plan->get<std::string>(), language);
        return false;
    }
    data["plan"] = std::move(snapshot);
    data.erase("language");
    return true;
}

}  // namespace

PlanResolver plans_dir_resolver(const std::string& plans_dir) {
    return [plans_dir](const std::string& id, const std::string& language, Json& snapshot, std::string& error) {
        PlanCatalog catalog = scan_plans(plans_dir);
        const Plan* plan = catalog.find(id, language);
        if (!plan) {
            error = fmt::format(fmt::runtime(tr("There is no plan \"{}\" ({}) in {}.")), id, language, plans_dir);
            return false;
        }
        snapshot = plan_to_json(*plan);
        return true;
    };
}

bool parse_archive_status(const std::string& word, ArchiveQuery::Status& out) {
    static const std::pair<const char*, ArchiveQuery::Status> words[] = {
        {"all", ArchiveQuery::Status::Any},
        {"in-progress", ArchiveQuery::Status::InProgress},
        {"finished", ArchiveQuery::Status::Finished},
    };
    for (const auto& [name, status] : words)
        if (word == name) {
            out = status;
            return true;
        }
    return false;
}

int cmd_sessions_list(const std::string& db, std::ostream& out, std::ostream& err, const ArchiveQuery& query) {
    try {
        Store store(db, Access::Read);
        auto sessions = store.find_sessions(query);
        if (sessions.empty()) {
            out << tr("No sessions yet.") << '\n';
            return 0;
        }
        // Translated headers and words differ in length: each column is as wide as its widest entry.
        const std::size_t status_w = std::max({text_width(tr("STATUS")), text_width(tr("closed")), text_width(tr("open"))});
        const std::size_t notes_w = std::max<std::size_t>(text_width(tr("NOTES")), 5);
        out << fmt::format("{:<16} {:<10} {:<{}} {:>{}}  {}\n", tr("ID"), tr("DATE"), tr("STATUS"), status_w, tr("NOTES"),
                           notes_w, tr("TITLE — PLACE"));
        for (const SessionSummary& s : sessions)
            out << fmt::format("{:<16} {:<10} {:<{}} {:>{}}  {}{}{}\n", s.id, s.date,
                               s.status == "closed" ? tr("closed") : tr("open"), status_w, s.note_count, notes_w,
                               s.title, s.place.empty() ? "" : " — ", s.place);
        return 0;
    } catch (const StoreError& e) {
        return report(e, err);
    }
}

int cmd_sessions_show(const std::string& db, const std::string& id, bool json, std::ostream& out, std::ostream& err) {
    try {
        Store store(db, Access::Read);
        LoadedSession loaded = store.load_session(id);
        for (const auto& p : loaded.problems) err << p << '\n';
        if (json) out << session_to_json(loaded.session).dump(2) << '\n';
        else write_session_text(loaded.session, loaded.action_count, out);
        return loaded.problems.empty() ? 0 : 1;
    } catch (const StoreError& e) {
        return report(e, err);
    }
}

int cmd_db_check(const std::string& db, std::ostream& out, std::ostream& err) {
    try {
        Store store(db, Access::Read);
        CheckReport r = store.check();
        for (const auto& p : r.problems) err << p << '\n';
        if (!r.ok()) {
            err << fmt::format(fmt::runtime(tr("{}: {} problems found.")), db, r.problems.size()) << '\n';
            return 1;
        }
        out << fmt::format(fmt::runtime(tr("{}: ok ({} sessions, {} actions).")), db, r.sessions, r.actions) << '\n';
        return 0;
    } catch (const StoreError& e) {
        return report(e, err);
    }
}

int cmd_db_backup(const std::string& db, const std::string& target, std::ostream& out, std::ostream& err) {
    try {
        Store store(db, Access::Read);
        store.backup(target);
        out << fmt::format(fmt::runtime(tr("Backup written to {}.")), target) << '\n';
        return 0;
    } catch (const StoreError& e) {
        return report(e, err);
    }
}

int cmd_apply(const std::string& db, const PlanResolver& plans, std::istream& input, const std::string& name,
              std::ostream& out, std::ostream& err) {
    std::unique_ptr<Store> store;
    try {
        store = std::make_unique<Store>(db, Access::Write);
    } catch (const StoreError& e) {
        return report(e, err);
    }
    if (!store->notice().empty()) err << store->notice() << '\n';
    std::map<std::string, std::unique_ptr<LiveSession>> live;
    bool failed = false;
    std::string line;
    for (long number = 1; std::getline(input, line); ++number) {
        if (blank(line)) continue;
        auto refuse = [&](const std::string& message) {
            err << name << ':' << number << ": " << message << '\n';
            failed = true;
        };
        bool repaired = !is_valid_utf8(line);
        if (repaired) line = repair_utf8(line);
        Json data = Json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (data.is_discarded() || !data.is_object()) {
            refuse(tr("This line is not a JSON object."));
            continue;
        }
        // A "type" that is not text is the catalogue's to refuse (validate()), not ours to throw on.
        const bool is_create = data.contains("type") && data["type"] == "session.create";
        std::string error;
        if (is_create && !resolve_plan_name(data, plans, error)) {
            refuse(error);
            continue;
        }
        auto session = data.find("session");
        if (session == data.end() || !session->is_string() || session->get<std::string>().empty()) {
            refuse(tr("The action names no session."));
            continue;
        }
        std::string id = session->get<std::string>();
        try {
            if (id == "latest") *session = id = store->resolve("latest");
            if (!live.count(id)) {
                live[id] = is_create ? std::make_unique<LiveSession>(*store)
                                                    : std::make_unique<LiveSession>(LiveSession::open(*store, id));
                live[id]->set_source(Source::CommandLine);
                for (const auto& p : live[id]->replay_problems()) err << p << '\n';
            }
        } catch (const StoreError& e) {
            refuse(e.what());
            continue;
        }
        LiveSession& target = *live[id];
        SubmitResult r = target.submit(Action{std::move(data)});
        if (r.state == SaveState::Rejected) {
            refuse(r.message);
            if (target.session().id.empty()) live.erase(id);  // a refused create leaves nothing
            continue;
        }
        if (r.state == SaveState::NotSaved) {
            refuse(r.message);
            err << fmt::format(fmt::runtime(tr("{}: stopped; line {} and the lines after it were not applied.")), name,
                               number)
                << '\n';
            return 1;
        }
        if (r.notices.clamped)
            err << name << ':' << number << ": " << tr("Text was shortened to its maximum length.") << '\n';
        if (r.notices.repaired || repaired)
            err << name << ':' << number << ": " << tr("Invalid characters in the text were replaced.") << '\n';
        out << "applied " << number << std::endl;  // flushed: the line is on disk now
    }
    return failed ? 1 : 0;
}

int cmd_sessions_follow_up(const std::string& db, const std::string& plans_dir, const std::string& id,
                           const std::string& plan_id, const std::string& title, const std::string& date,
                           std::ostream& out, std::ostream& err) {
    try {
        Store store(db, Access::Write);
        if (!store.notice().empty()) err << store.notice() << '\n';
        const Session earlier = store.load_session(id).session;
        const PlanCatalog catalog = scan_plans(plans_dir);
        const Plan* plan = catalog.find(plan_id, earlier.plan.language);
        if (!plan) {
            err << fmt::format(fmt::runtime(tr("There is no plan \"{}\" in language {} in {}.")), plan_id,
                               earlier.plan.language, plans_dir)
                << '\n';
            return 1;
        }
        LiveSession live(store);
        live.set_source(Source::CommandLine);
        const actions::SessionCreate create{title.empty() ? fmt::format(fmt::runtime(tr("Follow-up: {}")), earlier.title) : title,
                                            date.empty() ? today_iso() : date, earlier.place, earlier.facilitator,
                                            plan_to_json(*plan), ""};
        const std::string new_id_ = new_id('s');
        const FollowUpStart started = start_follow_up(live, earlier, *plan, create, new_id_, read_clock(system_clock()));
        if (started.result.state != SaveState::Saved) {
            err << started.result.message << '\n';
            return 1;
        }
        out << new_id_ << '\n';
        for (ExerciseRole role : started.missing)
            err << fmt::format(fmt::runtime(tr("Not carried over (the plan has no exercise for it): {}")),
                               tr(carried_part_name(role)))
                << '\n';
        return 0;
    } catch (const StoreError& e) {
        return report(e, err);
    }
}

int cmd_demo(const std::string& db, const std::string& plans_dir, const std::string& language, std::ostream& out,
             std::ostream& err) {
    std::string path = plans_dir + "/demo/bootcamp-demo." + language + ".jsonl";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        err << fmt::format(fmt::runtime(tr("There is no demo session in {}.")), path) << '\n';
        return 1;
    }
    std::vector<Json> actions;
    for (std::string line; std::getline(in, line);)
        if (!blank(line)) actions.push_back(Json::parse(line, nullptr, /*allow_exceptions=*/false));
    if (actions.empty() || actions.front().is_discarded()) {
        err << fmt::format(fmt::runtime(tr("The demo session in {} is damaged.")), path) << '\n';
        return 1;
    }
    const std::string id = new_id('s');
    const std::int64_t shift = system_clock().wall_ms() - actions.back().value("at", std::int64_t{0});
    std::ostringstream script;
    for (Json& a : actions) {
        if (a.is_discarded()) continue;
        a["session"] = id;
        a["at"] = a.value("at", std::int64_t{0}) + shift;
        script << a.dump() << '\n';
    }
    std::istringstream input(script.str());
    std::ostringstream applied;  // "applied N" lines are for scripts; a person wants the id
    int status = cmd_apply(db, plans_dir_resolver(plans_dir), input, path, applied, err);
    if (status == 0) out << fmt::format(fmt::runtime(tr("Demo session {} written to {}.")), id, db) << '\n';
    return status;
}

void register_store_commands(CLI::App& app, app::CommandRegistry& commands, const std::string& db_path,
                             const std::string& plans_dir) {
    // The option values live as long as the app: CLI11 writes into them while parsing.
    struct Args {
        std::string db, plans, id, target, file;
        bool json = false;
        std::string search, status = "all";
        bool archived = false;
    };
    auto args = std::make_shared<Args>();
    args->db = db_path;
    args->plans = plans_dir;
    auto db_option = [&](CLI::App* cmd) {
        cmd->add_option("--db", args->db, tr("Database file"))->capture_default_str();
    };

    CLI::App* sessions = app.add_subcommand("sessions", tr("List and show stored sessions"));
    sessions->require_subcommand(1);
    CLI::App* list = commands.add(*sessions, "list", tr("One line per session, newest first"), [args] {
        ArchiveQuery query;
        query.search = args->search;
        parse_archive_status(args->status, query.status);  // the option's check allows only these
        query.archived = args->archived ? ArchiveQuery::Archived::Yes : ArchiveQuery::Archived::No;
        return cmd_sessions_list(args->db, std::cout, std::cerr, query);
    });
    db_option(list);
    list->add_option("--search", args->search,
                     tr("Only sessions with this text in the title, place, facilitator or plan (case and accents "
                        "do not count)"));
    list->add_option("--status", args->status, tr("all, in-progress or finished"))
        ->check(CLI::IsMember({"all", "in-progress", "finished"}))
        ->capture_default_str();
    list->add_flag("--archived", args->archived, tr("The sessions archived away instead of the others"));
    CLI::App* show = commands.add(*sessions, "show", tr("Everything in one session"), [args] {
        return cmd_sessions_show(args->db, args->id, args->json, std::cout, std::cerr);
    });
    db_option(show);
    show->add_option("id", args->id, tr("Session id, or latest"))->required();
    show->add_flag("--json", args->json, tr("A complete machine-readable dump"));
    auto follow = std::make_shared<std::array<std::string, 3>>();  // plan, title, date
    (*follow)[0] = "vervolg";
    CLI::App* follow_up = commands.add(*sessions, "follow-up", tr("Start a follow-up session of an earlier one"),
                                       [args, follow] {
                                           return cmd_sessions_follow_up(args->db, args->plans, args->id, (*follow)[0],
                                                                         (*follow)[1], (*follow)[2], std::cout, std::cerr);
                                       });
    db_option(follow_up);
    follow_up->add_option("id", args->id, tr("Session id, or latest"))->required();
    follow_up->add_option("--plan", (*follow)[0], tr("The plan of the follow-up"))->capture_default_str();
    follow_up->add_option("--title", (*follow)[1], tr("Its title (default: Follow-up: and the earlier title)"));
    follow_up->add_option("--date", (*follow)[2], tr("Its date, YYYY-MM-DD (default: today)"));
    follow_up->add_option("--plans", args->plans, tr("Folder with plan files"))->capture_default_str();

    CLI::App* db = app.add_subcommand("db", tr("Check or back up the database"));
    db->require_subcommand(1);
    db_option(commands.add(*db, "check", tr("Integrity check and the store's own checks"),
                           [args] { return cmd_db_check(args->db, std::cout, std::cerr); }));
    CLI::App* backup = commands.add(*db, "backup", tr("A consistent copy, also while the kiosk runs"),
                                    [args] { return cmd_db_backup(args->db, args->target, std::cout, std::cerr); });
    db_option(backup);
    backup->add_option("path", args->target, tr("Where to write the copy"))->required();

    auto demo_language = std::make_shared<std::string>("nl");
    CLI::App* demo = commands.add(app, "demo", tr("Write a demo session (a Dutch bootcamp in progress) into the database"),
                                  [args, demo_language] {
                                      return cmd_demo(args->db, args->plans, *demo_language, std::cout, std::cerr);
                                  });
    db_option(demo);
    demo->add_option("--lang", *demo_language, tr("Language of the demo session"))->capture_default_str();

    CLI::App* apply = commands.add(app, "apply", tr("Apply JSON Lines of actions (README: Action format)"), [args] {
        PlanResolver plans = plans_dir_resolver(args->plans);
        if (args->file == "-") return cmd_apply(args->db, plans, std::cin, "-", std::cout, std::cerr);
        std::ifstream in(args->file, std::ios::binary);
        if (!in) {
            std::cerr << fmt::format(fmt::runtime(tr("Cannot read {}.")), args->file) << '\n';
            return 1;
        }
        return cmd_apply(args->db, plans, in, args->file, std::cout, std::cerr);
    });
    db_option(apply);
    apply->add_option("--plans", args->plans, tr("Folder with plan files"))->capture_default_str();
    apply->add_option("file", args->file, tr("File of actions, or - for standard input"))->required();
}

}  // namespace kiosk
