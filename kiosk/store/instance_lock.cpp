#include "store/instance_lock.h"

#include "core/i18n.h"
#include "store/store_error.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kiosk {

InstanceLock::InstanceLock(const std::string& database_path) : path_(database_path + ".lock") {
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0)
        throw StoreError(StoreErrorKind::Unwritable,
                         fmt::format(fmt::runtime(tr("Cannot create the lock file {}: {}.")), path_,
                                     std::strerror(errno)));
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        int error = errno;
        char buf[32] = {};
        ssize_t n = ::pread(fd_, buf, sizeof buf - 1, 0);
        std::string holder = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string("?");
        while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
        ::close(fd_);
        fd_ = -1;
        if (error == EWOULDBLOCK)
            throw StoreError(StoreErrorKind::Locked,
                             fmt::format(fmt::runtime(tr("Another kiosk (process {}) is already using the database "
                                                         "{}. Close that one first; only one kiosk can write to a "
                                                         "database at a time.")),
                                         holder, database_path));
        throw StoreError(StoreErrorKind::Unwritable,
                         fmt::format(fmt::runtime(tr("Cannot lock {}: {}.")), path_, std::strerror(error)));
    }
    std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd_, 0) == 0) {
        ssize_t written = ::pwrite(fd_, pid.data(), pid.size(), 0);
        (void)written;  // the pid is only for the message of a second kiosk
    }
}

InstanceLock::~InstanceLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace kiosk
