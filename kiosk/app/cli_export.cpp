#include "app/cli_export.h"

#include "core/i18n.h"
#include "export/exporter.h"
#include "app/commands.h"
#include "store/store.h"
#include "store/store_error.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

namespace kiosk {

CLI::App* add_export_command(CLI::App& app, ExportCliOptions& options) {
    CLI::App* cmd = app.add_subcommand("export", tr("Write the session notes of a session into a folder"));
    cmd->add_option("session", options.session_id, tr("Id of the session to export"))->required();
    cmd->add_option("--format", options.formats, tr("Formats, comma-separated: md, html, csv, pdf, png, svg, all"))
        ->capture_default_str();
    cmd->add_option("--out", options.out_dir, tr("Folder to write the files into"))->capture_default_str();
    cmd->add_option("--db", options.db_path, tr("Database file to read the session from"));
    cmd->add_option("--csv", options.csv_profile,
                    tr("CSV profile: nl (';' and a byte-order mark) or en (','); default by the session's language"));
    return cmd;
}

int run_export(const Session& session, const ExportCliOptions& options, std::int64_t now_ms,
               std::ostream& out, std::ostream& err) {
    exporting::ExportRequest request;
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
    exporting::ExportReport report = exporting::export_session(session, request);
    for (const auto& path : report.written) out << fmt::format(fmt::runtime(tr("Wrote {}")), path) << '\n';
    if (!report.ok) {
        err << report.error << '\n';
        return 1;
    }
    return 0;
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
            LoadedSession loaded = store.load_session(options->session_id);
            for (const auto& problem : loaded.problems) std::cerr << problem << '\n';
            return run_export(loaded.session, *options, system_clock().wall_ms(), std::cout, std::cerr);
        } catch (const StoreError& e) {
            std::cerr << e.what() << '\n';
            return 1;
        }
    });
}

}  // namespace kiosk::app
