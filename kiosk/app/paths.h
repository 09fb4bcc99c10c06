// Where the kiosk finds its files: the source tree while running from a build (baked in at build
// time), then the installed location. And where it keeps its data (XDG base directories).
#pragma once

#include <string>
#include <vector>

namespace kiosk::app {

/// The first of `candidates` that exists (file or directory), or "" when none does.
std::string first_existing(const std::vector<std::string>& candidates);

/// Plan files: the source tree's sessions/, then /usr/share/kiosk/sessions.
std::string default_plans_dir();
/// fonts/manifest.toml from the source tree, then the installed copy.
std::string font_manifest_path();
/// shaders/ from the source tree, then the installed copy.
std::string shader_dir();
/// Directories that may hold compiled catalogues (<dir>/nl/LC_MESSAGES/kiosk.mo): the build
/// tree first, then the install prefix.
std::vector<std::string> catalogue_dirs();

}  // namespace kiosk::app
