#include "app/cli_export.h"

#include "core/i18n.h"
#include "export/exporter.h"
#include "export/several_sessions.h"
#include "app/commands.h"
#include "store/store.h"
#include "store/store_error.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

namespace kiosk {

CLI::App* add_export_command(CLI::App& app, ExportCliOptions& options) {
    CLI::App* cmd = app.add_subcommand("export", tr("Write the session notes of a session into a folder"));
    cmd->add_option("session", options.session_ids,
                    tr("Ids of the sessions to export (latest: the newest; all: every session)"))
        ->required();
    cmd->add_option("--format", options.formats, tr("Formats, comma-separated: md, html, csv, pdf, png, svg, all"))
        ->capture_default_str();
    cmd->add_option("--out", options.out_dir, tr("Folder to write the files into"))->capture_default_str();
    cmd->add_option("--db", options.db_path, tr("Database file to read the session from"));
    cmd->add_option("--csv", options.csv_profile,
                    tr("CSV profile: nl (';' and a byte-order mark) or en (','); default by the session's language"));
    return cmd;
}

namespace {

// The request `options` ask for, or the exit code 2 with the message on `err`; also makes the
// folder (exit 1 when it cannot be made).
int make_request(const ExportCliOptions& options, std::int64_t now_ms, exporting::ExportRequest& request,
                 std::ostream& err) {
    std::string error;
    if (!exporting::parse_formats(options.formats, request.formats, error)) {
        err << error << '\n';
        return 2;
    }
    if (!options.csv_profile.empty()) {
        exporting::CsvOptions csv;
        if (!exporting::parse_csv_profile(options.csv_profile, csv)) {
            err << fmt::format(fmt::runtime(tr("Unknown CSV profile \"{}\". Use nl or en.")), options.csv_profile) << '\n';
            return 2;
        }
        request.csv = csv;
    }
    request.folder = options.out_dir.empty() ? "." : options.out_dir;
    request.now_ms = now_ms;
    std::error_code ec;  // --out names the folder the notes go into: make it, as `mkdir -p` would
    std::filesystem::create_directories(request.folder, ec);
    if (ec) {
        err << fmt::format(fmt::runtime(tr("Cannot create the folder {}: {}.")), request.folder, ec.message()) << '\n';
        return 1;
    }
    return 0;
}

int report_result(const exporting::ExportReport& report, std::ostream& out, std::ostream& err) {
    for (const auto& path : report.written) out << fmt::format(fmt::runtime(tr("Wrote {}")), path) << '\n';
    if (!report.ok) {
        err << report.error << '\n';
        return 1;
    }
    return 0;
}

}  // namespace

int run_export(const Session& session, const ExportCliOptions& options, std::int64_t now_ms,
               std::ostream& out, std::ostream& err) {
    exporting::ExportRequest request;
    if (int code = make_request(options, now_ms, request, err)) return code;
    return report_result(exporting::export_session(session, request), out, err);
}

int run_export_sessions(const std::vector<const Session*>& sessions, const ExportCliOptions& options,
                        std::int64_t now_ms, std::ostream& out, std::ostream& err) {
    exporting::ExportRequest request;
    if (int code = make_request(options, now_ms, request, err)) return code;
    return report_result(exporting::export_sessions(sessions, request), out, err);
}

bool exports_several(const std::vector<std::string>& ids) {
    return ids.size() > 1 || std::find(ids.begin(), ids.end(), "all") != ids.end();
}

int export_from_store(const Store& store, const ExportCliOptions& options, std::int64_t now_ms,
                      std::ostream& out, std::ostream& err) {
    // Every id is resolved before anything is loaded or written: an unknown one leaves the
    // folder as it was, so a typo never gives half an export.
    std::vector<std::string> ids, unknown;
    for (const auto& id : options.session_ids) {
        if (id == "all") {
            for (const auto& summary : store.list_sessions()) ids.push_back(summary.id);
            continue;
        }
        if (id != "latest" && !store.summary(id)) {
            unknown.push_back(id);
            continue;
        }
        ids.push_back(store.resolve(id));
    }
    if (!unknown.empty()) {
        std::string list;
        for (const auto& id : unknown) list += (list.empty() ? "" : ", ") + id;
        err << fmt::format(fmt::runtime(tr("No session with id {}: nothing was exported. `kiosk sessions list` "
                                           "shows the stored sessions.")),
                           list)
            << '\n';
        return 1;
    }
    std::vector<Session> sessions;
    std::vector<std::string> seen;  // an id given twice is exported once
    for (const auto& id : ids) {
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
        seen.push_back(id);
        LoadedSession loaded = store.load_session(id);
        for (const auto& problem : loaded.problems) err << problem << '\n';
        sessions.push_back(std::move(loaded.session));
    }
    if (!exports_several(options.session_ids)) return run_export(sessions.front(), options, now_ms, out, err);
    std::vector<const Session*> pointers;
    for (const auto& s : sessions) pointers.push_back(&s);
    return run_export_sessions(pointers, options, now_ms, out, err);
}

}  // namespace kiosk

namespace kiosk::app {

void register_export_command(CLI::App& app, CommandRegistry& commands, const std::string& db_path) {
    auto options = std::make_shared<ExportCliOptions>();
    options->db_path = db_path;
    CLI::App* cmd = add_export_command(app, *options);
    commands.adopt(cmd, [options] {
        try {
            Store store(options->db_path, Access::Read);
            return export_from_store(store, *options, system_clock().wall_ms(), std::cout, std::cerr);
        } catch (const StoreError& e) {
            std::cerr << e.what() << '\n';
            return 1;
        }
    });
}

}  // namespace kiosk::app
