#include "ui/imgui_scope.h"
#include "ui/countdown_view.h"

#include "core/actions.h"
#include "core/i18n.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

bool same(const TimerRecord& a, const TimerRecord& b) {
    return a.exercise == b.exercise && a.duration_ms == b.duration_ms && a.remaining_ms == b.remaining_ms &&
           a.anchor_ms == b.anchor_ms && a.running == b.running && a.started == b.started &&
           a.anchor_mono_ms == b.anchor_mono_ms && a.anchor_run == b.anchor_run;
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
    const ImVec4 x = ImGui::ColorConvertU32ToFloat4(a), y = ImGui::ColorConvertU32ToFloat4(b);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t,
                                                 x.z + (y.z - x.z) * t, x.w + (y.w - x.w) * t));
}

/// The end pulse: one level per displayed second over a 4-second cycle (0.25 Hz), 0..1.
float pulse_level(std::int64_t remaining_ms) {
    const std::int64_t second = (-remaining_ms) / 1000;
    return 0.5f - 0.5f * std::cos(float(second % 4) * 3.14159265f / 2.0f);
}

}  // namespace

bool CountdownView::update(const Session& session) {
    const bool first = !have_synced_;
    if (first || !same(synced_, session.timer)) {
        synced_ = session.timer;
        have_synced_ = true;
        countdown_.sync(synced_);
        // A timer already past its end when the kiosk (re)opens does not chime again.
        end_signalled_ = countdown_.started() && countdown_.remaining_ms() <= 0 && (first || !countdown_.running());
    }
    if (!countdown_.started()) return false;
    const std::int64_t left = countdown_.remaining_ms();
    if (left > 0) {
        end_signalled_ = false;
        return false;
    }
    if (countdown_.running() && !end_signalled_) {
        end_signalled_ = true;
        return true;
    }
    return false;
}

bool CountdownView::started_for(const std::string& exercise_id) const {
    return countdown_.started() && synced_.exercise == exercise_id;
}

bool CountdownView::held_for(const std::string& exercise_id) const {
    return started_for(exercise_id) && countdown_.held();
}

bool CountdownView::running_for(const std::string& exercise_id) const {
    return started_for(exercise_id) && countdown_.running();
}

std::int64_t CountdownView::shown_ms(const std::string& exercise_id, int planned_seconds) const {
    if (started_for(exercise_id)) return countdown_.remaining_ms();
    return std::int64_t(planned_seconds) * 1000;
}

void CountdownView::ask_redraw(const std::string& exercise_id, Redraw& redraw) const {
    if (!running_for(exercise_id)) return;  // a paused or idle display never changes by itself
    redraw.within(double(ms_until_next_tick(countdown_.remaining_ms())) / 1000.0 + 0.005);
}

