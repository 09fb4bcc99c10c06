// kiosk: the Workshop Kiosk. Without a subcommand it opens the kiosk fullscreen; subcommands do
// the work that needs no screen. Each layer's commands are registered with one call below.
#include "app/cli_export.h"
#include "app/cli_facilitator.h"
#include "app/cli_language.h"
#include "app/cli_plan.h"
#include "app/cli_store.h"
#include "app/commands.h"
#include "app/compare_shot.h"
#include "app/compare_text.h"
#include "app/kiosk_app.h"
#include "app/paths.h"
#include "store/paths.h"
#include "core/i18n.h"
#include "platform/monitor_choice.h"
#include "platform/translation.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace {

using kiosk::app::RunOptions;
using kiosk::tr;

/// Options of the interactive kiosk (and of --screenshot, which renders the same screens).
void add_run_options(CLI::App& app, RunOptions& o, std::string& windowed, std::string& projector_windowed,
                     bool& list_screens) {
    app.add_option("--projector", o.projector,
                   tr("Show the session read-only on a projector: monitor N (1 = first) or the first whose name contains this text"));
    app.add_option("--projector-windowed", projector_windowed,
                   tr("The projector in a window of WxH pixels, e.g. 1280x720 (for trying it out)"));
    app.add_option("--phones", o.phones_port,
                   tr("Let participants' phones join from the start, on this port (0: any free port)"))
        ->check(CLI::Range(0, 65535));
    app.add_option("--phones-address", o.phones_address,
                   tr("The address the phones' server listens on (default: every network of this machine)"))
        ->capture_default_str();
    app.add_option("--windowed", windowed, tr("Open a window of WxH pixels instead of fullscreen, e.g. 1280x800"));
    app.add_option("--monitor", o.backend.monitor,
                   tr("Fullscreen on monitor N (1 = first) or the first whose name contains this text"));
    app.add_option("--scale", o.backend.user_scale,
                   tr("Multiply the automatic size (body text 1/40 of the screen height) by F"))
        ->check(CLI::Range(0.25, 4.0));
    app.add_option("--lang", o.language, tr("Language of the kiosk and of these commands (nl or en)"))
        ->check(CLI::IsMember(kiosk::supported_languages()))
        ->capture_default_str();
    app.add_option("--db", o.db_path, tr("Session database"))->capture_default_str();
    app.add_option("--plans", o.plans_dir, tr("Folder of plan files"))->capture_default_str();
    app.add_option("--screenshot", o.screenshot_path, tr("Render a screen to this PNG file and exit"));
    app.add_option("--screenshot-dir", o.screenshot_dir,
                   tr("With --screen exercise: render every exercise (each phase of a writing one) to PNG files in this folder and exit"));
    app.add_flag("--frame-report", o.frame_report,
                 "With --screenshot or --screenshot-dir: write what each frame drew (text, bounding box, missing glyphs) next to the PNG (for tests)")
        ->group("");
    app.add_option("--screen", o.screen, tr("Screen for --screenshot (see --list-screens)"))->capture_default_str();
    app.add_option("--exercise", o.exercise, tr("With --screen exercise: the exercise to show, e.g. vision"));
    app.add_option("--archive-row", o.archive_row, "With --screen archive: open this session's detail, for screenshots")->group("");
    app.add_flag("--archive-confirm", o.archive_confirm, "With --archive-row: show its delete confirm, for screenshots")->group("");
    app.add_option("--focus", o.focus, "Open the keyboard on this text field (a hit-target key such as title), for screenshots")->group("");
    app.add_flag("--list-screens", list_screens, tr("List the screens --screenshot can render"));
    app.add_flag("--demo-data", o.demo_data, tr("Show example plans and sessions (for screenshots)"));
    app.add_option("--actions", o.demo_actions, tr("With --demo-data: apply these JSON Lines actions to the demo session"));
    app.add_option("--compare", o.compare,
                   tr("With --screenshot: the comparison of two stored sessions, THEN,NOW (ids or latest)"));
    app.add_flag("--log-targets", o.log_targets, "Log the rectangle of every touch target (for tests)")
        ->group("");
}

}  // namespace

