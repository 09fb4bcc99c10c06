// How big things are on this screen: body text size and pixels per millimetre, from the monitor's
// resolution and physical size (DESIGN.md: body text >= 1/40 of the screen height, touch targets
// >= 12 mm, scale follows the monitor with a manual override).
#pragma once

namespace kiosk::platform {

struct ScreenScale {
    float body_px = 16.0f;       ///< body text height in pixels (font size to rasterise)
    float px_per_mm = 3.78f;     ///< pixels per physical millimetre on this monitor
    bool physical_size_trusted = false;  ///< false: px_per_mm is the 96 dpi fallback
};

/// Pixels per millimetre assumed when a monitor reports no usable size (projectors often report
/// 0x0 or a made-up 1600x900 mm): 96 dpi.
inline constexpr float kFallbackPxPerMm = 96.0f / 25.4f;

/// A monitor as GLFW reports it: current video mode and physical size (0 when unknown).
struct MonitorGeometry {
    int width_px = 0, height_px = 0;
    int width_mm = 0, height_mm = 0;
};

/// Computes the scale for content `content_height_px` tall (the screen, or the window in windowed
/// mode) on monitor `m`. The physical size is trusted only when both sides are between 50 and
/// 3000 mm and its aspect ratio is within 15 % of the pixel aspect ratio; otherwise the 96 dpi
/// fallback is used. Body text is content_height_px / 40, times `user_factor` (the --scale option;
/// 1 = automatic; values outside 0.25..4 are clamped, non-positive means 1). Never less than 12 px.
ScreenScale compute_scale(const MonitorGeometry& m, int content_height_px, float user_factor = 1.0f);

}  // namespace kiosk::platform
