#include "ui/imgui_scope.h"
#include "ui/facilitator_screen.h"

#include "core/i18n.h"
#include "ui/touch.h"

#include <algorithm>

namespace kiosk::ui {

namespace {

const char* const kNotice = N_("Only for the workshop leader. Everything entered so far is saved.");

/// The console's height as laid out below: heading, notice, the buttons with their spacing.
float panel_height(const Context& ctx, float width, bool session_open) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float pad = 1.5f * ctx.metrics.em, sp = style.ItemSpacing.y, button = ctx.metrics.touch_target();
    const float heading = ctx.fonts.heading ? ctx.fonts.heading->FontSize : ImGui::GetFontSize();
    const float notice = ImGui::CalcTextSize(tr(kNotice), nullptr, false, width - 2.0f * pad).y;
    const int buttons = session_open ? 5 : 2;
    const int spacings = session_open ? 3 : 2;
    return 2.0f * pad + heading + notice + 2.0f * sp + float(buttons) * (button + sp) + float(spacings) * sp - sp;
}

}  // namespace

FacilitatorIntent draw_facilitator_screen(const Context& ctx, bool session_open) {
    FacilitatorIntent intent;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ctx.metrics.em;
    const float width = std::min(vp->Size.x - 2.0f * em, 28.0f * em);
    // Placed by its top-left corner, from a height computed beforehand: a window centred on its
    // own (auto-fitted) size is drawn in its first frame before that size is known, so its
    // buttons would jump between the first and the second frame and a tap aimed at the first
    // layout would miss. The auto-fit only settles the exact height, never the position.
    const float height = panel_height(ctx, width, session_open);
    const float top = std::max(em, vp->Size.y * 0.4f - 0.5f * height);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + 0.5f * (vp->Size.x - width), vp->Pos.y + top), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    ScopedStyleColour panel(ImGuiCol_WindowBg, palette::kPanel);
    ScopedStyleVar padding(ImGuiStyleVar_WindowPadding, ImVec2(1.5f * em, 1.5f * em));
    ImGui::Begin("##facilitator", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings);
    heading_text(ctx, ctx.fonts.icon("gear") + tr("Facilitator"));
    muted_text(tr(kNotice));
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
    return intent;
}

}  // namespace kiosk::ui
