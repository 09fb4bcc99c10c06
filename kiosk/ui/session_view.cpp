#include "ui/imgui_scope.h"
#include "ui/session_view.h"

#include "core/actions.h"
#include "core/i18n.h"
#include "ui/dialog_band.h"
#include "ui/keyboard.h"
#include "ui/lock_overlay.h"
#include "ui/phones_join.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

constexpr std::int64_t kMinute = 60'000;

std::string minutes_text(std::int64_t ms) {
    return fmt::format(fmt::runtime(tr("{} min")), (ms + kMinute / 2) / kMinute);
}

}  // namespace

std::string schedule_text(std::int64_t delta_ms) {
    const std::int64_t minutes = (std::llabs(delta_ms) + kMinute / 2) / kMinute;
    if (minutes == 0) return tr("on schedule");
    return fmt::format(fmt::runtime(delta_ms > 0 ? tr("{} min behind") : tr("{} min ahead")), minutes);
}

std::int64_t schedule_delta_ms(const Session& s, const ClockReading& now) {
    std::int64_t delta = 0;
    for (std::size_t i = 0; i < s.plan.agenda.size(); ++i) {
        const Exercise& ex = s.plan.agenda[i];
        const std::int64_t used = s.actual_ms(ex.id, now);
        const std::int64_t planned = std::int64_t(ex.minutes) * kMinute;
        // Done (before the current one): the whole difference, a skipped one counts as time won.
        // Current or later (maybe started, not finished): only an overrun counts.
        if (i < s.current) delta += used - planned;
        else delta += std::max<std::int64_t>(0, used - planned);
    }
    return delta;
}


void SessionView::flush() {
    checklist_.flush();
    writing_.flush();
    form_.flush();
}

void SessionView::go_to(ActionSink& sink, const std::string& exercise_id) {
    flush();
    keyboard_panel().blur();
    cards_open_ = false;
    sink.submit(actions::AgendaGoto{exercise_id});
}

bool SessionView::begin_screen(const char* name, const Context& ctx) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(display.x, display.y - keyboard_panel().reserved_height(ctx)));
    return ImGui::Begin(name, nullptr,
                        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                            ImGuiWindowFlags_NoBringToFrontOnFocus);
}

void SessionView::draw_top_bar(ActionSink& sink, const Exercise& ex, const Context& ctx, Redraw& redraw,
                               SessionOutcome& out) {
    const Session& s = sink.session();
    const std::size_t n = s.plan.agenda.size();
    const float top = ImGui::GetCursorPosY();
    const std::string heading = fmt::format("{}/{}  {}", s.current + 1, n, ex.title);
    muted_text(s.title);
    heading_text(ctx, heading);
    float left_bottom = ImGui::GetCursorPosY();
    float left_w = ImGui::CalcTextSize(s.title.c_str()).x;
    {
        ScopedFont font(ctx.fonts.heading);
        left_w = std::max(left_w, ImGui::CalcTextSize(heading.c_str()).x);
    }

    // Right-aligned: the small countdown, the agenda, the facilitator cards, previous / next.
    const float right = ImGui::GetWindowContentRegionMax().x;
    const std::string agenda = ctx.fonts.icon("list") + tr("Agenda");
    const std::string cards = ctx.fonts.icon("book") + tr("Cards");
    const std::string prev = ctx.fonts.icon("arrow_left");
    const std::string next = tr("Next") + std::string(" ") + ctx.fonts.icon("arrow_right");
    const float sp = ImGui::GetStyle().ItemSpacing.x;
    const float timer_w = 6.5f * ctx.metrics.em;
    const float w = timer_w + touch_button_width(agenda, ctx) + touch_button_width(cards, ctx) +
                    touch_button_width(prev, ctx) + touch_button_width(next, ctx) + 4.0f * sp;
    // On a narrow screen the buttons take a row of their own under the titles.
    const float x0 = ImGui::GetStyle().WindowPadding.x;
    const bool own_row = x0 + left_w + ImGui::GetStyle().ItemSpacing.x > right - w;
    ImGui::SetCursorPos(ImVec2(std::max(x0, right - w), own_row ? left_bottom : top));
    ImGui::BeginGroup();
    const ImVec2 t0 = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(t0.x, t0.y + 0.5f * (ctx.metrics.touch_target() - 1.5f * ctx.metrics.em)));
    countdown_.draw_small(ex.id, planned_seconds(s, ex), ctx, redraw);
    // Tapping the small countdown makes it the focus (big) of this exercise, and back.
    ImGui::SetCursorScreenPos(t0);
    if (ImGui::InvisibleButton("##timer-focus", ImVec2(timer_w, ctx.metrics.touch_target())))
        timer_focus_ = timer_focus_ == ex.id ? std::string() : ex.id;
    hit_targets().record("timer-focus", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::SameLine();
    if (touch_button("open-agenda", agenda, ButtonKind::Secondary, ctx)) {
        flush();
        keyboard_panel().blur();
        out.open_agenda = true;
    }
    ImGui::SameLine();
    if (touch_button("open-cards", cards, cards_open_ ? ButtonKind::Primary : ButtonKind::Secondary, ctx, 0.0f,
                     !s.plan.cards.empty()))
        cards_open_ = !cards_open_;
    ImGui::SameLine();
    if (touch_button("exercise-previous", prev, ButtonKind::Secondary, ctx, 0.0f, s.current > 0))
        go_to(sink, s.plan.agenda[s.current - 1].id);
    ImGui::SameLine();
    if (touch_button("exercise-next", next, ButtonKind::Primary, ctx, 0.0f, s.current + 1 < n))
        go_to(sink, s.plan.agenda[s.current + 1].id);
    ImGui::EndGroup();
    ImGui::SetCursorPosY(std::max(left_bottom, ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetStyle().ItemSpacing.y));
    ImGui::Separator();
    // The bar holds the countdown: dialogs (the note editor) stay below it (dialog_band.h).
    keep_top_in_sight(ImGui::GetItemRectMax().y);
}

