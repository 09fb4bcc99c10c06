// The interactive kiosk: wires the platform window, the UI screens and (as they land) the store
// and plans layers. Also renders one screen to a PNG for tests and documentation.
#pragma once

#include "platform/backend.h"

#include <string>

namespace kiosk::app {

struct RunOptions {
    platform::BackendOptions backend;
    std::string language = "nl";   ///< "nl" or "en"
    std::string db_path;           ///< the session database (opened by the store layer)
    std::string plans_dir;         ///< directory of plan files
    bool demo_data = false;        ///< show the example plans and sessions (screenshots)
    bool log_targets = false;      ///< log targets, "screen NAME ready" and pointer input (e2e, README)
    std::string screenshot_path;   ///< non-empty: render `screen` to this PNG and exit
    std::string screenshot_dir;    ///< non-empty (screen "exercise"): every exercise and phase to ID[-PHASE].png here
    bool frame_report = false;     ///< with a screenshot: ui::frame_report() of each frame to the PNG's name + .txt
    std::string screen = "start";  ///< screen name for the screenshot (or to open with --demo-data)
    std::string exercise;          ///< with --screen exercise: the exercise id to show
    std::string focus;             ///< hit-target key of a text field to open the keyboard on
    std::string archive_row;       ///< --screen archive: the session whose detail is open (screenshots)
    bool archive_confirm = false;  ///< ... with its delete confirm up, as behind an open console
    std::string demo_actions;      ///< JSON Lines applied to the demo session (e.g. a full board)
    std::string compare;           ///< with --screenshot: "THEN,NOW", the comparison screen (compare_shot.h)
    /// The projector at start (platform::parse_projector_spec): "" none (the console can turn it
    /// on, on the second monitor), "N" or a monitor name, or "windowed WxH".
    std::string projector;
    /// Phones join at start on this port (--phones PORT, issue 12; 0: any free port); -1: only
    /// when the facilitator switches "phones may join" on in the console (port 8080 or near it).
    int phones_port = -1;
    /// Where the phone server listens (--phones-address): every network of the machine by
    /// default; tests use 127.0.0.1.
    std::string phones_address = "0.0.0.0";

    /// True when the kiosk only renders screenshots and exits (nothing is written, no sound).
    bool screenshots() const { return !screenshot_path.empty() || !screenshot_dir.empty(); }
};

/// Runs the kiosk until the facilitator closes it or a signal arrives. Returns the exit status.
/// Call it on a thread that speaks a language of the loaded kiosk::Languages (main() does): the
/// kiosk finds options.language among them (core/i18n.h's language_for), else shows English.
int run_kiosk(const RunOptions& options);

/// The screens --screenshot can render, one per line as "name" or "name (not built yet)".
std::string list_screens();

}  // namespace kiosk::app
