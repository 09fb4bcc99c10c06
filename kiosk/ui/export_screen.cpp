#include "ui/imgui_scope.h"
#include "ui/export_screen.h"

#include "core/i18n.h"
#include "ui/touch.h"

#include <fmt/format.h>

#include <algorithm>

namespace kiosk::ui {
namespace {

void destination_list(const ExportScreenData& data, ExportScreenState& state, const Context& ctx, bool busy) {
    if (data.destinations.empty()) {
        muted_text(tr("No folder to write to was found. Plug in a USB stick and tap \"Look again\"."));
        return;
    }
    state.selected = std::clamp(state.selected, 0, int(data.destinations.size()) - 1);
    for (int i = 0; i < int(data.destinations.size()); ++i) {
        const ExportDestination& d = data.destinations[size_t(i)];
        const std::string key = "destination-" + std::to_string(i);
        const std::string icon = ctx.fonts.icon(d.removable ? "usb" : "folder");
        const bool chosen = i == state.selected;
        if (touch_button(key.c_str(), icon + d.label, chosen ? ButtonKind::Primary : ButtonKind::Secondary, ctx,
                         -1.0f, !busy))
            state.selected = i;
        muted_text(d.path);
        ImGui::Spacing();
    }
}

/// Removing the stick safely, under a Done export to a stick: the offer, the wait, the outcome.
/// True when the facilitator asked for it.
bool eject_panel(const ExportProgress& p, const Context& ctx, Redraw& redraw) {
    using Eject = ExportProgress::Eject;
    if (p.eject == Eject::NotOffered) return false;
    ImGui::Spacing();
    if (p.eject == Eject::Running) {
        muted_text(tr("Removing the stick safely…"));
        redraw.within(0.2);  // the app's eject job answers on its own thread
        return false;
    }
    if (p.eject == Eject::Ejected) {
        heading_text(ctx, ctx.fonts.icon("check") + p.eject_message);
        return false;
    }
    if (p.eject == Eject::SyncedOnly) {
        ScopedTextWrap wrap;
        ImGui::TextUnformatted(p.eject_message.c_str());
        return false;
    }
    if (p.eject == Eject::NotEjected) {
        ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
        ScopedTextWrap wrap;
        ImGui::TextUnformatted(p.eject_message.c_str());
    }
    return touch_button("export-eject", ctx.fonts.icon("usb") + tr("Remove the stick safely"), ButtonKind::Primary, ctx, -1.0f);
}

void progress_panel(const ExportProgress& p, TouchScroll& scroll, const Context& ctx, Redraw& redraw, bool& eject) {
    using Phase = ExportProgress::Phase;
    if (p.phase == Phase::Idle) return;
    ImGui::Separator();
    if (p.phase == Phase::Running) {
        const float fraction = p.total > 0 ? float(p.done) / float(p.total) : 0.0f;
        ImGui::ProgressBar(fraction, ImVec2(-1.0f, ctx.metrics.em * 1.5f), "");
        if (p.done < p.total)
            ImGui::TextUnformatted(fmt::format(fmt::runtime(tr("Writing {} ({} of {})…")), p.current, p.done + 1, p.total).c_str());
        else
            ImGui::TextUnformatted(tr("Every file is written; the stick is confirming them…"));
        // The app's export writes on its own thread and wakes the frame loop after each step;
        // a frame every quarter second also keeps the screen alive while a slow stick writes.
        redraw.within(0.25);
        return;
    }
    if (p.phase == Phase::Failed) {
        {
            ScopedStyleColour danger(ImGuiCol_Text, palette::kDanger);
            ScopedTextWrap wrap;
            ImGui::TextUnformatted(p.error.c_str());
        }
        if (!p.written.empty())
            muted_text(fmt::format(fmt::runtime(tr("{} files were written before the problem; earlier files there were left as they were.")),
                                   p.written.size()));
        return;
    }
    heading_text(ctx, ctx.fonts.icon("check") + fmt::format(fmt::runtime(tr("{} files written to {}")), p.written.size(), p.folder));
    if (!p.warning.empty()) {
        ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
        ScopedTextWrap wrap;
        ImGui::TextUnformatted(p.warning.c_str());
        hit_targets().record("export-warning", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    eject = eject_panel(p, ctx, redraw);
    {
        ScopedChild written_child("##written", ImVec2(0, 0), false);
        for (const std::string& name : p.written) muted_text(name);
        scroll.follow("written", ctx, redraw);
    }
}

}  // namespace

ExportIntent draw_export_screen(const ExportScreenData& data, ExportScreenState& state,
                                const ExportProgress& progress, const Context& ctx, Redraw& redraw) {
    ExportIntent intent;
    const bool busy = progress.phase == ExportProgress::Phase::Running || progress.eject == ExportProgress::Eject::Running;
    const float em = ctx.metrics.em;
    begin_screen_window("##export", ImVec2(1.5f * em, 1.5f * em), 0.0f,
                        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                            ImGuiWindowFlags_NoBringToFrontOnFocus);
    muted_text(data.session_title);
    heading_text(ctx, ctx.fonts.icon("export") + tr("Export session notes"));
    muted_text(tr("Markdown, a printable web page (HTML), a spreadsheet (CSV), a PDF and a picture of each board."));
    ImGui::Spacing();

    const float right_w = std::max(18.0f * em, ImGui::GetContentRegionAvail().x * 0.45f);
    {
        ScopedChild destinations_child("##destinations", ImVec2(ImGui::GetContentRegionAvail().x - right_w - em, 0), true);
        heading_text(ctx, tr("Where to?"));
        destination_list(data, state, ctx, busy);
        if (touch_button("export-refresh", ctx.fonts.icon("refresh") + tr("Look again"), ButtonKind::Secondary, ctx, 0.0f, !busy))
            intent = RefreshDestinationsIntent{};
        state.scroll.follow("destinations", ctx, redraw);
    }
    ImGui::SameLine(0.0f, em);
    {
        ScopedChild run_child("##run", ImVec2(0, 0), true);
        const bool can_start = !busy && !data.destinations.empty();
        if (touch_button("export-start", ctx.fonts.icon("export") + tr("Export"), ButtonKind::Primary, ctx, -1.0f, can_start))
            intent = StartExportIntent{data.destinations[size_t(state.selected)].path};
        if (touch_button("export-back", ctx.fonts.icon("arrow_left") + tr("Back to the session"), ButtonKind::Secondary, ctx,
                         -1.0f, !busy))
            intent = LeaveExportIntent{};
        bool eject = false;
        progress_panel(progress, state.scroll, ctx, redraw, eject);
        if (eject) intent = EjectStickIntent{};
        state.scroll.follow("run", ctx, redraw);
    }
    state.scroll.follow("export", ctx, redraw);
    ImGui::End();
    return intent;
}

}  // namespace kiosk::ui
