#include "ui/theme.h"

#include <algorithm>

namespace kiosk::ui {

float Metrics::touch_target() const { return std::max(12.0f * px_per_mm, 2.0f * em); }

float Metrics::drag_threshold() const { return std::max(16.0f, 4.0f * px_per_mm); }

std::string Fonts::icon(const std::string& name) const {
    auto it = icons.find(name);
    return it == icons.end() ? std::string() : it->second + " ";
}

void apply_theme(ImGuiStyle& style, const Metrics& m) {
    style = ImGuiStyle();
    const float em = m.em;
    style.WindowPadding = ImVec2(1.0f * em, 1.0f * em);
    style.FramePadding = ImVec2(0.6f * em, 0.45f * em);
    style.ItemSpacing = ImVec2(0.6f * em, 0.55f * em);
    style.ItemInnerSpacing = ImVec2(0.4f * em, 0.3f * em);
    style.CellPadding = ImVec2(0.4f * em, 0.3f * em);
    style.TouchExtraPadding = ImVec2(0.15f * em, 0.15f * em);  // forgiving edges for fingers
    style.IndentSpacing = 1.2f * em;
    // No visible ImGui scrollbar: a finger cannot work a bar narrower than a touch target, and
    // one that wide would eat the lists. Every scrolling region follows the finger instead and
    // shows where it is and that more follows (touch_scroll.h). ImGui asserts on a zero width,
    // so the bar is one pixel wide and drawn in clear colours below.
    style.ScrollbarSize = 1.0f;
    style.GrabMinSize = 1.5f * em;
    style.WindowRounding = 0.5f * em;
    style.ChildRounding = 0.5f * em;
    style.FrameRounding = 0.35f * em;
    style.PopupRounding = 0.5f * em;
    style.GrabRounding = 0.35f * em;
    style.ScrollbarRounding = 0.5f * em;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = std::max(1.0f, 0.06f * em);
    style.FrameBorderSize = std::max(1.0f, 0.06f * em);
    style.PopupBorderSize = std::max(1.0f, 0.06f * em);

    ImVec4* c = style.Colors;
    auto col = [](ImU32 v) { return ImGui::ColorConvertU32ToFloat4(v); };
    c[ImGuiCol_Text] = col(palette::kInk);
    c[ImGuiCol_TextDisabled] = col(palette::kInkMuted);
    c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);  // the shader backdrop shows through
    c[ImGuiCol_ChildBg] = col(palette::kPanel);
    c[ImGuiCol_PopupBg] = col(palette::kSecondary);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.1f, 0.1f, 0.45f);
    c[ImGuiCol_Border] = col(palette::kPanelBorder);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = col(palette::kSecondary);
    c[ImGuiCol_FrameBgHovered] = col(palette::kSecondaryHover);
    c[ImGuiCol_FrameBgActive] = col(palette::kSecondaryPressed);
    c[ImGuiCol_Button] = col(palette::kAction);
    c[ImGuiCol_ButtonHovered] = col(palette::kActionHover);
    c[ImGuiCol_ButtonActive] = col(palette::kActionPressed);
    c[ImGuiCol_Header] = col(palette::kSelected);
    c[ImGuiCol_HeaderHovered] = col(palette::kSecondaryHover);
    c[ImGuiCol_HeaderActive] = col(palette::kSecondaryPressed);
    c[ImGuiCol_CheckMark] = col(palette::kAction);
    c[ImGuiCol_SliderGrab] = col(palette::kAction);
    c[ImGuiCol_SliderGrabActive] = col(palette::kActionPressed);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrabHovered] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrabActive] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Separator] = col(palette::kPanelBorder);
    c[ImGuiCol_TextSelectedBg] = ImVec4(0.05f, 0.37f, 0.42f, 0.30f);
    c[ImGuiCol_NavHighlight] = col(palette::kAction);
}

}  // namespace kiosk::ui
