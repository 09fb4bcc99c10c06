#include "ui/compare_screen.h"

#include "core/i18n.h"
#include "ui/imgui_scope.h"
#include "ui/touch.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace kiosk::ui {
namespace {

// A changed row's band behind its cells: light enough that the ink stays as dark as elsewhere.
constexpr ImU32 kChangedBand = IM_COL32(253, 236, 200, 255);
constexpr ImU32 kMovedUpBand = IM_COL32(221, 238, 240, 255);

const char* kEmptyValue = "—";

// The share of the width for the labels and for the change words; the two sessions share the rest.
constexpr float kLabelShare = 0.26f;
constexpr float kChangeEm = 7.5f;

struct Widths {
    float label, value, change;
};

Widths widths_for(float width, float em) {
    const float change = std::min(kChangeEm * em, width * 0.16f);
    const float label = width * kLabelShare;
    return {label, std::max(em, (width - label - change) / 2.0f), change};
}

void setup_columns(const Widths& w) {
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, w.label);
    ImGui::TableSetupColumn("then", ImGuiTableColumnFlags_WidthFixed, w.value);
    ImGui::TableSetupColumn("now", ImGuiTableColumnFlags_WidthFixed, w.value);
    ImGui::TableSetupColumn("change", ImGuiTableColumnFlags_WidthFixed, w.change);
}

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;

void wrapped(const std::string& text) {
    ScopedTextWrap wrap;
    ImGui::TextUnformatted(text.c_str());
}

void side_heading(const Context& ctx, const char* word, const CompareSide& side) {
    {
        ScopedFont heading(ctx.fonts.heading);
        wrapped(word);
    }
    wrapped(side.date.empty() ? side.title : side.date + "  " + side.title);
    if (!side.place.empty()) muted_text(side.place);
}

void header(const Comparison& c, const Context& ctx, const Widths& w) {
    if (!ImGui::BeginTable("##compare-head", 4, kTableFlags)) return;
    setup_columns(w);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(1);
    side_heading(ctx, tr("Then"), c.then);
    ImGui::TableSetColumnIndex(2);
    side_heading(ctx, tr("Now"), c.now);
    ImGui::EndTable();
}

std::string shown(const std::string& value, const std::string& status) {
    std::string text = value.empty() ? kEmptyValue : value;
    if (!status.empty()) text += "\n" + fmt::format(fmt::runtime(tr("Status: {}")), status);
    return text;
}

void row(const CompareRow& r, bool same_label_as_above) {
    ImGui::TableNextRow();
    if (r.change != Change::Same)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, r.change == Change::Up ? kMovedUpBand : kChangedBand);
    ImGui::TableSetColumnIndex(0);
    if (!same_label_as_above) wrapped(r.label);
    ImGui::TableSetColumnIndex(1);
    wrapped(shown(r.then, r.status_then));
    ImGui::TableSetColumnIndex(2);
    wrapped(shown(r.now, r.status_now));
    ImGui::TableSetColumnIndex(3);
    if (r.change != Change::Same) {
        ScopedStyleColour ink(ImGuiCol_Text, palette::kAttention);
        wrapped(change_label(r.change));
    }
}

void section(const CompareSection& s, const Context& ctx, const Widths& w, int index) {
    ImGui::Spacing();
    heading_text(ctx, s.exercise_title.empty() ? std::string(tr(s.title))
                                               : fmt::format("{} · {}", tr(s.title), s.exercise_title));
    ImGui::Separator();
    const std::string id = "##compare-section-" + std::to_string(index);
    if (!ImGui::BeginTable(id.c_str(), 4, kTableFlags | ImGuiTableFlags_BordersInnerH)) return;
    setup_columns(w);
    if (s.missing_then || s.missing_now) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(s.missing_then ? 1 : 2);
        muted_text(tr("Not in this session's plan"));
        if (s.missing_then && s.missing_now) {
            ImGui::TableSetColumnIndex(2);
            muted_text(tr("Not in this session's plan"));
        }
    }
    const std::string* above = nullptr;
    for (const CompareRow& r : s.rows) {
        row(r, above && *above == r.label);
        above = &r.label;
    }
    ImGui::EndTable();
}

}  // namespace

CompareIntent draw_compare_screen(const Comparison& comparison, CompareScreenState& state, const Context& ctx,
                                  Redraw& redraw) {
    CompareIntent intent;
    const float em = ctx.metrics.em;
    begin_screen_window("##compare", ImVec2(1.5f * em, 1.0f * em));
    if (touch_button("compare-back", ctx.fonts.icon("arrow_left") + tr("Back"), ButtonKind::Primary, ctx,
                     std::max(10.0f * em, ctx.metrics.touch_target() * 3.0f)))
        intent = LeaveCompareIntent{};
    ImGui::SameLine(0.0f, 1.5f * em);
    {
        ScopedFont heading(ctx.fonts.heading);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, (ctx.metrics.touch_target() - ImGui::GetFontSize()) / 2));
        ImGui::TextUnformatted(tr("Then and now"));
    }
    ImGui::Spacing();
    // The list's padding, so that its text keeps clear of its panel's edge; the heading row
    // takes it into its first column, so "Toen" and "Nu" stand over their values.
    const float pad = em;
    Widths w = widths_for(ImGui::GetContentRegionAvail().x - 2 * pad, em);
    w.label += pad;
    header(comparison, ctx, w);
    {
        ScopedStyleVar padding(ImGuiStyleVar_WindowPadding, ImVec2(pad, 0.5f * pad));
        ScopedChild list("##compare-list", ImVec2(0, 0), false,
                         ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_AlwaysUseWindowPadding);
        const Widths inner = widths_for(ImGui::GetContentRegionAvail().x, em);
        for (std::size_t i = 0; i < comparison.sections.size(); ++i)
            section(comparison.sections[i], ctx, inner, static_cast<int>(i));
        ImGui::Dummy(ImVec2(0, 3.0f * em));  // room above the "More below" button at the end
        state.scroll.follow("compare", ctx, redraw);
    }
    ImGui::End();
    return intent;
}

}  // namespace kiosk::ui
