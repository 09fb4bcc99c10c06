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
