// Where the kiosk keeps its database.
#pragma once

#include <string>

namespace kiosk {

/// The default database file: $XDG_DATA_HOME/kiosk/kiosk.db, or ~/.local/share/kiosk/kiosk.db
/// when XDG_DATA_HOME is unset or not absolute (XDG Base Directory rules). Does not touch disk.
std::string default_database_path();

/// Creates the parent folders of `file` (mode 0700 for new ones, as the data is the room's).
/// Throws StoreError(Unwritable) with a translated message when that fails.
void create_parent_dirs(const std::string& file);

}  // namespace kiosk
