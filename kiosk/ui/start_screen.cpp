#include "ui/imgui_scope.h"
#include "ui/start_screen.h"

#include "core/date.h"
#include "core/followup.h"

#include "core/i18n.h"
#include "ui/keyboard.h"
#include "ui/text_editor.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui_internal.h>  // RenderTextEllipsis

#include <algorithm>
#include <cctype>
#include <cmath>

namespace kiosk::ui {
namespace {

std::string trimmed(const std::string& s) {
    auto is_space = [](unsigned char c) { return std::isspace(c) != 0; };
    auto b = std::find_if_not(s.begin(), s.end(), is_space);
    auto e = std::find_if_not(s.rbegin(), s.rend(), is_space).base();
    return b < e ? std::string(b, e) : std::string();
}

std::string duration_text(int minutes) {
    if (minutes < 60) return fmt::format(fmt::runtime(tr("{} min")), minutes);
    return fmt::format(fmt::runtime(tr("{} h {} min")), minutes / 60, minutes % 60);
}

const char* status_text(SessionStatus s) {
    return s == SessionStatus::Finished ? tr("finished") : tr("in progress");
}

bool has_role(const PlanSummary& plan, ExerciseRole role) {
    return std::find(plan.roles.begin(), plan.roles.end(), role) != plan.roles.end();
}

/// The plan a follow-up starts on: the first with a sub-goal review in `language`, else the
/// first with one in any language; -1 when no plan has one.
int follow_up_plan(const StartScreenData& data, const std::string& language) {
    int any = -1;
    for (int i = 0; i < int(data.plans.size()); ++i) {
        const PlanSummary& p = data.plans[size_t(i)];
        if (!has_role(p, ExerciseRole::Review)) continue;
        if (p.language == language) return i;
        if (any < 0) any = i;
    }
    return any;
}

const SessionSummary* find_session(const StartScreenData& data, const std::string& id) {
    for (const auto& s : data.sessions)
        if (s.id == id) return &s;
    return nullptr;
}

/// Puts the form in follow-up mode for `earlier`: its title and place, the follow-up plan.
void enter_follow_up(const StartScreenData& data, StartScreenState& state, const SessionSummary& earlier) {
    state.follows = earlier.id;
    state.title.set_text(follow_up_title(earlier.title));
    state.place.set_text(earlier.place);
    if (int plan = follow_up_plan(data, earlier.language); plan >= 0) state.selected_plan = plan;
    state.problem = nullptr;
}

/// The parts of a follow-up the plan has no exercise for, named and joined: "the partners, …".
std::string parts_not_carried(const PlanSummary& plan) {
    std::string out;
    for (ExerciseRole role : carried_roles()) {
        if (has_role(plan, role)) continue;
        if (!out.empty()) out += ", ";
        out += tr(carried_part_name(role));
    }
    return out;
}

/// Two lines of text drawn over a full-width selectable card; returns true when tapped.
bool card(const char* key, const std::string& line1, const std::string& line2, bool selected,
          const Context& ctx) {
    const float pad = 0.5f * ctx.metrics.em;
    const float line_h = ImGui::GetTextLineHeight();
    const ImVec2 size(ImGui::GetContentRegionAvail().x,
                      std::max(ctx.metrics.touch_target(), 2.0f * line_h + 3.0f * pad));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const std::string id = std::string("##") + key;
    bool tapped = false;
    {
        ScopedStyleColour header(ImGuiCol_Header, palette::kSelected);
        tapped = ImGui::Selectable(id.c_str(), selected, 0, size);
    }
    hit_targets().record(key, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bar = selected ? 0.3f * ctx.metrics.em : 0.0f;
    if (selected) dl->AddRectFilled(at, ImVec2(at.x + bar, at.y + size.y), palette::kAction);
    // Long titles end in "…" rather than running out of the card.
    const float left = at.x + bar + pad, right = at.x + size.x - pad;
    const auto line = [&](const std::string& text, float y, ImU32 colour) {
        ScopedStyleColour ink(ImGuiCol_Text, colour);
        ImGui::RenderTextEllipsis(dl, ImVec2(left, y), ImVec2(right, y + line_h), right, right,
                                  text.c_str(), nullptr, nullptr);
    };
    line(line1, at.y + pad, palette::kInk);
    line(line2, at.y + 2.0f * pad + line_h, palette::kInkMuted);
    return tapped;
}

void language_switch(const Context& ctx, StartIntent& intent) {
    for (const std::string& code : supported_languages()) {
        const bool current = ctx.language == code;
        const std::string key = "lang-" + code;
        if (touch_button(key.c_str(), language_name(code), current ? ButtonKind::Primary : ButtonKind::Secondary, ctx) &&
            !current)
            intent = SwitchLanguageIntent{code};
        ImGui::SameLine();
    }
}

void top_bar(const Context& ctx, StartIntent& intent, Redraw& redraw) {
    {
        ScopedGroup title;
        heading_text(ctx, tr("Workshop Kiosk"));
        muted_text(tr("OF/BY/FOR ALL workshops in the library"));
    }

    const std::string gear = ctx.fonts.icon("gear") + tr("Facilitator");
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = touch_button_width("Nederlands", ctx) + touch_button_width("English", ctx) +
                        touch_button_width(gear, ctx) + 2.0f * spacing;
    ImGui::SameLine(std::max(0.0f, ImGui::GetWindowContentRegionMax().x - right));
    language_switch(ctx, intent);
    if (long_press_button("facilitator", gear, tr("Hold for 2 seconds"), kFacilitatorHoldSeconds,
                          ctx, redraw))
        intent = OpenFacilitatorIntent{};
}

void plan_list(const StartScreenData& data, StartScreenState& state, const Context& ctx) {
    if (data.plans.empty()) {
        muted_text(tr("No plans found."));
        if (!data.plans_dir.empty())
            muted_text(fmt::format(fmt::runtime(tr("Plans are read from {}")), data.plans_dir));
        return;
    }
    for (int i = 0; i < int(data.plans.size()); ++i) {
        const PlanSummary& p = data.plans[size_t(i)];
        const std::string detail =
            fmt::format(fmt::runtime(tr("Exercises: {} · {} · language {}")), p.exercise_count,
                        duration_text(p.planned_minutes), p.language);
        const std::string key = "plan-" + std::to_string(i);
        if (card(key.c_str(), p.title, detail, i == state.selected_plan, ctx) && i != state.selected_plan) {
            // Follow the plan with the default title as long as nobody has typed their own.
            if (state.title.text() == data.plans[size_t(state.selected_plan)].title) state.title.set_text(p.title);
            state.selected_plan = i;
        }
    }
}

float field_height(const Context& ctx) {
    return std::max(ctx.metrics.touch_target(), ImGui::GetFontSize() * 1.15f + 2.0f * ImGui::GetStyle().FramePadding.y);
}

/// Height of the form below the plan list: three rows of labelled fields (the last with the start
/// button) and one line for a validation message (reserved, so the button never jumps).
float form_height(const Context& ctx) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float row = std::max(field_height(ctx), ctx.metrics.touch_target());
    return 3.0f * (line + row + style.ItemSpacing.y) + line + style.ItemSpacing.y + style.WindowPadding.y;
}

/// Today's date (or the one chosen) with a day earlier and a day later on finger-sized buttons,
/// so only real dates can be chosen and nothing needs typing.
void date_stepper(const StartScreenData& data, StartScreenState& state, const Context& ctx, float width) {
    const float target = ctx.metrics.touch_target();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    if (touch_button("date-earlier", ctx.fonts.icon("minus"), ButtonKind::Secondary, ctx, target))
        state.date = add_days(state.date, -1);
    ImGui::SameLine(0.0f, gap);
    const float box_w = std::max(target, width - 2.0f * (target + gap));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size(box_w, field_height(ctx));
    ImGui::Dummy(size);
    hit_targets().record("date", at, ImVec2(at.x + size.x, at.y + size.y));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float round = ImGui::GetStyle().FrameRounding;
    dl->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), palette::kSecondary, round);
    dl->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), palette::kPanelBorder, round, 0,
                std::max(1.0f, 0.06f * ctx.metrics.em));
    // "today" under the date would not fit a finger-sized row; the date itself is drawn bold
    // when it is not today, so a slip of the finger shows.
    const ImFont* font = state.date == data.today || !ctx.fonts.heading ? ImGui::GetFont() : ctx.fonts.heading;
    const float fs = ImGui::GetFontSize();
    const ImVec2 ts = font->CalcTextSizeA(fs, FLT_MAX, 0.0f, state.date.c_str());
    dl->AddText(font, fs, ImVec2(std::floor(at.x + 0.5f * (size.x - ts.x)), std::floor(at.y + 0.5f * (size.y - ts.y))),
                palette::kInk, state.date.c_str());
    ImGui::SameLine(0.0f, gap);
    if (touch_button("date-later", ctx.fonts.icon("plus"), ButtonKind::Secondary, ctx, target))
        state.date = add_days(state.date, 1);
}

