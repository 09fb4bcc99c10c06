// The single-instance lock: one kiosk (or one `kiosk apply`) writes a database at a time.
//
// It is an flock() on "<database>.lock" next to the database. The kernel drops an flock when its
// process ends, however it ends (crash, SIGKILL, power cut), so a crashed kiosk never leaves a
// stale lock: the file may stay behind, but nobody holds it. The file holds the holder's process
// id, only to make the message helpful. Readers (`sessions list`, `db check`, `db backup`) do
// not take the lock; SQLite's WAL mode lets them read while the kiosk writes.
#pragma once

#include <string>

namespace kiosk {

class InstanceLock {
public:
    /// Takes the lock for `database_path`, without waiting. Throws StoreError(Locked) with a
    /// translated message naming the other process when another holder has it, and
    /// StoreError(Unwritable) when the lock file cannot be created.
    explicit InstanceLock(const std::string& database_path);
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
    int fd_ = -1;
};

}  // namespace kiosk
