#include "export/atomic_file.h"

#include "core/i18n.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk::exporting {
namespace {

WriteResult failure(int err, const std::string& path) {
    return {false, describe_write_error(err, path), err};
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

std::string describe_write_error(int error_number, const std::string& path) {
    auto say = [&](const char* msgid) { return fmt::format(fmt::runtime(tr(msgid)), path); };
    switch (error_number) {
        case ENOENT:
            return say(N_("The folder for {} does not exist. Choose another folder, or plug the USB stick in again."));
        case ENOTDIR:
            return say(N_("{} is not in a folder that can be written to. Choose another folder."));
        case EACCES: case EPERM: case EROFS:
            return say(N_("{} cannot be written: the folder is read-only. Choose another folder, or check the "
                       "write-protect switch of the USB stick."));
        case ENOSPC:
#ifdef EDQUOT
        case EDQUOT:
#endif
            return say(N_("The disk is full: {} could not be written. Free some space or choose another disk. "
                       "An earlier file of that name is unchanged."));
        case EFBIG:
            return say(N_("{} is too large for this disk. Choose another disk. An earlier file of that name is "
                       "unchanged."));
        case ENAMETOOLONG:
            return say(N_("The name {} is too long for this disk."));
        default:
            return fmt::format(fmt::runtime(tr("{} could not be written: {}")), path, std::strerror(error_number));
    }
}

WriteResult write_file_atomic(const std::string& folder, const std::string& name, std::string_view bytes) {
    const std::string path = folder + "/" + name;
    struct stat st{};
    if (::stat(folder.c_str(), &st) != 0) return failure(errno, path);
    if (!S_ISDIR(st.st_mode)) return failure(ENOTDIR, path);

    // A short hidden name: the final name may already use all 255 bytes a name may have.
    std::string temp = folder + "/.kiosk-export-XXXXXX";
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return failure(errno, path);
    auto abandon = [&](int err) {
        ::close(fd);
        ::unlink(temp.c_str());
        return failure(err, path);
    };
    // mkstemp makes the file 0600; readable by all is only a nicety. FAT and exFAT sticks have no
    // permission bits and refuse (EPERM, or ENOSYS through FUSE): the export must not fail on that.
    (void)::fchmod(fd, 0644);
    if (!write_all(fd, bytes)) return abandon(errno);
    if (::fsync(fd) != 0) return abandon(errno);
    int closed = ::close(fd);
    fd = -1;
    if (closed != 0) {
        int err = errno;
        ::unlink(temp.c_str());
        return failure(err, path);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(temp.c_str());
        return failure(err, path);
    }
    // The rename is in the folder's entries: sync those too (best effort: some file systems,
    // e.g. FAT on some kernels, refuse fsync on a directory).
    int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

}  // namespace kiosk::exporting
