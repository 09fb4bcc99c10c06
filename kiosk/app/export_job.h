// Exporting from the kiosk itself: where the notes can go (removable media first), and an export
// that writes one format per frame so the screen shows progress and never freezes.
#pragma once

#include "core/session.h"
#include "export/exporter.h"
#include "ui/export_screen.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::app {

/// Writable folders to export to: every mounted file system under /media, /run/media or /mnt
/// (USB sticks, cards; labelled by their mount name), then the user's documents folder
/// (~/Documenten, ~/Documents, else the home folder). `mounts` is the text of /proc/self/mounts.
std::vector<ui::ExportDestination> export_destinations(const std::string& mounts, const std::string& home);

/// Reads /proc/self/mounts and $HOME and calls the function above.
std::vector<ui::ExportDestination> find_export_destinations();

/// An export in steps: start() fixes the session and the folder (a folder named in the session's
/// language, "Workshopverslagen" or "Workshop notes", is made inside the chosen one), each step()
/// writes one format. Call it from a thread with a LanguageScope (core/i18n.h): its messages are
/// in that language, the folder and the files in the session's.
class ExportJob {
public:
    void start(const Session& session, const std::string& destination, std::int64_t now_ms);
    /// Writes the next format; does nothing unless running.
    void step();
    const ui::ExportProgress& progress() const { return progress_; }
    void reset() { progress_ = {}; }

private:
    Session session_;
    std::vector<exporting::Format> remaining_;
    std::int64_t now_ms_ = 0;
    ui::ExportProgress progress_;
};

}  // namespace kiosk::app
