#include "store/facilitator_pin.h"

#include "core/i18n.h"
#include "core/pin_rule.h"
#include "store/paths.h"
#include "store/store_error.h"

#include <fmt/format.h>
#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk {
namespace fs = std::filesystem;

namespace {

constexpr const char* kFileName = "facilitator-pin";
constexpr const char* kArgon2idPrefix = "$argon2id$";

/// What the file holds: nothing (no file), its text, or nullopt for a file that is there but
/// cannot be read (a folder in its place, no permission, an input/output error).
struct FileText {
    bool exists = false;
    std::optional<std::string> text;
};

FileText read_small_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return {errno != ENOENT, std::nullopt};
    std::string text;
    char buffer[512];
    bool failed = false;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) { failed = true; break; }
        if (n == 0) break;
        text.append(buffer, size_t(n));
        if (text.size() > 4096) break;  // far longer than any hash: damaged, no need to read on
    }
    ::close(fd);
    if (failed) return {true, std::nullopt};
    return {true, std::move(text)};
}

/// The hash in `text` (one line, as set() writes it), or nullopt when it is not an Argon2id
/// hash libsodium can read.
std::optional<std::string> parse_hash(std::string text) {
    if (!text.empty() && text.back() == '\n') text.pop_back();
    if (text.empty() || text.size() >= crypto_pwhash_STRBYTES) return std::nullopt;
    if (text.find('\0') != std::string::npos || text.rfind(kArgon2idPrefix, 0) != 0) return std::nullopt;
    // -1 means the string does not decode as a hash of this algorithm (0 or 1: it does).
    if (crypto_pwhash_str_needs_rehash(text.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                       crypto_pwhash_MEMLIMIT_INTERACTIVE) < 0)
        return std::nullopt;
    return text;
}

bool write_all(int fd, const std::string& bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += size_t(n);
    }
    return true;
}

/// Writes `bytes` to `path` through a temporary file in the same folder (mode 0600, fsync,
/// rename, then the folder synced so the rename survives a power cut). Returns 0 or the errno of
/// the failure; on failure the temporary file is gone and `path` is as it was.
int write_private_file_atomic(const std::string& path, const std::string& bytes) {
    std::string temp = path + ".XXXXXX";
    const int fd = ::mkstemp(temp.data());  // mode 0600 already; fchmod makes sure of it
    if (fd < 0) return errno;
    int error = 0;
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0 || !write_all(fd, bytes) || ::fsync(fd) != 0) error = errno ? errno : EIO;
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error == 0 && ::rename(temp.c_str(), path.c_str()) != 0) error = errno;
    if (error != 0) {
        ::unlink(temp.c_str());
        return error;
    }
    const std::string folder = fs::path(path).parent_path().string();
    const int dir = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);  // best effort: the file itself is complete either way
        ::close(dir);
    }
    return 0;
}

std::string write_error(const std::string& path, int error_number) {
    return fmt::format(fmt::runtime(tr("Cannot save the facilitator PIN in {}: {}.")), path,
                       std::generic_category().message(error_number));
}

}  // namespace

std::string facilitator_pin_path(const std::string& database_path) {
    return (fs::path(database_path).parent_path() / kFileName).string();
}

FacilitatorPin::FacilitatorPin(std::string path) : path_(std::move(path)) {
    // sodium_init() returns 1 when an earlier call already initialised the library.
    if (sodium_init() < 0)
        throw StoreError(StoreErrorKind::Io, tr("The cryptography library (libsodium) could not start."));
}

PinState FacilitatorPin::state() const {
    const FileText file = read_small_file(path_);
    if (!file.exists) return PinState::NotSet;
    if (!file.text || !parse_hash(*file.text)) return PinState::Damaged;
    return PinState::Set;
}

PinSetResult FacilitatorPin::set(const std::string& pin) const {
    if (std::string refusal = pin_refusal(pin); !refusal.empty()) return {false, refusal};
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {false, write_error(path_, ENOMEM)};  // libsodium's only failure here: no memory
    try {
        create_parent_dirs(path_);
    } catch (const StoreError& e) {
        return {false, e.what()};
    }
    if (const int error = write_private_file_atomic(path_, std::string(hash) + "\n"); error != 0)
        return {false, write_error(path_, error)};
    return {true, {}};
}

PinVerdict FacilitatorPin::verify(const std::string& pin) const {
    const FileText file = read_small_file(path_);
    if (!file.exists) return PinVerdict::Wrong;
    if (!file.text) return PinVerdict::Damaged;
    const std::optional<std::string> hash = parse_hash(*file.text);
    if (!hash) return PinVerdict::Damaged;
    return crypto_pwhash_str_verify(hash->c_str(), pin.data(), pin.size()) == 0 ? PinVerdict::Right
                                                                                 : PinVerdict::Wrong;
}

std::future<PinVerdict> FacilitatorPin::verify_async(std::string pin) const {
    // The lambda holds its own copy of this object, so the future may outlive the caller's.
    return std::async(std::launch::async, [self = *this, pin = std::move(pin)] { return self.verify(pin); });
}

bool FacilitatorPin::reset() const {
    std::error_code ec;
    const bool removed = fs::remove(path_, ec);
    if (ec)
        throw StoreError(StoreErrorKind::Unwritable,
                         fmt::format(fmt::runtime(tr("Cannot remove the facilitator PIN file {}: {}.")), path_,
                                     ec.message()));
    return removed;
}

std::string FacilitatorPin::damage_message() const {
    return fmt::format(
        fmt::runtime(tr("The facilitator PIN file {} is damaged or cannot be read, so the facilitator console "
                        "stays closed. To choose a new PIN, run \"kiosk facilitator reset-pin\" at this machine, in "
                        "its own user account; the kiosk then asks for a new PIN.")),
        path_);
}

}  // namespace kiosk
