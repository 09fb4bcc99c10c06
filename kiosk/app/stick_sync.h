// Syncing a file system with a time limit (issue 14, "a call that waits for another program or
// device"): syncfs(2) on a slow or failing stick may take minutes and cannot be interrupted. It
// runs on a thread of its own; the caller waits at most a given time and then says so, while the
// sync goes on by itself (the files are written either way; only their flush to the stick is
// unconfirmed). Used after an export and before an eject.
#pragma once

#include <functional>
#include <string>

namespace kiosk::app {

/// Flushes the file system holding `path` to its device: 0, or an errno value. The real one
/// opens `path` and calls syncfs(2); tests pass one that blocks.
using SyncFn = std::function<int(const std::string& path)>;

/// open(path) + syncfs + close: 0 or errno.
int syncfs_path(const std::string& path);

struct SyncOutcome {
    enum class Kind {
        Synced,    ///< the device confirmed every write
        Failed,    ///< the sync reported an error (`error`, an errno value)
        TimedOut,  ///< no answer within the time limit; the sync goes on in the background
    };
    Kind kind = Kind::Synced;
    int error = 0;
};

/// Runs `sync(path)` on a thread of its own and waits for it at most `timeout_seconds`. A sync
/// still running then is left to finish (or never) on its own thread, which holds nothing of the
/// caller's: the caller goes on, and quitting the kiosk does not wait for it.
SyncOutcome sync_with_timeout(const std::string& path, double timeout_seconds, const SyncFn& sync = syncfs_path);

}  // namespace kiosk::app
