#include "ui/notice_banner.h"

#include "ui/touch.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace kiosk::ui {

void NoticeBanner::update(const std::vector<std::string>& current, double now_seconds) {
    std::map<std::string, double> since;
    for (const std::string& n : current) {
        const auto it = since_.find(n);
        since[n] = it == since_.end() ? now_seconds : it->second;
    }
    since_ = std::move(since);  // a notice whose cause went is forgotten, so it shows anew later
    current_ = current;
}

std::vector<std::string> NoticeBanner::visible(double now_seconds, Redraw& redraw) const {
    std::vector<std::string> out;
    for (const std::string& n : current_) {
        const double until = since_.at(n) + kBannerSeconds;
        if (now_seconds >= until) continue;
        out.push_back(n);
        redraw.within(until - now_seconds);
    }
    return out;
}

void NoticeBanner::draw(const Context& ctx, double now_seconds, Redraw& redraw) const {
    const std::vector<std::string> shown = visible(now_seconds, redraw);
    if (shown.empty()) return;
    ImFont* font = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    const float em = ctx.metrics.em;
    const float width = ImGui::GetIO().DisplaySize.x;
    const float wrap = width - 2.0f * em;
    float height = 0;
    for (const std::string& text : shown)
        height += font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text.c_str()).y + 0.8f * em;
    // A window of its own that takes no input (a tap goes to the screen under it), above the
    // others, so the strip is drawn over the screen and its targets are clipped to it.
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));  // the strip runs edge to edge
    ImGui::Begin("##notice-banner", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float y = 0;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const std::string& text = shown[i];
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text.c_str());
        const ImVec2 a(0, y), b(width, y + size.y + 0.8f * em);
        draw->AddRectFilled(a, b, palette::kAttention);
        draw->AddText(font, font->FontSize, ImVec2(em, y + 0.4f * em), palette::kOnAction, text.c_str(), nullptr, wrap);
        hit_targets().record("notice-" + std::to_string(i), a, b);
        y = b.y;
    }
    ImGui::End();
}

}  // namespace kiosk::ui
