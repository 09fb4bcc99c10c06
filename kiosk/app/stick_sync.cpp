#include "app/stick_sync.h"

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace kiosk::app {

int syncfs_path(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    const int result = ::syncfs(fd) == 0 ? 0 : errno;
    ::close(fd);
    return result;
}

SyncOutcome sync_with_timeout(const std::string& path, double timeout_seconds, const SyncFn& sync) {
    // Shared with the sync's thread, which may outlive this call (a sync that never returns).
    struct Shared {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        int error = 0;
    };
    auto shared = std::make_shared<Shared>();
    std::thread([shared, path, sync] {
        const int error = sync(path);
        std::lock_guard lock(shared->mutex);
        shared->finished = true;
        shared->error = error;
        shared->done.notify_all();
    }).detach();
    std::unique_lock lock(shared->mutex);
    const auto limit = std::chrono::duration<double>(timeout_seconds);
    if (!shared->done.wait_for(lock, limit, [&] { return shared->finished; }))
        return {SyncOutcome::Kind::TimedOut, 0};
    if (shared->error != 0) return {SyncOutcome::Kind::Failed, shared->error};
    return {SyncOutcome::Kind::Synced, 0};
}

}  // namespace kiosk::app