void SessionView::draw_cards(const Session& s, const Context& ctx, Redraw& redraw) {
    // An overlay window: the exercise underneath keeps all its state while the cards are open.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float w = std::min(display.x * 0.6f, 48.0f * ctx.metrics.em);
    ImGui::SetNextWindowPos(ImVec2(display.x - w - ctx.metrics.em, 4.0f * ctx.metrics.em));
    ImGui::SetNextWindowSize(ImVec2(w, display.y - 5.0f * ctx.metrics.em - keyboard_panel().reserved_height(ctx)));
    ScopedStyleColour background(ImGuiCol_WindowBg, palette::kSecondary);
    ScopedStyleVar border(ImGuiStyleVar_WindowBorderSize, std::max(1.0f, 0.08f * ctx.metrics.em));
    ImGui::Begin("##cards", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    card_ = std::min(card_, s.plan.cards.size() - 1);
    for (std::size_t i = 0; i < s.plan.cards.size(); ++i) {
        const std::string key = "card-" + s.plan.cards[i].id;
        if (touch_button(key.c_str(), s.plan.cards[i].title, i == card_ ? ButtonKind::Primary : ButtonKind::Secondary, ctx))
            card_ = i;
        if (i + 1 < s.plan.cards.size()) {
            const float next_w = touch_button_width(s.plan.cards[i + 1].title, ctx);
            if (ImGui::GetItemRectMax().x + next_w + ImGui::GetStyle().ItemSpacing.x < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
                ImGui::SameLine();
        }
    }
    if (touch_button("close-cards", ctx.fonts.icon("close") + tr("Close"), ButtonKind::Secondary, ctx)) cards_open_ = false;
    ImGui::Separator();
    const Card& card = s.plan.cards[card_];
    heading_text(ctx, card.title);
    {
        ScopedChild card_items_child("##card-items");
        for (const std::string& item : card.items) {
            ImGui::Bullet();
            ScopedTextWrap wrap;
            ImGui::TextUnformatted(item.c_str());
        }
        scroll_.follow("card-items", ctx, redraw);
    }
    scroll_.follow("cards", ctx, redraw);
    ImGui::End();
}

SessionOutcome SessionView::draw_exercise(ActionSink& sink, const Context& ctx, Redraw& redraw) {
    SessionOutcome out;
    const Session& s = sink.session();
    out.timer_ended = countdown_.update(s);
    const Exercise* ex = s.current_exercise();
    // Derived from the clocks each frame (both readings, as the countdown: core/timer.h): a lock
    // at time's end shows on the frame the countdown's own once-a-second redraw brings
    // (core/session.h, input_locked()).
    const bool locked = s.input_locked(read_clock(*clock_));
    if (locked) cards_open_ = false;
    board_.set_locked(locked);
    begin_screen("##exercise", ctx);
    ImGui::BeginDisabled(locked);  // nothing under the lock reacts, whatever the window order
    if (!ex) {
        ImGui::EndDisabled();
        muted_text(tr("This plan has no exercises."));
        scroll_.follow("exercise", ctx, redraw);
        ImGui::End();
        return out;
    }
    draw_top_bar(sink, *ex, ctx, redraw, out);
    const Exercise& here = *s.current_exercise();  // the top bar may have moved the room
    if (here.kind != ExerciseKind::Info) {
        // The exercise's own question stays under the title on every screen of it (an Info
        // slide shows it as the slide itself); a board's rules open from the header.
        if (rules_open_for_ != here.id) {
            rules_open_ = false;
            rules_open_for_ = here.id;
        }
        draw_exercise_header(here, here.kind == ExerciseKind::Board ? &rules_open_ : nullptr, ctx);
    }
    if (phones_.on && draw_phones_row(phones_, s, here, ctx)) join_open_ = true;
    if (timer_focus_ == here.id && here.kind != ExerciseKind::Writing) {
        countdown_.draw_big(here.id, planned_seconds(s, here), ImGui::GetContentRegionAvail().y, ctx, redraw);
    } else {
        // Each exercise its own scrolling regions: one form's scroll never carries to the next.
        ScopedId id(here.id.c_str());
        switch (here.kind) {
            case ExerciseKind::Info: draw_info_exercise(here, ctx); break;
            case ExerciseKind::Checklist: checklist_.draw(sink, here, ctx, redraw); break;
            case ExerciseKind::Writing: writing_.draw(sink, here, countdown_, ctx, redraw); break;
            case ExerciseKind::Form:
                {
                    ScopedChild form_child("##form", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
                    form_.draw(sink, here, ctx, redraw);
                    scroll_.follow("form", ctx, redraw);
                }
                break;
            case ExerciseKind::Board:
                board_.draw(sink, here, ctx, redraw);
                out.open_facilitator = board_.take_console_request();
                break;
        }
    }
    scroll_.follow("exercise", ctx, redraw);
    ImGui::EndDisabled();
    ImGui::End();
    if (cards_open_ && !s.plan.cards.empty()) draw_cards(s, ctx, redraw);
    if (!phones_.on || phones_.url.empty() || locked) join_open_ = false;
    if (join_open_) join_open_ = draw_join_panel(phones_, ctx);
    if (locked && draw_lock_overlay(ctx, redraw)) out.open_facilitator = true;
    out.sound_muted = countdown_.muted();
    return out;
}

SessionOutcome SessionView::draw_agenda(ActionSink& sink, const Context& ctx, Redraw& redraw) {
    SessionOutcome out;
    const Session& s = sink.session();
    out.timer_ended = countdown_.update(s);
    out.sound_muted = countdown_.muted();
    const ClockReading now = read_clock(*clock_);  // actual minutes by the rule for time (core/timer.h)
    const bool locked = s.input_locked(now);
    begin_screen("##agenda", ctx);
    ImGui::BeginDisabled(locked);
    muted_text(s.title);
    heading_text(ctx, tr("Agenda"));

    const std::int64_t delta = schedule_delta_ms(s, now);
    {
        ScopedStyleColour ink(ImGuiCol_Text, delta >= kMinute ? palette::kAttention : palette::kAction);
        heading_text(ctx, schedule_text(delta));
    }
    std::int64_t used = 0;
    for (const Exercise& e : s.plan.agenda) used += s.actual_ms(e.id, now);
    muted_text(fmt::format(fmt::runtime(tr("Planned {} in total, {} used so far.")),
                           minutes_text(std::int64_t(s.plan.planned_minutes()) * kMinute), minutes_text(used)));

    const float row_h = ctx.metrics.touch_target();
    {
        ScopedStyleColour header(ImGuiCol_TableHeaderBg, palette::kPaperBottom);
        if (ImGui::BeginTable("##agenda-table", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY,
                              ImVec2(0, ImGui::GetContentRegionAvail().y - row_h - ImGui::GetStyle().ItemSpacing.y * 2))) {
            ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 2.0f * ctx.metrics.em);
            ImGui::TableSetupColumn(tr("Exercise"), ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn(tr("Planned"), ImGuiTableColumnFlags_WidthFixed, 6.0f * ctx.metrics.em);
            ImGui::TableSetupColumn(tr("Actual"), ImGuiTableColumnFlags_WidthFixed, 9.0f * ctx.metrics.em);
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 8.0f * ctx.metrics.em);
            ImGui::TableHeadersRow();
            ImGuiWindow* list = ImGui::GetCurrentWindow();  // the table's scrolling part
            for (std::size_t i = 0; i < s.plan.agenda.size(); ++i) {
                const Exercise& e = s.plan.agenda[i];
                const bool current = i == s.current;
                const std::int64_t actual = s.actual_ms(e.id, now);
                const std::int64_t over = actual - std::int64_t(e.minutes) * kMinute;
                ScopedId id(int(i));
                ImGui::TableNextRow(0, row_h);
                if (current) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, palette::kSelected);
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                ImGui::Text("%d", int(i) + 1);
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(((current ? ctx.fonts.icon("play") : std::string()) + e.title).c_str());
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(minutes_text(std::int64_t(e.minutes) * kMinute).c_str());
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                if (actual > 0) {
                    const bool overrun = over >= kMinute;
                    ScopedStyleColour ink(ImGuiCol_Text, overrun ? palette::kAttention : palette::kInk);
                    ImGui::TextUnformatted((minutes_text(actual) +
                                            (overrun ? fmt::format(fmt::runtime(tr(" (+{})")), minutes_text(over)) : std::string()))
                                               .c_str());
                } else {
                    ImGui::TextDisabled("\xE2\x80\x93");
                }
                ImGui::TableNextColumn();
                const std::string key = "agenda-open-" + e.id;
                if (touch_button(key.c_str(), current ? tr("Continue") : tr("Open"), current ? ButtonKind::Primary : ButtonKind::Secondary, ctx, -1.0f)) {
                    if (!current) go_to(sink, e.id);
                    out.open_exercise = true;
                }
            }
            ImGui::EndTable();
            scroll_.follow("agenda", ctx, redraw, list);
        }
    }
    const std::size_t n = s.plan.agenda.size();
    if (touch_button("agenda-previous", ctx.fonts.icon("arrow_left") + tr("Previous exercise"), ButtonKind::Secondary, ctx, 0.0f, s.current > 0)) {
        go_to(sink, s.plan.agenda[s.current - 1].id);
        out.open_exercise = true;
    }
    ImGui::SameLine();
    if (touch_button("agenda-next", tr("Next exercise") + std::string(" ") + ctx.fonts.icon("arrow_right"), ButtonKind::Primary, ctx, 0.0f, s.current + 1 < n)) {
        go_to(sink, s.plan.agenda[s.current + 1].id);
        out.open_exercise = true;
    }
    ImGui::SameLine();
    countdown_.draw_small(s.current_exercise() ? s.current_exercise()->id : std::string(),
                          s.current_exercise() ? planned_seconds(s, *s.current_exercise()) : 0, ctx, redraw);
    ImGui::SameLine();
    const std::string console = ctx.fonts.icon("gear") + tr("Facilitator");
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - touch_button_width(console, ctx)));
    // Under the lock the cover has this button, in the same place.
    if (!locked && long_press_button("facilitator", console, tr("Hold for 2 seconds"), kFacilitatorHoldSeconds, ctx, redraw))
        out.open_facilitator = true;
    scroll_.follow("agenda-screen", ctx, redraw);
    ImGui::EndDisabled();
    ImGui::End();
    if (locked && draw_lock_overlay(ctx, redraw)) out.open_facilitator = true;
    // The agenda's minutes change with the wall clock: a frame a minute keeps them honest.
    redraw.within(60.0 - std::fmod(double(now.wall_ms) / 1000.0, 60.0) + 0.01);
    return out;
}

}  // namespace kiosk::ui
