#include "ui/archive_screen.h"

#include "core/i18n.h"
#include "ui/imgui_scope.h"
#include "ui/keyboard.h"
#include "ui/text_editor.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui_internal.h>  // RenderTextEllipsis, BringWindowToDisplayFront

#include <algorithm>

namespace kiosk::ui {
namespace {

const ArchiveRow* find_row(const ArchiveScreenData& data, const std::string& id) {
    for (const ArchiveRow& r : data.rows)
        if (r.id == id) return &r;
    return nullptr;
}

std::string where_and_when(const ArchiveRow& r) {
    std::string line = r.date;
    if (!r.place.empty()) line += " · " + r.place;
    if (!r.plan_title.empty()) line += " · " + r.plan_title;
    line += std::string(" · ") + (r.finished ? tr("finished") : tr("in progress"));
    return line;
}

std::string holdings_line(const ArchiveRow& r) {
    return fmt::format(fmt::runtime(tr("Notes {} · visions {} · partners {} · sub-goals {}")), r.notes, r.visions,
                       r.partners, r.subgoals);
}

/// "„Title” (date)": how a confirm names the session, so nobody deletes the wrong one.
std::string named(const ArchiveRow& r) { return fmt::format("„{}” ({})", r.title, r.date); }

/// A chip: a button drawn filled while its filter is on. Returns true when tapped.
bool chip(const std::string& key, const std::string& label, bool on, ButtonFlow& flow, const Context& ctx) {
    flow.next(touch_button_width(label, ctx));
    return touch_button(key.c_str(), label, on ? ButtonKind::Primary : ButtonKind::Secondary, ctx);
}

void chips(const ArchiveScreenData& data, ArchiveScreenState& state, const Context& ctx, ArchiveIntent& intent) {
    ArchiveFilter& f = state.filter;
    ButtonFlow flow{ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x};
    using Status = ArchiveFilter::Status;
    const std::pair<Status, const char*> statuses[] = {
        {Status::All, N_("All")}, {Status::InProgress, N_("In progress")}, {Status::Finished, N_("Finished")}};
    for (const auto& [status, label] : statuses)
        if (chip(std::string("chip-status-") + std::to_string(int(status)), tr(label), f.status == status, flow, ctx))
            f.status = status;
    if (data.plans.size() > 1)
        for (const ArchivePlanChip& p : data.plans)
            if (chip("chip-plan-" + p.id, p.title, f.plan_id == p.id, flow, ctx))
                f.plan_id = f.plan_id == p.id ? std::string() : p.id;
    for (const std::string& y : data.years)
        if (chip("chip-year-" + y, y, f.year == y, flow, ctx)) f.year = f.year == y ? std::string() : y;
    if (data.archived_count > 0 || f.archived) {
        const std::string label = fmt::format(fmt::runtime(tr("Archived away ({})")), data.archived_count);
        if (chip("chip-archived", label, f.archived, flow, ctx)) {
            f.archived = !f.archived;
            state.selected.clear();
        }
    }
    // The sessions the chips and the search leave, at once: one CSV for a year of them.
    if (data.rows.size() > 1) {
        const std::string label = ctx.fonts.icon("export") + fmt::format(fmt::runtime(tr("Export these {}")), data.rows.size());
        if (chip("export-list", label, false, flow, ctx)) {
            ExportSessionsIntent all;
            for (const ArchiveRow& r : data.rows) all.ids.push_back(r.id);
            intent = std::move(all);
        }
    }
}

/// One row: title, then date · place · plan · status, then what it holds. True when tapped.
bool row(const ArchiveRow& r, bool selected, const Context& ctx) {
    const float pad = 0.5f * ctx.metrics.em;
    const float line_h = ImGui::GetTextLineHeight();
    ImFont* title_font = ctx.fonts.heading ? ctx.fonts.heading : ImGui::GetFont();
    const float title_h = title_font->FontSize;  // the heading font is taller than a body line
    const ImVec2 size(ImGui::GetContentRegionAvail().x,
                      std::max(ctx.metrics.touch_target(), title_h + 2.0f * line_h + 2.5f * pad));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    bool tapped = false;
    {
        ScopedStyleColour header(ImGuiCol_Header, palette::kSelected);
        tapped = ImGui::Selectable(("##row-" + r.id).c_str(), selected, 0, size);
    }
    hit_targets().record("row-" + r.id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bar = selected ? 0.3f * ctx.metrics.em : 0.0f;
    if (selected) dl->AddRectFilled(at, ImVec2(at.x + bar, at.y + size.y), palette::kAction);
    const float left = at.x + bar + pad, right = at.x + size.x - pad;
    const auto line = [&](const std::string& text, float y, float h, ImU32 colour, ImFont* font) {
        ScopedFont f(font);
        ScopedStyleColour ink(ImGuiCol_Text, colour);
        ImGui::RenderTextEllipsis(dl, ImVec2(left, y), ImVec2(right, y + h), right, right, text.c_str(), nullptr,
                                  nullptr);
    };
    const float y0 = at.y + pad, y1 = y0 + title_h + 0.5f * pad;
    line(r.title, y0, title_h, palette::kInk, title_font);
    line(where_and_when(r), y1, line_h, palette::kInkMuted, ImGui::GetFont());
    line(holdings_line(r), y1 + line_h, line_h, palette::kInkMuted, ImGui::GetFont());
    return tapped;
}

void row_list(const ArchiveScreenData& data, ArchiveScreenState& state, const Context& ctx, ArchiveIntent& intent) {
    if (data.rows.empty()) {
        muted_text(state.filter == ArchiveFilter{} ? tr("No sessions yet.") : tr("No session matches the search and filters."));
        return;
    }
    for (const ArchiveRow& r : data.rows) {
        if (!row(r, r.id == state.selected || r.id == state.compare_first, ctx)) continue;
        if (!state.compare_first.empty() && r.id != state.compare_first) {
            const ArchiveRow* first = find_row(data, state.compare_first);
            const bool first_older = first && first->date <= r.date;
            intent = CompareSessionsIntent{first_older ? state.compare_first : r.id,
                                           first_older ? r.id : state.compare_first};
            state.compare_first.clear();
        } else {
            state.selected = r.id == state.selected ? std::string() : r.id;
            state.compare_first.clear();
        }
        keyboard_panel().blur();
    }
}

/// Asks for `what`'s confirm; first for the console when it is not open.
void ask(ArchiveScreenState& state, ArchiveScreenState::Confirm what, const ArchiveScreenData& data,
         ArchiveIntent& intent) {
    state.confirm = what;
    state.confirm_waits_for_console = !data.console_open;
    if (!data.console_open) intent = ArchiveNeedsConsoleIntent{};
}

void detail(const ArchiveScreenData& data, ArchiveScreenState& state, const ArchiveRow& r, const Context& ctx,
            ArchiveIntent& intent) {
    heading_text(ctx, r.title);
    muted_text(where_and_when(r));
    muted_text(holdings_line(r));
    ImGui::Dummy(ImVec2(0, 0.5f * ctx.metrics.em));
    if (touch_button("open-read-only", ctx.fonts.icon("book") + tr("Open read-only"), ButtonKind::Primary, ctx, -1.0f))
        intent = OpenReadOnlyIntent{r.id};
    if (touch_button("export", ctx.fonts.icon("export") + tr("Export"), ButtonKind::Secondary, ctx, -1.0f))
        intent = ExportSessionsIntent{{r.id}};
    if (touch_button("compare", ctx.fonts.icon("list") + tr("Compare with…"), ButtonKind::Secondary, ctx, -1.0f))
        state.compare_first = r.id;
    ImGui::Dummy(ImVec2(0, 0.5f * ctx.metrics.em));
    muted_text(ctx.fonts.icon("lock") + tr("For the facilitator"));
    using Confirm = ArchiveScreenState::Confirm;
    if (touch_button("continue", ctx.fonts.icon("play") + tr("Continue"), ButtonKind::Secondary, ctx, -1.0f))
        ask(state, Confirm::Continue, data, intent);
    const std::string away = r.archived ? tr("Bring back into the list") : tr("Archive away");
    if (touch_button("archive-away", ctx.fonts.icon("stack") + away, ButtonKind::Secondary, ctx, -1.0f))
        ask(state, Confirm::ArchiveAway, data, intent);
    if (touch_button("delete", ctx.fonts.icon("delete") + tr("Delete"), ButtonKind::Danger, ctx, -1.0f))
        ask(state, Confirm::Delete, data, intent);
}

void confirm_dialog(const ArchiveScreenData& data, ArchiveScreenState& state, const ArchiveRow& r, const Context& ctx,
                    ArchiveIntent& intent) {
    using Confirm = ArchiveScreenState::Confirm;
    std::string question, consequence, yes;
    ButtonKind kind = ButtonKind::Primary;
    switch (state.confirm) {
        case Confirm::Continue:
            question = fmt::format(fmt::runtime(tr("Continue {}?")), named(r));
            consequence = tr("The session opens where it ended and can be changed again; a finished session is reopened.");
            yes = tr("Continue");
            break;
        case Confirm::ArchiveAway:
            question = fmt::format(fmt::runtime(r.archived ? tr("Bring {} back into the list?") : tr("Archive {} away?")),
                                   named(r));
            consequence = r.archived ? tr("It shows in the archive's list again.")
                                     : tr("It leaves the list and is kept whole; under “Archived away” it can be brought back.");
            yes = r.archived ? tr("Bring back") : tr("Archive away");
            break;
        case Confirm::Delete:
            question = fmt::format(fmt::runtime(tr("Delete {}?")), named(r));
            consequence = tr("The session leaves the database. Its log is first saved as a file next to the database, "
                             "from which `kiosk apply` brings it back.");
            yes = tr("Delete");
            kind = ButtonKind::Danger;
            break;
        case Confirm::None: return;
    }
    (void)data;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    modal_backdrop("##archive-confirm-backdrop", IM_COL32(20, 24, 28, 160));
    const float w = std::min(display.x - 2.0f * ctx.metrics.em, 32.0f * ctx.metrics.em);
    ImGui::SetNextWindowPos(ImVec2(0.5f * display.x, 0.4f * display.y), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::SetNextWindowFocus();
    ScopedStyleVar padding(ImGuiStyleVar_WindowPadding, ImVec2(ctx.metrics.em, ctx.metrics.em));
    ScopedStyleVar rounding(ImGuiStyleVar_WindowRounding, 0.5f * ctx.metrics.em);
    ScopedStyleColour panel(ImGuiCol_WindowBg, palette::kSecondary);  // the screen's windows are see-through
    ImGui::Begin("##archive-confirm", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    hit_targets().record("archive-confirm", ImGui::GetWindowPos(),
                         ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                                ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));
    heading_text(ctx, question);
    {
        ScopedTextWrap wrap;
        ImGui::TextUnformatted(consequence.c_str());
    }
    ImGui::Dummy(ImVec2(0, 0.5f * ctx.metrics.em));
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float half = std::floor(0.5f * (ImGui::GetContentRegionAvail().x - gap));
    if (touch_button("confirm-no", tr("Cancel"), ButtonKind::Secondary, ctx, half)) state.confirm = Confirm::None;
    ImGui::SameLine(0.0f, gap);
    if (touch_button("confirm-yes", yes, kind, ctx, half)) {
        if (state.confirm == Confirm::Continue) intent = ContinueSessionIntent{r.id};
        if (state.confirm == Confirm::ArchiveAway) intent = ArchiveAwayIntent{r.id, !r.archived};
        if (state.confirm == Confirm::Delete) intent = DeleteSessionIntent{r.id};
        state.confirm = Confirm::None;
        state.selected.clear();
    }
    ImGui::End();
}

void top_bar(ArchiveScreenState& state, const Context& ctx, Redraw& redraw, ArchiveIntent& intent) {
    if (touch_button("archive-back", ctx.fonts.icon("close") + tr("Back"), ButtonKind::Secondary, ctx)) {
        keyboard_panel().blur();
        intent = ArchiveBackIntent{};
    }
    ImGui::SameLine();
    {
        ScopedGroup title;
        heading_text(ctx, ctx.fonts.icon("clock") + tr("Archive"));
    }
    ImGui::SameLine(0.0f, ctx.metrics.em);
    EditOptions options;
    options.placeholder = tr("Search title, place, facilitator or plan");
    edit_text("archive-search", state.search, ctx, redraw, options);
    state.filter.search = state.search.text();
}

}  // namespace

ArchiveIntent draw_archive_screen(const ArchiveScreenData& data, ArchiveScreenState& state, const Context& ctx,
                                  Redraw& redraw) {
    ArchiveIntent intent;
    if (!state.selected.empty() && !find_row(data, state.selected)) state.selected.clear();
    const float keyboard_h = keyboard_panel().reserved_height(ctx);
    const float margin = ctx.metrics.em;
    begin_screen_window("##archive", ImVec2(margin, margin), ImGui::GetMainViewport()->Size.y - keyboard_h);
    top_bar(state, ctx, redraw, intent);
    // With the keyboard up the chips fold away, so the first rows stay in sight above it.
    if (keyboard_h <= 0.0f) chips(data, state, ctx, intent);
    for (const std::string& notice : data.notices) {
        ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
        ScopedTextWrap wrap;
        ImGui::TextUnformatted(notice.c_str());
    }
    if (!state.compare_first.empty()) {
        const ArchiveRow* first = find_row(data, state.compare_first);
        if (touch_button("compare-cancel", tr("Cancel"), ButtonKind::Secondary, ctx)) state.compare_first.clear();
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(
            fmt::format(fmt::runtime(tr("Tap the session to compare with {}.")), first ? named(*first) : "").c_str());
    }
    const ArchiveRow* chosen = find_row(data, state.selected);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = margin;
    const float list_w = chosen ? std::floor((avail.x - gap) * 0.58f) : avail.x;
    {
        ScopedChild list("##archive-rows", ImVec2(list_w, avail.y), false);
        row_list(data, state, ctx, intent);
        state.scroll.follow("archive-rows", ctx, redraw);
    }
    if (chosen) {
        ImGui::SameLine(0.0f, gap);
        ScopedChild side("##archive-detail", ImVec2(0, avail.y), true);
        detail(data, state, *chosen, ctx, intent);
        state.scroll.follow("archive-detail", ctx, redraw);
    }
    ImGui::End();
    if (chosen && state.confirm != ArchiveScreenState::Confirm::None && data.console_open) {
        state.confirm_waits_for_console = false;
        confirm_dialog(data, state, *chosen, ctx, intent);
    }
    return intent;
}

ArchiveScreenData demo_archive_screen_data() {
    ArchiveScreenData d;
    d.rows = {
        {"s-0005", "2026-11-29", "Vervolg: Zoë’s leesclub met nieuwkomers", "Bibliotheek Zuid, zaal 2",
         "Bootcamp OF/BY/FOR ALL", false, false, 41, 6, 3, 4},
        {"s-0004", "2026-06-12", "Ĳsbreker-sessie „goed” voorbereid", "Vestiging Oost", "Bootcamp OF/BY/FOR ALL", true,
         false, 38, 5, 2, 3},
        {"s-0003", "2026-03-02", "Coördinatie café-overleg – ideeën", "", "Bootcamp OF/BY/FOR ALL", true, false, 12, 0,
         1, 0},
        {"s-0002", "2025-10-21", "Partnerkracht: € 12,50 per persoon? wacht even…", "Bibliotheek Centrum",
         "OF/BY/FOR ALL bootcamp", true, false, 27, 4, 5, 2},
        {"s-0001", "2025-04-08", "Eerste verkenning met de wijkraad", "Wijkcentrum De Ĳssel", "Bootcamp OF/BY/FOR ALL",
         true, false, 19, 3, 0, 0},
    };
    d.years = {"2026", "2025"};
    d.plans = {{"bootcamp", "Bootcamp OF/BY/FOR ALL"}};
    d.archived_count = 2;
    return d;
}

}  // namespace kiosk::ui
