#include "core/i18n.h"
#include "ui/exercise_views.h"
#include "ui/touch.h"

#include <imgui.h>

namespace kiosk::ui {

void draw_rules(const Exercise& exercise, const Context& ctx) {
    if (exercise.rules.empty()) return;
    for (const std::string& rule : exercise.rules) {
        ImGui::Bullet();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(rule.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Dummy(ImVec2(0, 0.15f * ctx.metrics.em));
    }
}

void draw_info_exercise(const Exercise& exercise, const Context& ctx) {
    // A slide: generous margins, the prompt in the heading font, the rules below it.
    const float width = ImGui::GetContentRegionAvail().x;
    const float margin = 0.12f * width;
    ImGui::Dummy(ImVec2(0, 1.0f * ctx.metrics.em));
    ImGui::Indent(margin);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2.0f * margin);
    if (ctx.fonts.heading) ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted(exercise.prompt.c_str());
    if (ctx.fonts.heading) ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 1.0f * ctx.metrics.em));
    draw_rules(exercise, ctx);
    ImGui::PopTextWrapPos();
    ImGui::Unindent(margin);
}

}  // namespace kiosk::ui
