// The look: a calm, high-contrast palette that survives a washed-out projector (dark text on warm
// paper, one strong accent colour for actions), and sizes in em (multiples of the body text
// height) so the layout scales with the screen. Touch targets never go below 12 mm (DESIGN.md).
#pragma once

#include <imgui.h>

#include <map>
#include <string>

namespace kiosk::ui {

/// Screen size facts from the platform layer, in pixels.
struct Metrics {
    float em = 16.0f;         ///< body text height in pixels
    float px_per_mm = 3.78f;  ///< physical density (96 dpi when the monitor does not say)

    /// Minimum height (and width) of anything a finger must hit: 12 mm, and never less than 2 em.
    float touch_target() const;
    /// How far a finger must move before a touch is a drag rather than a tap: 4 mm, and never
    /// less than 16 px (a resting finger jitters by several pixels, case K11). The board, the
    /// keyboard and every scrolling list use this one threshold.
    float drag_threshold() const;
};

/// Fonts by role; pointers owned by ImGui's atlas. Icons map a name ("gear") to its UTF-8 glyph.
struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* display = nullptr;
    std::map<std::string, std::string> icons;

    /// The glyph of icon `name` followed by a space, or "" when the icon font is missing.
    std::string icon(const std::string& name) const;
};

/// Everything a screen needs besides its own data.
struct Context {
    Metrics metrics;
    Fonts fonts;
    std::string language = "nl";  ///< the language tr() currently returns
    bool sound_available = true;  ///< false when the platform found no audio device
};

namespace palette {
inline constexpr ImU32 kPaperTop = IM_COL32(247, 244, 236, 255);
inline constexpr ImU32 kPaperBottom = IM_COL32(232, 226, 213, 255);
inline constexpr ImU32 kInk = IM_COL32(28, 31, 36, 255);           // body text
inline constexpr ImU32 kInkMuted = IM_COL32(74, 80, 88, 255);      // secondary text
inline constexpr ImU32 kPanel = IM_COL32(255, 255, 255, 240);
inline constexpr ImU32 kPanelBorder = IM_COL32(205, 198, 182, 255);
inline constexpr ImU32 kAction = IM_COL32(14, 94, 107, 255);       // deep teal
inline constexpr ImU32 kActionHover = IM_COL32(19, 114, 130, 255);
inline constexpr ImU32 kActionPressed = IM_COL32(10, 70, 80, 255);
inline constexpr ImU32 kOnAction = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kSecondary = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kSecondaryHover = IM_COL32(236, 242, 243, 255);
inline constexpr ImU32 kSecondaryPressed = IM_COL32(214, 228, 230, 255);
inline constexpr ImU32 kSelected = IM_COL32(221, 238, 240, 255);
inline constexpr ImU32 kDanger = IM_COL32(170, 36, 26, 255);
inline constexpr ImU32 kDangerHover = IM_COL32(196, 48, 36, 255);
inline constexpr ImU32 kAttention = IM_COL32(176, 70, 10, 255);    // warnings, the end of a timer
}  // namespace palette

/// Replaces `style` with the kiosk's style for these metrics (sizes recomputed from scratch, so
/// calling it again after a scale change does not compound).
void apply_theme(ImGuiStyle& style, const Metrics& metrics);

}  // namespace kiosk::ui