void start_button(const StartScreenData& data, StartScreenState& state, const Context& ctx, StartIntent& intent) {
    const bool have_plan = !data.plans.empty();
    const char* label = state.follows.empty() ? tr("Start new session") : tr("Start follow-up");
    if (!touch_button("new-session", ctx.fonts.icon("play") + label, ButtonKind::Primary, ctx, -1.0f, have_plan))
        return;
    const std::string title = trimmed(state.title.text());
    if (title.empty()) {
        state.problem = N_("Give the session a title.");
    } else if (!valid_iso_date(state.date)) {
        state.problem = N_("Write the date as year-month-day, for example 2024-05-17.");
    } else {
        state.problem = nullptr;
        const PlanSummary& plan = data.plans[size_t(state.selected_plan)];
        intent = NewSessionIntent{plan.id, plan.language, title, state.date, trimmed(state.place.text()),
                                  trimmed(state.facilitator.text()), state.follows};
        keyboard_panel().blur();
    }
}

/// In follow-up mode: which session the new one follows, a way back to a plain new session,
/// and what the chosen plan cannot carry over.
void follow_up_banner(const StartScreenData& data, StartScreenState& state, const Context& ctx) {
    const SessionSummary* earlier = find_session(data, state.follows);
    if (!earlier) {
        state.follows.clear();
        return;
    }
    const float cancel_w = touch_button_width(tr("No follow-up"), ctx);
    const float text_w = ImGui::GetContentRegionAvail().x - cancel_w - ImGui::GetStyle().ItemSpacing.x;
    {
        ScopedGroup text;
        ScopedTextWrap wrap(ImGui::GetCursorPosX() + std::max(text_w, ctx.metrics.em));
        ImGui::TextUnformatted(fmt::format(fmt::runtime(tr("Follow-up of: {} ({})")), earlier->title, earlier->date).c_str());
        const std::string missing =
            data.plans.empty() ? std::string() : parts_not_carried(data.plans[size_t(state.selected_plan)]);
        if (missing.empty()) {
            ScopedStyleColour muted(ImGuiCol_Text, palette::kInkMuted);
            ImGui::TextUnformatted(tr("The community, its strengths and needs, the partners and the sub-goals come along."));
        } else {
            ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
            ImGui::TextUnformatted(
                fmt::format(fmt::runtime(tr("This plan has no exercise for {}: that is not carried over.")), missing).c_str());
        }
    }
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - cancel_w);
    if (touch_button("follow-up-cancel", tr("No follow-up"), ButtonKind::Secondary, ctx, cancel_w)) {
        state.follows.clear();
        state.title.set_text(data.plans.empty() ? std::string() : data.plans[size_t(state.selected_plan)].title);
        state.place.set_text("");
    }
    ImGui::Separator();
}

