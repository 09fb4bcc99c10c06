// Rendering a screen (and to a PNG file, --screenshot): shared by the kiosk's own screens
// (kiosk_app.cpp) and the comparison of two stored sessions (compare_shot.h).
#pragma once

#include "platform/backend.h"
#include "ui/theme.h"

#include <memory>
#include <string>

namespace kiosk::app {

/// Renders one frame of `fn` to `png` and, with `report`, what that frame drew to `png` + ".txt"
/// (ui::frame_report, after a "display W H" line). Logs "wrote PNG"; false, logged, when a file
/// cannot be written.
bool screenshot(platform::Backend& backend, const platform::FrameFn& fn, const std::string& png, bool report);

/// On a frame whose scale changed (FrameInfo::scale_changed: the first, or a new monitor or
/// --scale), takes the new sizes and fonts into `ctx` and the theme; fonts and sizes change only
/// together with the scale. Otherwise does nothing.
void follow_scale(ui::Context& ctx, const platform::FrameInfo& info);

/// The first window (platform::Backend::create) of `options` with the kiosk's paper background
/// (ui/theme.h palette::kPaperTop to kPaperBottom); null, with the reason logged, when it fails.
std::unique_ptr<platform::Backend> open_on_paper(platform::BackendOptions options);

}  // namespace kiosk::app