/// At most one command per level, so a word after a command is its argument, never a second
/// command: `kiosk export s-1 demo` exports the sessions "s-1" and "demo". CLI11 2.1 looks a word
/// up among the commands of every level above too, and would run `kiosk demo` for it, unless
/// that level's one command has been given already.
void one_command_per_level(CLI::App& app) {
    const auto subcommands = app.get_subcommands([](CLI::App*) { return true; });
    if (subcommands.empty()) return;
    app.require_subcommand(app.get_require_subcommand_min(), std::size_t{1});
    for (CLI::App* sub : subcommands) one_command_per_level(*sub);
}

int main(int argc, char** argv) {
    const auto started = std::chrono::steady_clock::now();
    kiosk::platform::LocaleNotice notice;
    kiosk::platform::ensure_utf8_locale(notice);  // before GLFW: dead keys and Compose need it
    // Every catalogue, loaded once for the whole run; the main thread speaks the command line's
    // language. It comes before the command line is built: CLI11 keeps the help texts it is given.
    const kiosk::Languages languages(kiosk::app::catalogue_dirs());
    const kiosk::LanguageScope speaking(languages.get(kiosk::app::command_line_language(
        std::vector<std::string>(argv + 1, argv + argc), [](const char* name) { return std::getenv(name); })));

    CLI::App app{tr("Workshop Kiosk: OF/BY/FOR ALL workshops on a projector and touch table"), "kiosk"};
    app.set_version_flag("--version", std::string("kiosk ") + KIOSK_VERSION, tr("Show the version and exit"));
    app.fallthrough();  // --lang (and the other kiosk options) may also follow a subcommand
    RunOptions options;
    options.backend.started = started;
    options.db_path = kiosk::default_database_path();
    options.plans_dir = kiosk::app::default_plans_dir();
    std::string windowed, projector_windowed;
    bool list_screens = false;
    add_run_options(app, options, windowed, projector_windowed, list_screens);

    kiosk::app::CommandRegistry commands;
    // Subcommands register here, one call per layer.
    kiosk::app::register_plan_commands(app, commands, options.plans_dir);
    kiosk::register_store_commands(app, commands, options.db_path, options.plans_dir);
    kiosk::app::register_compare_command(app, commands, options.db_path);
    kiosk::app::register_export_command(app, commands, options.db_path);
    kiosk::register_facilitator_commands(app, commands, options.db_path);
    kiosk::app::translate_help(app);
    one_command_per_level(app);

    CLI11_PARSE(app, argc, argv);
    if (notice != kiosk::platform::LocaleNotice::None)
        std::fprintf(stderr, "%s\n", kiosk::app::locale_notice_text(notice));

    const int status = commands.run_chosen();
    if (status >= 0) return status;
    if (list_screens) {
        std::cout << kiosk::app::list_screens();
        return 0;
    }
    if (!windowed.empty() &&
        !kiosk::platform::parse_size(windowed, options.backend.windowed_width, options.backend.windowed_height)) {
        std::fprintf(stderr, "%s\n",
                     fmt::format(fmt::runtime(tr("kiosk: --windowed wants WIDTHxHEIGHT, e.g. 1280x800 (got \"{}\")")),
                                 windowed)
                         .c_str());
        return 2;
    }
    if (!projector_windowed.empty()) options.projector = "windowed " + projector_windowed;
    if ((!options.screenshot_path.empty() || !options.screenshot_dir.empty()) && windowed.empty()) {
        options.backend.windowed_width = 1920;  // a reproducible size unless asked otherwise
        options.backend.windowed_height = 1080;
    }
    options.backend.font_manifest = kiosk::app::font_manifest_path();
    options.backend.shader_dir = kiosk::app::shader_dir();
    if (!options.compare.empty()) return kiosk::app::screenshot_comparison(options);
    return kiosk::app::run_kiosk(options);
}
