#include "platform/scale.h"

#include <algorithm>
#include <cmath>

namespace kiosk::platform {
namespace {

constexpr float kMinPlausibleMm = 50.0f;    // smaller than a phone: not a real screen size
constexpr float kMaxPlausibleMm = 3000.0f;  // wider than a 120" projection: made up
constexpr float kAspectTolerance = 0.15f;

bool physical_size_plausible(int width_px, int height_px, int width_mm, int height_mm) {
    if (width_px <= 0 || height_px <= 0) return false;
    const float w = float(width_mm), h = float(height_mm);
    if (w < kMinPlausibleMm || h < kMinPlausibleMm || w > kMaxPlausibleMm || h > kMaxPlausibleMm)
        return false;
    const float px_aspect = float(width_px) / float(height_px);
    const float mm_aspect = w / h;
    return std::fabs(mm_aspect / px_aspect - 1.0f) <= kAspectTolerance;
}

}  // namespace

ScreenScale compute_scale(const MonitorGeometry& m, int content_height_px, float user_factor) {
    ScreenScale s;
    if (!std::isfinite(user_factor) || user_factor <= 0.0f) user_factor = 1.0f;
    user_factor = std::clamp(user_factor, 0.25f, 4.0f);
    s.physical_size_trusted = physical_size_plausible(m.width_px, m.height_px, m.width_mm, m.height_mm);
    s.px_per_mm = s.physical_size_trusted ? float(m.height_px) / float(m.height_mm) : kFallbackPxPerMm;
    const float auto_body = content_height_px > 0 ? float(content_height_px) / 40.0f : 16.0f;
    s.body_px = std::max(12.0f, std::round(auto_body * user_factor));
    return s;
}

}  // namespace kiosk::platform
