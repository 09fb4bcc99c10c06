// Options of the small window the GL tests under Xvfb open: windowed, the repo's fonts and shaders.
#pragma once

#include "platform/backend.h"

namespace kiosk::platform {

/// A `width_px` x `height_px` window with fonts/manifest.toml and shaders/ from the source tree
/// (KIOSK_SOURCE_DIR, set by tests/platform/CMakeLists.txt).
inline BackendOptions test_window_options(int width_px, int height_px) {
    BackendOptions o;
    o.windowed_width = width_px;
    o.windowed_height = height_px;
    o.font_manifest = KIOSK_SOURCE_DIR "/fonts/manifest.toml";
    o.shader_dir = KIOSK_SOURCE_DIR "/shaders";
    return o;
}

}  // namespace kiosk::platform
