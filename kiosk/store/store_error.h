// The one error type of the store: what went wrong, as a kind the caller can act on (the UI
// shows "not saved, retrying" for a write that failed, a dialog for a damaged file) and a
// translated message for people.
#pragma once

#include <stdexcept>
#include <string>

namespace kiosk {

enum class StoreErrorKind {
    Busy,       // another program held the database longer than the busy timeout
    Locked,     // another kiosk holds the single-instance lock on this database
    Unwritable, // the folder or file cannot be written (read-only, missing, no permission)
    Full,       // the disk (or the file-size limit) is full
    Io,         // any other input/output failure
    Damaged,    // not SQLite, not ours, or failed integrity_check
    Newer,      // written by a newer kiosk: refused and left untouched (case K25)
    Replaced,   // the database file was deleted or replaced while open: writes would be lost
    NotFound,   // no such session
};

class StoreError : public std::runtime_error {
public:
    StoreError(StoreErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    StoreErrorKind kind() const { return kind_; }

private:
    StoreErrorKind kind_;
};

}  // namespace kiosk