void new_session_panel(const StartScreenData& data, StartScreenState& state, const Context& ctx,
                       Redraw& redraw, StartIntent& intent) {
    heading_text(ctx, ctx.fonts.icon("plus") + tr("New session"));
    follow_up_banner(data, state, ctx);
    ImGui::TextUnformatted(tr("Plan"));
    // The plan list takes what the form leaves and scrolls, so the form stays whole on any screen
    // without the keyboard; with it, this panel scrolls to the field being typed in.
    const float list_h = std::max(ctx.metrics.touch_target() * 1.5f,
                                  ImGui::GetContentRegionAvail().y - form_height(ctx));
    {
        ScopedChild plans_child("##plans", ImVec2(0, list_h), false);
        plan_list(data, state, ctx);
        state.scroll.follow("plans", ctx, redraw);
    }
    // Every field types on the on-screen keyboard and scrolls itself into view above it
    // (text_editor.h, touch_scroll.h reveal_rows).
    ImGui::TextUnformatted(tr("Title"));
    edit_text("title", state.title, ctx, redraw);
    // Place and facilitator share a row, and the date shares one with the start button, so the
    // form fits a 1024x768 projector with room for the plans. A table, not child windows: the
    // fields stay in this panel, which scrolls them into view above the keyboard.
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float half = std::floor((ImGui::GetContentRegionAvail().x - gap) * 0.5f);
    {
        ScopedStyleVar cell_padding(ImGuiStyleVar_CellPadding, ImVec2(0.5f * gap, 0.0f));
        if (ImGui::BeginTable("##place-facilitator", 2, ImGuiTableFlags_NoPadOuterX)) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr("Place (optional)"));
            edit_text("place", state.place, ctx, redraw);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr("Facilitator (optional)"));
            edit_text("facilitator-name", state.facilitator, ctx, redraw);
            ImGui::EndTable();
        }
    }
    ImGui::TextUnformatted(tr("Date"));
    date_stepper(data, state, ctx, half);
    ImGui::SameLine(0.0f, gap);
    start_button(data, state, ctx, intent);
    ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
    ScopedTextWrap wrap;
    ImGui::TextUnformatted(state.problem ? tr(state.problem) : "");
}

