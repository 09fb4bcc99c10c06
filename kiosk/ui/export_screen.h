// The export screen: the facilitator takes the session notes home. It offers the places to write
// to (USB sticks and other removable media first, then the computer's documents folder), shows
// the progress format by format, and ends with the list of files written or a clear error. It
// touches no files itself: the app finds the destinations and runs the export (app/export_job).
#pragma once

#include "ui/redraw.h"
#include "ui/theme.h"
#include "ui/touch_scroll.h"

#include <string>
#include <variant>
#include <vector>

namespace kiosk::ui {

/// A folder the notes can go to.
struct ExportDestination {
    std::string label;       ///< what the facilitator reads, e.g. "USB-stick KINGSTON" (translated)
    std::string path;        ///< the folder (shown small under the label)
    bool removable = false;  ///< a USB stick or card: listed first, with the stick icon
};

struct ExportScreenData {
    std::string session_title;                  ///< user text
    std::vector<ExportDestination> destinations;
};

/// Where the export is; filled in by the app while it runs.
struct ExportProgress {
    enum class Phase { Idle, Running, Done, Failed };
    Phase phase = Phase::Idle;
    int done = 0, total = 0;            ///< formats written so far / to write
    std::string current;                ///< the format being written now, e.g. "PDF"
    std::string folder;                 ///< where the files go
    std::vector<std::string> written;   ///< file names written (no folder)
    std::string error;                  ///< translated, when Failed
    std::string warning;                ///< translated, when Done but the stick did not confirm the writes
    /// After a Done export to a USB stick or card (issue 14): removing it safely, as the app
    /// runs it (app/stick_eject.h). NotOffered for a folder on the computer.
    enum class Eject { NotOffered, Offered, Running, Ejected, SyncedOnly, NotEjected };
    Eject eject = Eject::NotOffered;
    std::string eject_message;          ///< translated: the outcome (Ejected, SyncedOnly, NotEjected)
};

struct ExportScreenState {
    int selected = 0;  ///< index into destinations
    TouchScroll scroll;  ///< the screen's scrolling regions
};

struct StartExportIntent { std::string folder; };
struct LeaveExportIntent {};                       ///< back to the session
struct RefreshDestinationsIntent {};               ///< "look again" after plugging in a stick
struct EjectStickIntent {};                        ///< "remove the stick safely" (hit target "export-eject")
using ExportIntent =
    std::variant<std::monostate, StartExportIntent, LeaveExportIntent, RefreshDestinationsIntent, EjectStickIntent>;

/// Draws the export screen over the whole display and returns what the facilitator asked for.
ExportIntent draw_export_screen(const ExportScreenData& data, ExportScreenState& state,
                                const ExportProgress& progress, const Context& ctx, Redraw& redraw);

}  // namespace kiosk::ui
