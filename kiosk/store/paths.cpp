#include "store/paths.h"

#include "core/i18n.h"
#include "store/store_error.h"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include <pwd.h>
#include <unistd.h>

namespace kiosk {
namespace fs = std::filesystem;

namespace {

std::string home_dir() {
    if (const char* home = std::getenv("HOME"); home && *home) return home;
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir) return pw->pw_dir;
    return ".";
}

}  // namespace

std::string default_database_path() {
    fs::path base;
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg && fs::path(xdg).is_absolute()) base = xdg;
    else base = fs::path(home_dir()) / ".local" / "share";
    return (base / "kiosk" / "kiosk.db").string();
}

void create_parent_dirs(const std::string& file) {
    fs::path parent = fs::path(file).parent_path();
    if (parent.empty()) return;
    std::error_code ec;
    if (fs::is_directory(parent, ec)) return;
    fs::create_directories(parent, ec);
    if (ec)
        throw StoreError(StoreErrorKind::Unwritable,
                         fmt::format(fmt::runtime(tr("Cannot create the folder {} for the database: {}.")),
                                     parent.string(), ec.message()));
    fs::permissions(parent, fs::perms::owner_all, fs::perm_options::replace, ec);  // best effort
}

}  // namespace kiosk