void CountdownView::draw_small(const std::string& exercise_id, int planned_seconds, const Context& ctx,
                               Redraw& redraw) {
    const std::int64_t left = shown_ms(exercise_id, planned_seconds);
    const bool ended = started_for(exercise_id) && left <= 0;
    const std::string text = ctx.fonts.icon("clock") + format_countdown(left);
    {
        ScopedStyleColour ink(ImGuiCol_Text, ended                     ? palette::kAttention
                                             : running_for(exercise_id) ? palette::kInk
                                                                        : palette::kInkMuted);
        ScopedFont font(ctx.fonts.heading);
        ImGui::TextUnformatted(text.c_str());
    }
    hit_targets().record("countdown-small", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ask_redraw(exercise_id, redraw);
}

void CountdownView::draw_controls(ActionSink& facilitator, const std::string& exercise_id, int planned_seconds,
                                  const Context& ctx) {
    const bool mine = started_for(exercise_id);
    const bool running = running_for(exercise_id);
    if (!mine) {
        if (touch_button("timer-start", ctx.fonts.icon("play") + tr("Start"), ButtonKind::Primary, ctx))
            facilitator.submit(actions::TimerStart{std::max(1, planned_seconds)});
    } else if (running) {
        if (touch_button("timer-pause", ctx.fonts.icon("pause") + tr("Pause"), ButtonKind::Primary, ctx))
            facilitator.submit(actions::TimerPause{});
    } else {
        if (touch_button("timer-resume", ctx.fonts.icon("play") + tr("Resume"), ButtonKind::Primary, ctx))
            facilitator.submit(actions::TimerResume{});
    }
    ImGui::SameLine();
    if (touch_button("timer-minus", tr("\xE2\x88\x92" "1 min"), ButtonKind::Secondary, ctx, 0.0f, mine))
        facilitator.submit(actions::TimerAdjust{-60});
    ImGui::SameLine();
    if (touch_button("timer-plus", tr("+1 min"), ButtonKind::Secondary, ctx, 0.0f, mine))
        facilitator.submit(actions::TimerAdjust{60});
    ImGui::SameLine();
    if (touch_button("timer-reset", ctx.fonts.icon("undo") + tr("Reset"), ButtonKind::Secondary, ctx, 0.0f, mine))
        facilitator.submit(actions::TimerReset{});
    ImGui::SameLine();
    if (!ctx.sound_available) {  // say so in the room, not only in a log: the end will be silent
        touch_button("timer-sound", ctx.fonts.icon("bell_off") + tr("No sound device"), ButtonKind::Secondary, ctx,
                     0.0f, false);
    } else if (touch_button("timer-sound", ctx.fonts.icon(muted_ ? "bell_off" : "bell") + (muted_ ? tr("Sound off") : tr("Sound on")),
                            ButtonKind::Secondary, ctx)) {
        muted_ = !muted_;
    }
    if (held_for(exercise_id)) {
        // Why the countdown stands still (core/timer.h): say it where the Resume button is.
        const std::string notice = tr("The computer's clock jumped by more than 12 hours since the timer last ran, "
                                      "so the timer stopped at the time it had left. Resume it to go on.");
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(notice.c_str());
        ImGui::PopTextWrapPos();
        hit_targets().record("timer-held-notice", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    update(facilitator.session());  // show a change made just now in this very frame
}

namespace {

/// Width of one character of the countdown at `size`: every digit takes the width of the widest,
/// so the digits stand still as they change (the display font has proportional figures).
float cell_width(const ImFont* font, float size, char c) {
    const float scale = size / font->FontSize;
    if (c < '0' || c > '9') {
        const ImFontGlyph* g = font->FindGlyph(ImWchar(c));
        return g ? g->AdvanceX * scale : 0.0f;
    }
    float widest = 0.0f;
    for (char d = '0'; d <= '9'; ++d)
        if (const ImFontGlyph* g = font->FindGlyph(ImWchar(d))) widest = std::max(widest, g->AdvanceX);
    return widest * scale;
}

}  // namespace

ImVec2 countdown_text_size(const ImFont& font, float size, const std::string& text) {
    float w = 0.0f;
    for (char c : text) w += cell_width(&font, size, c);
    return ImVec2(w, size);
}

void draw_countdown_text(ImDrawList& draw, const ImFont& font, float size, ImVec2 pos, ImU32 colour,
                         const std::string& text) {
    // Each character centred in its cell (see cell_width).
    for (char c : text) {
        const float cell = cell_width(&font, size, c);
        const char glyph[2] = {c, 0};
        const float own = font.CalcTextSizeA(size, FLT_MAX, 0.0f, glyph).x;
        draw.AddText(&font, size, ImVec2(pos.x + 0.5f * (cell - own), pos.y), colour, glyph);
        pos.x += cell;
    }
}


void CountdownView::draw_big(const std::string& exercise_id, int planned_seconds, float height_px,
                             const Context& ctx, Redraw& redraw) {
    const std::int64_t left = shown_ms(exercise_id, planned_seconds);
    const bool mine = started_for(exercise_id);
    const bool ended = mine && left <= 0;
    const float width = ImGui::GetContentRegionAvail().x;
    ImFont* font = ctx.fonts.display ? ctx.fonts.display : ImGui::GetFont();
    const float bar_h = std::max(6.0f, 0.4f * ctx.metrics.em);
    // The digits keep the display font's full size (a quarter of the screen height) unless the
    // width cannot hold them; the face is as tall as they need.
    const std::string text = format_countdown(left);
    float size = font->FontSize;
    ImVec2 ts = countdown_text_size(*font, size, text);
    if (ts.x > 0.95f * width) { size *= 0.95f * width / ts.x; ts = countdown_text_size(*font, size, text); }
    const float face_h = std::max(height_px, ts.y + 3.0f * bar_h + ctx.metrics.em);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + width, a.y + face_h);
    ImGui::Dummy(ImVec2(width, face_h));
    hit_targets().record("countdown", a, b);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float level = ended ? pulse_level(left) : 0.0f;
    const ImU32 panel = ended ? mix(IM_COL32(253, 236, 222, 255), IM_COL32(247, 214, 190, 255), level)
                              : palette::kPanel;
    draw->AddRectFilled(a, b, panel, 0.5f * ctx.metrics.em);
    if (ended) draw->AddRect(a, b, mix(palette::kAttention, IM_COL32(214, 120, 60, 255), level), 0.5f * ctx.metrics.em, 0, bar_h);

    const float text_top = a.y + 0.5f * (face_h - ts.y - 2.0f * bar_h - ctx.metrics.em);
    const ImU32 ink = ended ? palette::kAttention : mine ? palette::kInk : palette::kInkMuted;
    draw_countdown_text(*draw, *font, size, ImVec2(0.5f * (a.x + b.x - ts.x), text_top), ink, text);

    // The bar of time left under the digits: it shrinks from the right as time passes.
    const std::int64_t duration = mine ? std::max<std::int64_t>(1, synced_.duration_ms) : std::int64_t(planned_seconds) * 1000;
    const float share = ended ? 1.0f : float(std::clamp<double>(double(left) / double(std::max<std::int64_t>(1, duration)), 0.0, 1.0));
    const ImVec2 bar_a(0.5f * (a.x + b.x - ts.x), text_top + ts.y + 0.5f * bar_h);
    const ImVec2 bar_b(bar_a.x + ts.x, bar_a.y + bar_h);
    draw->AddRectFilled(bar_a, bar_b, palette::kPanelBorder, 0.5f * bar_h);
    const ImU32 fill = ended ? mix(palette::kAttention, IM_COL32(214, 120, 60, 255), level) : palette::kAction;
    if (share > 0.0f) draw->AddRectFilled(bar_a, ImVec2(bar_a.x + share * ts.x, bar_b.y), fill, 0.5f * bar_h);
    const ImVec2 centre(0.5f * (a.x + b.x), bar_b.y - 0.5f * ts.y + 0.5f * bar_h);
    if (ended) {
        const char* note = is_overtime(left) ? tr("Time is up \xE2\x80\x93 overtime") : tr("Time is up");
        const ImVec2 ns = ImGui::CalcTextSize(note);
        draw->AddText(ImVec2(centre.x - 0.5f * ns.x, centre.y + 0.5f * ts.y), palette::kAttention, note);
    } else if (mine && !running_for(exercise_id)) {
        const char* note = held_for(exercise_id) ? tr("Paused: the clock was changed") : tr("Paused");
        const ImVec2 ns = ImGui::CalcTextSize(note);
        draw->AddText(ImVec2(centre.x - 0.5f * ns.x, centre.y + 0.5f * ts.y), palette::kInkMuted, note);
    }
    ask_redraw(exercise_id, redraw);
}

}  // namespace kiosk::ui
