// Exporting from the kiosk itself: where the notes can go (removable media first), and an export
// that writes on a worker thread, so the screen shows progress and never freezes.
#pragma once

#include "core/session.h"
#include "export/exporter.h"
#include "app/stick_sync.h"
#include "ui/export_screen.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::app {

/// Writable folders to export to: every mounted file system under /media, /run/media or /mnt
/// (USB sticks, cards; labelled by their mount name), then the user's documents folder
/// (~/Documenten, ~/Documents, else the home folder). `mounts` is the text of /proc/self/mounts.
std::vector<ui::ExportDestination> export_destinations(const std::string& mounts, const std::string& home);

/// Reads /proc/self/mounts and $HOME and calls the function above.
std::vector<ui::ExportDestination> find_export_destinations();

/// What an export writes with and how it syncs: the real ones by default; tests pass a writer
/// or a sync that blocks, to see that the UI goes on meanwhile.
struct ExportSeams {
    /// Writes the formats of `request` (exporting::export_session).
    std::function<exporting::ExportReport(const Session&, const exporting::ExportRequest&)> write =
        exporting::export_session;
    /// Flushes the folder's file system to the stick (syncfs_path).
    SyncFn sync = syncfs_path;
    /// How long the sync may take before the screen says it did not finish (a stick busy
    /// flushing a big cache takes a while; the eject allows as long).
    double sync_timeout_seconds = 20.0;
    /// Called on the worker after each step, e.g. Backend::wake, so the progress shows at once.
    std::function<void()> wake;
};

/// An export on a worker thread (issue 14: a stick that writes slowly or hangs never holds up
/// the frame, so the screen shows progress and the countdown keeps running). start() fixes the
/// session and the folder (a folder named in the session's language, "Workshopverslagen" or
/// "Workshop notes", is made inside the chosen one) and returns at once; the worker writes one
/// format after the other, then syncs the stick with a time limit. Messages are in the language
/// of the thread that calls start(), the folder and the files in the session's.
class ExportJob {
public:
    explicit ExportJob(ExportSeams seams = {});
    /// A worker still writing (a hung stick) is left to finish on its own: quitting never waits.
    ~ExportJob();
    ExportJob(const ExportJob&) = delete;
    ExportJob& operator=(const ExportJob&) = delete;

    /// Starts an export; does nothing while one runs.
    void start(const Session& session, const std::string& destination, std::int64_t now_ms);
    /// As above for several sessions at once (the archive's export, issue 13): one CSV for all
    /// of them and each session's own documents (export/several_sessions.h), the folder named in
    /// the first session's language. Does nothing for an empty list or while an export runs.
    void start(std::vector<Session> sessions, const std::string& destination, std::int64_t now_ms);
    /// Where the export is now (a copy: the worker goes on changing it).
    ui::ExportProgress progress() const;
    /// Back to Idle; does nothing while an export runs.
    void reset();
    /// Waits until the export is no longer running, at most `seconds`; true when it ended.
    bool wait(double seconds) const;
    /// What the worker calls after each step (ExportSeams::wake); set before start().
    void set_wake(std::function<void()> wake) { seams_.wake = std::move(wake); }

private:
    struct State;
    void launch(const std::string& language_code, const std::string& destination, std::int64_t now_ms,
                std::function<exporting::ExportReport(const exporting::ExportRequest&)> write);
    ExportSeams seams_;
    std::shared_ptr<State> state_;
    std::thread worker_;
};

}  // namespace kiosk::app
