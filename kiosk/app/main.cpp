// kiosk: the Workshop Kiosk. Without a subcommand it opens the kiosk fullscreen; subcommands do
// the work that needs no screen. Each layer's commands are registered with one call below.
#include "app/cli_export.h"
#include "app/cli_plan.h"
#include "app/cli_store.h"
#include "app/commands.h"
#include "app/kiosk_app.h"
#include "app/paths.h"
#include "store/paths.h"
#include "platform/monitor_choice.h"
#include "platform/translation.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>

namespace {

using kiosk::app::RunOptions;

/// Options of the interactive kiosk (and of --screenshot, which renders the same screens).
void add_run_options(CLI::App& app, RunOptions& o, std::string& windowed, bool& list_screens) {
    app.add_option("--windowed", windowed, "Open a window of WxH pixels instead of fullscreen, e.g. 1280x800");
    app.add_option("--monitor", o.backend.monitor,
                   "Fullscreen on monitor N (1 = first) or the first whose name contains this text");
    app.add_option("--scale", o.backend.user_scale,
                   "Multiply the automatic size (body text 1/40 of the screen height) by F")
        ->check(CLI::Range(0.25, 4.0));
    app.add_option("--lang", o.language, "Language of the kiosk")
        ->check(CLI::IsMember(kiosk::platform::supported_languages()))
        ->capture_default_str();
    app.add_option("--db", o.db_path, "Session database")->capture_default_str();
    app.add_option("--plans", o.plans_dir, "Directory of plan files")->capture_default_str();
    app.add_option("--screenshot", o.screenshot_path, "Render a screen to this PNG file and exit");
    app.add_option("--screen", o.screen, "Screen for --screenshot (see --list-screens)")->capture_default_str();
    app.add_option("--exercise", o.exercise, "With --screen exercise: the exercise to show, e.g. vision");
    app.add_option("--focus", o.focus, "With --demo-data: open the keyboard on this text field")->group("");
    app.add_flag("--list-screens", list_screens, "List the screens --screenshot can render");
    app.add_flag("--demo-data", o.demo_data, "Show example plans and sessions (for screenshots)");
    app.add_option("--actions", o.demo_actions, "With --demo-data: apply these JSON Lines actions to the demo session");
    app.add_flag("--log-targets", o.log_targets, "Log the rectangle of every touch target (for tests)")
        ->group("");
}

}  // namespace

int main(int argc, char** argv) {
    const auto started = std::chrono::steady_clock::now();
    std::string notice;
    kiosk::platform::ensure_utf8_locale(notice);  // before GLFW: dead keys and Compose need it

    CLI::App app{"Workshop Kiosk: OF/BY/FOR ALL workshops on a projector and touch table", "kiosk"};
    app.set_version_flag("--version", std::string("kiosk ") + KIOSK_VERSION);
    RunOptions options;
    options.backend.started = started;
    options.db_path = kiosk::default_database_path();
    options.plans_dir = kiosk::app::default_plans_dir();
    std::string windowed;
    bool list_screens = false;
    add_run_options(app, options, windowed, list_screens);

    kiosk::app::CommandRegistry commands;
    // Subcommands register here, one call per layer.
    kiosk::app::register_plan_commands(app, commands, options.plans_dir);
    kiosk::register_store_commands(app, commands, options.db_path, options.plans_dir);
    kiosk::app::register_export_command(app, commands, options.db_path);

    CLI11_PARSE(app, argc, argv);
    if (!notice.empty()) std::fprintf(stderr, "%s\n", notice.c_str());

    const int status = commands.run_chosen();
    if (status >= 0) return status;
    if (list_screens) {
        std::cout << kiosk::app::list_screens();
        return 0;
    }
    if (!windowed.empty() &&
        !kiosk::platform::parse_size(windowed, options.backend.windowed_width, options.backend.windowed_height)) {
        std::fprintf(stderr, "kiosk: --windowed wants WIDTHxHEIGHT, e.g. 1280x800 (got \"%s\")\n", windowed.c_str());
        return 2;
    }
    if (!options.screenshot_path.empty() && windowed.empty()) {
        options.backend.windowed_width = 1920;  // a reproducible size unless asked otherwise
        options.backend.windowed_height = 1080;
    }
    options.backend.font_manifest = kiosk::app::font_manifest_path();
    options.backend.shader_dir = kiosk::app::shader_dir();
    return kiosk::app::run_kiosk(options);
}
