#include "ui/dialog_band.h"

#include "ui/keyboard.h"
#include "ui/window_state.h"

#include <imgui.h>

#include <algorithm>

namespace kiosk::ui {

void keep_top_in_sight(float bottom_px) {
    WindowState& w = current_window_state();
    const int frame = ImGui::GetFrameCount();
    // Two bars in one frame (a screen over a screen): the lower edge wins, both stay in sight.
    w.kept_top_px = w.kept_top_frame == frame ? std::max(w.kept_top_px, bottom_px) : bottom_px;
    w.kept_top_frame = frame;
}

DialogBand dialog_band(const Context& ctx) {
    const WindowState& w = current_window_state();
    const float display_h = ImGui::GetIO().DisplaySize.y;
    const float margin = 0.25f * ctx.metrics.em;
    const float kept = w.kept_top_frame == ImGui::GetFrameCount() ? w.kept_top_px : 0.0f;
    DialogBand band;
    band.top = std::clamp(kept + margin, 0.0f, display_h);
    band.bottom = std::max(band.top, display_h - keyboard_panel().reserved_height(ctx) - margin);
    return band;
}

DialogBand place_dialog(const Context& ctx, float width_px) {
    const DialogBand band = dialog_band(ctx);
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, band.top), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width_px, 0.0f), ImVec2(width_px, band.height()));
    return band;
}

}  // namespace kiosk::ui
