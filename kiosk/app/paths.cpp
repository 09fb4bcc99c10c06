#include "app/paths.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

namespace kiosk::app {
namespace {

bool exists(const std::string& path) {
    struct stat st{};
    return !path.empty() && ::stat(path.c_str(), &st) == 0;
}

}  // namespace

std::string default_db_path() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && xdg[0] == '/') return std::string(xdg) + "/kiosk/kiosk.db";
    const char* home = std::getenv("HOME");
    if (home && home[0] == '/') return std::string(home) + "/.local/share/kiosk/kiosk.db";
    return "kiosk.db";
}

bool ensure_parent_directory(const std::string& file_path, std::string& error) {
    const auto slash = file_path.find_last_of('/');
    if (slash == std::string::npos || slash == 0) return true;
    const std::string dir = file_path.substr(0, slash);
    for (size_t pos = 1; pos != std::string::npos;) {
        pos = dir.find('/', pos + 1);
        const std::string part = dir.substr(0, pos);
        if (::mkdir(part.c_str(), 0700) != 0 && errno != EEXIST) {
            error = "cannot create " + part + ": " + std::strerror(errno);
            return false;
        }
    }
    return true;
}

std::string first_existing(const std::vector<std::string>& candidates) {
    for (const auto& c : candidates) if (exists(c)) return c;
    return {};
}

std::string default_plans_dir() {
    const std::string found =
        first_existing({std::string(KIOSK_SOURCE_DIR) + "/sessions", KIOSK_DATA_DIR "/sessions"});
    return found.empty() ? std::string(KIOSK_DATA_DIR "/sessions") : found;
}

std::string font_manifest_path() {
    const std::string found = first_existing(
        {std::string(KIOSK_SOURCE_DIR) + "/fonts/manifest.toml", KIOSK_DATA_DIR "/fonts/manifest.toml"});
    return found.empty() ? std::string(KIOSK_DATA_DIR "/fonts/manifest.toml") : found;
}

std::string shader_dir() {
    const std::string found =
        first_existing({std::string(KIOSK_SOURCE_DIR) + "/shaders", KIOSK_DATA_DIR "/shaders"});
    return found.empty() ? std::string(KIOSK_DATA_DIR "/shaders") : found;
}

std::vector<std::string> catalogue_dirs() { return {KIOSK_BUILD_LOCALE_DIR, KIOSK_INSTALL_LOCALE_DIR}; }

}  // namespace kiosk::app
