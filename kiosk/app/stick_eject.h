// Ejecting a USB stick safely after an export (issue 14, "a non-essential step treated as
// fatal"): the files are synced to the stick, then it is unmounted through the desktop's usual
// service where there is one, so the facilitator knows when it can be pulled out. Both wait on
// a device and on another program, so they run on a thread of their own (EjectJob), each command
// with a timeout; the export screen shows the outcome.
#pragma once

#include "ui/export_screen.h"

#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace kiosk::app {

/// One line of /proc/self/mounts.
struct MountEntry {
    std::string device, mount_point, type;
};

/// The mount holding `folder` in `mounts` (the text of /proc/self/mounts, mount points with
/// their \040-style escapes): the one whose mount point is the longest whole-component prefix
/// of `folder`. nullopt when none is.
std::optional<MountEntry> mount_of(const std::string& folder, const std::string& mounts);

/// The first executable `name` in the colon-separated `path_env`; "" when none.
std::string find_program(const std::string& name, const std::string& path_env);

struct EjectOutcome {
    enum class Kind {
        Pullable,   ///< synced and unmounted: the stick can be pulled out now
        SyncedOnly, ///< synced; no desktop service to unmount with: eject it the desktop's way
        NotEjected, ///< the sync or the unmount failed or timed out: not to be pulled yet
    };
    Kind kind = Kind::NotEjected;
    std::string message;  ///< for the screen, in the current language
    std::string log;      ///< what happened, for the log (English, with the tool's own output)
};

struct EjectOptions {
    std::string path_env;           ///< where udisksctl and gio are looked for ($PATH)
    double timeout_seconds = 20.0;  ///< per command; a stick busy flushing a big cache takes a while
};

/// Syncs the file system holding `folder` (syncfs), then unmounts it with
/// `udisksctl unmount -b DEVICE` (a /dev device, as udisks mounts sticks) or else
/// `gio mount -u MOUNT_POINT`, whichever is found first in options.path_env; a command that does
/// not end within the timeout is killed and counts as failed. Blocks: call it from EjectJob.
/// `mounts` is the text of /proc/self/mounts. Messages are in the calling thread's language.
EjectOutcome eject_stick(const std::string& folder, const std::string& mounts, const EjectOptions& options);

/// What the export screen shows of the removal (ui::ExportProgress::eject and eject_message):
/// NotOffered unless `progress` is a Done export to removable media; Running while `busy`;
/// else the outcome of the last removal, or Offered before there was one.
void show_eject(ui::ExportProgress& progress, bool removable, bool busy, const std::optional<EjectOutcome>& outcome);

/// eject_stick() on a thread of its own, with the language of the thread that starts it.
class EjectJob {
public:
    /// `done` is called on the job's thread once the outcome is there (e.g. Backend::wake).
    explicit EjectJob(std::function<void()> done = {}) : done_(std::move(done)) {}
    /// Waits for a job under way (bounded by its commands' timeouts).
    ~EjectJob();
    EjectJob(const EjectJob&) = delete;
    EjectJob& operator=(const EjectJob&) = delete;

    /// Starts ejecting the stick holding `folder`, reading /proc/self/mounts and $PATH unless
    /// given; does nothing while a job runs.
    void start(const std::string& folder, std::optional<std::string> mounts = std::nullopt,
               std::optional<EjectOptions> options = std::nullopt);
    bool busy() const;
    /// The outcome of the last job, once; nullopt while it runs or when there was none.
    std::optional<EjectOutcome> take();

private:
    std::function<void()> done_;
    mutable std::mutex mutex_;
    bool busy_ = false;
    std::optional<EjectOutcome> outcome_;
    std::thread worker_;
};

}  // namespace kiosk::app
