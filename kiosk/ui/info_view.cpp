#include "core/i18n.h"
#include "ui/imgui_scope.h"
#include "ui/exercise_views.h"
#include "ui/touch.h"

#include <imgui.h>

#include <algorithm>

namespace kiosk::ui {

void draw_rules(const Exercise& exercise, const Context& ctx) {
    if (exercise.rules.empty()) return;
    for (const std::string& rule : exercise.rules) {
        ImGui::Bullet();
        {
            ScopedTextWrap wrap;
            ImGui::TextUnformatted(rule.c_str());
        }
        ImGui::Dummy(ImVec2(0, 0.15f * ctx.metrics.em));
    }
}

void draw_exercise_header(const Exercise& ex, bool* rules_open, const Context& ctx) {
    const bool toggle = rules_open && !ex.rules.empty();
    const std::string label = ctx.fonts.icon("question") + tr("How to go about it");
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float button_w = toggle ? touch_button_width(label, ctx) : 0.0f;
    const float sp = ImGui::GetStyle().ItemSpacing.x;
    const ImVec2 start = ImGui::GetCursorPos();
    if (!ex.prompt.empty()) {
        ScopedStyleColour muted(ImGuiCol_Text, palette::kInkMuted);
        ScopedTextWrap wrap(toggle ? right - button_w - sp : 0.0f);
        ImGui::TextUnformatted(ex.prompt.c_str());
    }
    if (toggle) {
        const float below_text = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(right - button_w, start.y));
        if (touch_button("exercise-rules", label, *rules_open ? ButtonKind::Primary : ButtonKind::Secondary, ctx))
            *rules_open = !*rules_open;
        ImGui::SetCursorPosY(std::max(below_text, ImGui::GetCursorPosY()));
        if (*rules_open) {
            ImGui::Indent(0.5f * ctx.metrics.em);
            draw_rules(ex, ctx);
            ImGui::Unindent(0.5f * ctx.metrics.em);
        }
    }
    ImGui::Separator();
}

void draw_info_exercise(const Exercise& exercise, const Context& ctx) {
    // A slide: generous margins, the prompt in the heading font, the rules below it.
    const float width = ImGui::GetContentRegionAvail().x;
    const float margin = 0.12f * width;
    ImGui::Dummy(ImVec2(0, 1.0f * ctx.metrics.em));
    ImGui::Indent(margin);
    {
        ScopedTextWrap wrap(ImGui::GetCursorPosX() + width - 2.0f * margin);
        {
            ScopedFont font(ctx.fonts.heading);
            ImGui::TextUnformatted(exercise.prompt.c_str());
        }
        ImGui::Dummy(ImVec2(0, 1.0f * ctx.metrics.em));
        draw_rules(exercise, ctx);
    }
    ImGui::Unindent(margin);
}

}  // namespace kiosk::ui
