#include "ui/facilitator_screen.h"

#include "core/i18n.h"
#include "ui/touch.h"

#include <algorithm>

namespace kiosk::ui {

FacilitatorIntent draw_facilitator_screen(const Context& ctx, bool session_open) {
    FacilitatorIntent intent;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ctx.metrics.em;
    const ImVec2 size(std::min(vp->Size.x - 2.0f * em, 28.0f * em), 0.0f);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.4f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, palette::kPanel);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(1.5f * em, 1.5f * em));
    ImGui::Begin("##facilitator", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings);
    heading_text(ctx, ctx.fonts.icon("gear") + tr("Facilitator"));
    muted_text(tr("Only for the workshop leader. Everything entered so far is saved."));
    ImGui::Spacing();
    if (touch_button("facilitator-back", ctx.fonts.icon("arrow_left") + tr("Back"),
                     ButtonKind::Secondary, ctx, -1.0f))
        intent = LeaveFacilitatorIntent{};
    if (session_open) {
        ImGui::Spacing();
        if (touch_button("export-notes", ctx.fonts.icon("export") + tr("Export session notes"), ButtonKind::Primary,
                         ctx, -1.0f))
            intent = ExportNotesIntent{};
        if (touch_button("finish-session", ctx.fonts.icon("check") + tr("Finish the session"), ButtonKind::Secondary,
                         ctx, -1.0f))
            intent = FinishSessionIntent{};
        if (touch_button("leave-session", ctx.fonts.icon("arrow_left") + tr("To the start screen (resume later)"),
                         ButtonKind::Secondary, ctx, -1.0f))
            intent = LeaveSessionIntent{};
    }
    ImGui::Spacing();
    if (touch_button("quit", ctx.fonts.icon("power") + tr("Close the kiosk"), ButtonKind::Danger, ctx, -1.0f))
        intent = QuitIntent{};
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    return intent;
}

}  // namespace kiosk::ui
