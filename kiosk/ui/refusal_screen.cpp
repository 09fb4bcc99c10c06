#include "ui/refusal_screen.h"

#include "core/i18n.h"
#include "ui/imgui_scope.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

RefusalOutcome draw_refusal(const Refusal& refusal, double seconds_left, const Context& ctx, Redraw& redraw) {
    RefusalOutcome out;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float em = ctx.metrics.em;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    ImGui::Begin("##refusal", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    // A column of readable width in the middle: a long message wraps instead of running off.
    const float column = std::min(display.x - 4.0f * em, 40.0f * em);
    const float left = 0.5f * (display.x - column);
    ImGui::SetCursorPos(ImVec2(left, std::max(2.0f * em, 0.2f * display.y)));
    ImGui::PushTextWrapPos(left + column);
    {
        const ScopedFont heading(ctx.fonts.heading);
        const ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
        ImGui::TextUnformatted(refusal.title.c_str());
    }
    ImGui::Dummy(ImVec2(0, 0.5f * em));
    ImGui::SetCursorPosX(left);
    ImGui::TextUnformatted(refusal.message.c_str());
    if (!refusal.advice.empty()) {
        ImGui::Dummy(ImVec2(0, 0.3f * em));
        ImGui::SetCursorPosX(left);
        ImGui::TextUnformatted(refusal.advice.c_str());
    }
    ImGui::Dummy(ImVec2(0, 0.8f * em));
    ImGui::SetCursorPosX(left);
    const int whole = std::max(0, int(std::ceil(seconds_left)));
    {
        const ScopedStyleColour muted(ImGuiCol_Text, palette::kInkMuted);
        const std::string closes = fmt::format(fmt::runtime(tr("This window closes in {} s.")), whole);
        ImGui::TextUnformatted(closes.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 0.5f * em));
    ImGui::SetCursorPosX(left);
    out.close = touch_button("refusal-close", tr("Close"), ButtonKind::Primary, ctx);
    ImGui::End();
    redraw.at_next_second_of(seconds_left);
    return out;
}

}  // namespace kiosk::ui