/// The follow-up of `earlier` with the form's defaults, started at once (an overdue sub-goal).
NewSessionIntent follow_up_now(const StartScreenData& data, const StartScreenState& state,
                               const SessionSummary& earlier) {
    int plan = follow_up_plan(data, earlier.language);
    if (plan < 0) plan = state.selected_plan;
    const PlanSummary& p = data.plans[size_t(plan)];
    return {p.id, p.language, follow_up_title(earlier.title), valid_iso_date(data.today) ? data.today : state.date,
            earlier.place, trimmed(state.facilitator.text()), earlier.id};
}

/// Sub-goals whose check date has passed, each with the session it belongs to and a button that
/// starts that session's follow-up.
void overdue_list(const StartScreenData& data, StartScreenState& state, const Context& ctx, StartIntent& intent) {
    if (data.overdue.empty()) return;
    {
        ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
        heading_text(ctx, ctx.fonts.icon("clock") + tr("Sub-goals to look at again"));
    }
    const float button_w = touch_button_width(tr("Follow-up"), ctx);
    for (int i = 0; i < int(data.overdue.size()); ++i) {
        const OverdueSubGoal& o = data.overdue[size_t(i)];
        const SessionSummary* earlier = find_session(data, o.session_id);
        if (!earlier) continue;
        ScopedId id(1000 + i);
        const float text_w = ImGui::GetContentRegionAvail().x - button_w - ImGui::GetStyle().ItemSpacing.x;
        {
            ScopedGroup summary;
            ScopedTextWrap wrap(ImGui::GetCursorPosX() + std::max(text_w, ctx.metrics.em));
            ImGui::TextUnformatted(o.subgoal.c_str());
            // One line, ending in "…": the session's title is in full in the list below.
            const std::string detail = fmt::format(fmt::runtime(tr("check was due {} · {}")), o.check_date, earlier->title);
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float line_h = ImGui::GetTextLineHeight(), right = at.x + std::max(text_w, ctx.metrics.em);
            ImGui::Dummy(ImVec2(right - at.x, line_h));
            ScopedStyleColour muted(ImGuiCol_Text, palette::kInkMuted);
            ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), at, ImVec2(right, at.y + line_h), right, right,
                                      detail.c_str(), nullptr, nullptr);
        }
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_w);
        const std::string key = "overdue-" + std::to_string(i);
        if (touch_button(key.c_str(), tr("Follow-up"), ButtonKind::Primary, ctx, button_w) && !data.plans.empty()) {
            intent = follow_up_now(data, state, *earlier);
            keyboard_panel().blur();
        }
        ImGui::Separator();
    }
}

