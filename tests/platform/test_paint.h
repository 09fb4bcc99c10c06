// Plain-colour frames for the GL tests under Xvfb, and checks of the pixels read back.
#pragma once

#include "platform/backend.h"

#include <imgui.h>

#include <cstdlib>
#include <string>

namespace kiosk::platform {

struct Colour {
    unsigned char r, g, b;
};
constexpr Colour kRed{200, 30, 30};
constexpr Colour kGreen{30, 180, 60};

/// Whether `p` is `c` within `tolerance` on each channel (0-255).
inline bool near(FrameImage::Rgb8 p, Colour c, int tolerance = 12) {
    return std::abs(p.r - c.r) <= tolerance && std::abs(p.g - c.g) <= tolerance && std::abs(p.b - c.b) <= tolerance;
}

/// "R,G,B" of `p`, for failure messages.
inline std::string text(FrameImage::Rgb8 p) {
    return std::to_string(p.r) + "," + std::to_string(p.g) + "," + std::to_string(p.b);
}

/// A frame that paints the whole window one colour.
inline FrameFn paint(Colour c) {
    return [c](const FrameInfo& info) {
        ImGui::GetBackgroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(float(info.width_px), float(info.height_px)),
                                                      IM_COL32(c.r, c.g, c.b, 255));
        return FrameRequest{};
    };
}

}  // namespace kiosk::platform
