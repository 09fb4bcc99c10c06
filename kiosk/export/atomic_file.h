// Writing an export so that a failure never replaces a good earlier file (case K13): the bytes
// go to a temporary file in the target folder, which is flushed to the disk (fsync) and only
// then renamed over the final name; the folder is synced too, so the rename survives a power
// cut. On any error the temporary file is removed and the old file stays as it was.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::exporting {

struct WriteResult {
    bool ok = true;
    std::string error;  // translated, names the folder or file; empty when ok
    int error_number = 0;  // errno of the failure, 0 when ok
    explicit operator bool() const { return ok; }
};

/// Writes `bytes` to `folder`/`name` atomically (see above). The file gets mode 0644 where the file
/// system has permission bits; where it has none (FAT, exFAT) the mode is left as it is, not an error.
WriteResult write_file_atomic(const std::string& folder, const std::string& name, std::string_view bytes);

/// A message in the user's language for a failed write of `path` with errno `error_number`:
/// a missing folder, a read-only folder or stick, a full disk, a file too large for the disk.
std::string describe_write_error(int error_number, const std::string& path);

}  // namespace kiosk::exporting