void sessions_panel(const StartScreenData& data, StartScreenState& state, const Context& ctx, Redraw& redraw,
                    StartIntent& intent) {
    {
        ScopedGroup heading;
        heading_text(ctx, ctx.fonts.icon("clock") + tr("Earlier sessions"));
    }
    const std::string archive = ctx.fonts.icon("list") + tr("Archive");
    ImGui::SameLine(std::max(0.0f, ImGui::GetWindowContentRegionMax().x - touch_button_width(archive, ctx)));
    if (touch_button("open-archive", archive, ButtonKind::Secondary, ctx)) intent = OpenArchiveIntent{};
    if (data.sessions.empty()) {
        muted_text(tr("No sessions yet. Start a new one on the left."));
        return;
    }
    {
        // Overdue sub-goals first, above the sessions they belong to, scrolling with them.
        ScopedChild session_list_child("##session-list", ImVec2(0, 0), false);
        if (!data.overdue.empty()) {  // under the panel's heading, so the sessions get a line of their own
            overdue_list(data, state, ctx, intent);
            muted_text(tr("Sessions, newest first"));
        }
        for (int i = 0; i < int(data.sessions.size()); ++i) {
            const SessionSummary& s = data.sessions[size_t(i)];
            ScopedId id(i);
            const std::string action = s.status == SessionStatus::Finished ? tr("Open") : tr("Resume");
            const std::string key = "resume-" + std::to_string(i);
            const std::string follow_label = ctx.fonts.icon("plus") + tr("Follow-up");
            const float button_w = std::max({touch_button_width(tr("Open"), ctx), touch_button_width(tr("Resume"), ctx),
                                             touch_button_width(follow_label, ctx)});
            const float text_w = ImGui::GetContentRegionAvail().x - button_w - ImGui::GetStyle().ItemSpacing.x;
            {
                ScopedGroup summary;
                ScopedTextWrap wrap(ImGui::GetCursorPosX() + std::max(text_w, ctx.metrics.em));
                ImGui::TextUnformatted(s.title.c_str());
                std::string detail = s.date;
                if (!s.place.empty()) detail += " · " + s.place;
                detail += std::string(" · ") + status_text(s.status);
                ScopedStyleColour muted(ImGuiCol_Text, palette::kInkMuted);
                ImGui::TextUnformatted(detail.c_str());
            }
            // Resume (or open) and a follow-up, one above the other beside the text.
            ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_w);
            {
                ScopedGroup buttons;
                const ButtonKind kind = s.status == SessionStatus::Finished ? ButtonKind::Secondary : ButtonKind::Primary;
                if (touch_button(key.c_str(), action, kind, ctx, button_w)) intent = ResumeIntent{s.id};
                const std::string follow_key = "follow-up-" + std::to_string(i);
                if (touch_button(follow_key.c_str(), follow_label, ButtonKind::Secondary, ctx, button_w))
                    enter_follow_up(data, state, s);
            }
            ImGui::Separator();
        }
        state.scroll.follow("session-list", ctx, redraw);
    }
}

void fill_defaults(const StartScreenData& data, StartScreenState& state) {
    if (state.form_filled) return;
    state.form_filled = true;
    state.selected_plan = 0;
    if (!data.plans.empty()) state.title.set_text(data.plans[0].title);
    state.date = valid_iso_date(data.today) ? data.today : "2000-01-01";
}

}  // namespace

