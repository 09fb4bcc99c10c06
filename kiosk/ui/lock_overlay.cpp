#include "ui/lock_overlay.h"

#include "core/i18n.h"
#include "ui/imgui_scope.h"
#include "ui/touch.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

namespace kiosk::ui {
namespace {

/// The message card in the middle of the display: a big lock, the heading and a line under it,
/// each centred, on a white panel so it stays readable over a busy board.
void draw_message(const Context& ctx, ImVec2 display) {
    ImFont* heading = ctx.fonts.heading ? ctx.fonts.heading : ImGui::GetFont();
    ImFont* body = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    const float em = ctx.metrics.em;
    const float icon_size = 4.0f * em;
    const std::string icon = ctx.fonts.icon("lock");
    const std::string title = tr("Locked \xE2\x80\x94 the facilitator is speaking");
    const std::string line = tr("The table opens again when the facilitator unlocks it.");
    const ImVec2 icon_w = heading->CalcTextSizeA(icon_size, 1e9f, 0.0f, icon.c_str());
    const ImVec2 title_w = heading->CalcTextSizeA(heading->FontSize, 1e9f, 0.0f, title.c_str());
    const ImVec2 line_w = body->CalcTextSizeA(body->FontSize, 1e9f, 0.0f, line.c_str());
    const float pad = 2.0f * em;
    const float gap = 0.6f * em;
    const float w = std::min(display.x, std::max({icon_w.x, title_w.x, line_w.x}) + 2.0f * pad);
    const float h = icon_w.y + title_w.y + line_w.y + 2.0f * gap + 2.0f * pad;
    const ImVec2 a(0.5f * (display.x - w), 0.5f * (display.y - h));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(a, ImVec2(a.x + w, a.y + h), palette::kSecondary, 0.6f * em);
    draw->AddRect(a, ImVec2(a.x + w, a.y + h), palette::kPanelBorder, 0.6f * em, 0, std::max(1.0f, 0.08f * em));
    float y = a.y + pad;
    auto centred = [&](ImFont* font, float size, ImVec2 extent, ImU32 colour, const std::string& text) {
        draw->AddText(font, size, ImVec2(0.5f * (display.x - extent.x), y), colour, text.c_str());
        y += extent.y + gap;
    };
    centred(heading, icon_size, icon_w, palette::kAction, icon);
    centred(heading, heading->FontSize, title_w, palette::kInk, title);
    centred(body, body->FontSize, line_w, palette::kInkMuted, line);
}

}  // namespace

bool draw_lock_overlay(const Context& ctx, Redraw& redraw) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    // Nearly opaque: the exercise shows through faintly, so the room sees it is only paused.
    ScopedStyleColour background(ImGuiCol_WindowBg, IM_COL32(247, 244, 236, 235));
    ImGui::Begin("##table-lock", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());

    // The cover is one big target under the rest: a tap anywhere lands on it, and the screens
    // below also draw disabled (session_view.cpp), so nothing there reacts even on the frame the
    // lock appears in, before ImGui has this window on top. Recorded as "table-lock" for tests
    // and the --log-targets log.
    ImGui::SetCursorPos(ImVec2(0, 0));
    ImGui::InvisibleButton("##lock-cover", display);
    ImGui::SetItemAllowOverlap();  // the facilitator's button, submitted later, may take the finger
    hit_targets().record("table-lock", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());

    draw_message(ctx, display);

    // The facilitator's way in, where the agenda keeps it: bottom right.
    const std::string console = ctx.fonts.icon("gear") + tr("Facilitator");
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::SetCursorPos(ImVec2(display.x - style.WindowPadding.x - touch_button_width(console, ctx),
                               display.y - style.WindowPadding.y - ctx.metrics.touch_target()));
    const bool open = long_press_button("facilitator", console, tr("Hold for 2 seconds"), kFacilitatorHoldSeconds, ctx, redraw);
    ImGui::End();
    return open;
}

}  // namespace kiosk::ui
