#include "app/cli_export.h"

#include "core/i18n.h"
#include "export/exporter.h"

#include <fmt/format.h>

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
    exporting::ExportReport report = exporting::export_session(session, request);
    for (const auto& path : report.written) out << fmt::format(fmt::runtime(tr("Wrote {}")), path) << '\n';
    if (!report.ok) {
        err << report.error << '\n';
        return 1;
    }
    return 0;
}

}  // namespace kiosk