bool valid_iso_date(const std::string& d) { return kiosk::valid_iso_date(d); }

std::string follow_up_title(const std::string& earlier) {
    return fmt::format(fmt::runtime(tr("Follow-up: {}")), earlier);
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date and back (the well-known civil-calendar
// algorithms: eras of 400 years, March-based years so the leap day comes last).
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp + (mp < 10 ? 3 : -9);
    const long y = yoe + era * 400 + (m <= 2);
    return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

}  // namespace

std::string add_days(const std::string& date, int days) {
    if (!valid_iso_date(date)) return date;
    const long z = days_from_civil(std::stoi(date.substr(0, 4)), std::stoi(date.substr(5, 2)),
                                   std::stoi(date.substr(8, 2)));
    const long first = days_from_civil(2000, 1, 1), last = days_from_civil(2999, 12, 31);
    return civil_from_days(std::clamp(z + long(days), first, last));
}

StartIntent draw_start_screen(const StartScreenData& data, StartScreenState& state,
                              const Context& ctx, Redraw& redraw) {
    StartIntent intent;
    fill_defaults(data, state);
    if (state.selected_plan >= int(data.plans.size())) state.selected_plan = 0;

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    // The keyboard covers the bottom of the display: the screen ends above it.
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, vp->Size.y - keyboard_panel().reserved_height(ctx)));
    const float margin = 1.5f * ctx.metrics.em;
    {
        ScopedStyleVar padding(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin));
        ImGui::Begin("##start", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_NoBringToFrontOnFocus);
    }

    top_bar(ctx, intent, redraw);
    ImGui::Dummy(ImVec2(0, 0.5f * ctx.metrics.em));
    for (const std::string& notice : data.notices) {
        ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
        ScopedTextWrap wrap;
        ImGui::TextUnformatted(notice.c_str());
    }

    const float gap = margin;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float left_w = std::floor((avail.x - gap) * 0.55f);
    {
        ScopedChild new_session_child("##new-session", ImVec2(left_w, avail.y), true);
        new_session_panel(data, state, ctx, redraw, intent);
        state.scroll.follow("new-session", ctx, redraw);
    }
    ImGui::SameLine(0.0f, gap);
    {
        ScopedChild sessions_child("##sessions", ImVec2(0, avail.y), true);
        sessions_panel(data, state, ctx, redraw, intent);
        state.scroll.follow("sessions", ctx, redraw);
    }

    state.scroll.follow("start", ctx, redraw);
    ImGui::End();
    return intent;
}

StartScreenData demo_start_screen_data() {
    StartScreenData d;
    d.today = "2024-05-17";
    d.plans = {
        {"bootcamp", "nl", "Bootcamp OF/BY/FOR ALL – werken met communities", 195, 9, {}},
        {"bootcamp-en", "en", "OF/BY/FOR ALL bootcamp – working with communities", 195, 9, {}},
        {"kennismaking", "nl", "Korte kennismaking: ĳsbreker en visie", 45, 3, {}},
    };
    d.sessions = {
        {"s-0003", "Ĳsbreker-sessie „goed” voorbereid", "2024-05-14", "Bibliotheek Zuid, zaal 2",
         SessionStatus::InProgress, "nl"},
        {"s-0002", "Coördinatie café-overleg – ideeën", "2024-04-02", "Vestiging Oost",
         SessionStatus::Finished, "nl"},
        {"s-0001", "Partnerkracht: € 12,50 per persoon? wacht even…", "2024-03-11", "",
         SessionStatus::Finished, "nl"},
    };
    d.overdue = {
        {"s-0002", "Elke maand een taalcafé met ouders uit de wijk", "2024-05-01"},
        {"s-0001", "Tien nieuwe leden uit de community in de leesclub", "2024-05-15"},
    };
    return d;
}

}  // namespace kiosk::ui
