#include "ui/touch_scroll.h"

#include "core/i18n.h"
#include "ui/touch.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace kiosk::ui {
namespace {

// Keys in a window's own ImGui storage: the frame the window last followed the finger, and the
// item that handles drags itself.
ImGuiID followed_frame_key() { return ImHashStr("kiosk/touch-scroll/frame"); }
ImGuiID owns_drags_key() { return ImHashStr("kiosk/touch-scroll/owns-drags"); }

/// The finger speed is measured over this much of the latest movement, so a finger that rested
/// before lifting gives no glide.
constexpr double kVelocityWindowSeconds = 0.1;
/// Never held in this region: a resting finger on a list is not a long press.
constexpr std::int64_t kNoLongPress = std::numeric_limits<std::int64_t>::max() / 4;

float glide_cap(const Context& ctx) { return 100.0f * ctx.metrics.em; }   // px/s, ≈ 0.9 screens
// px/s: below about a pixel a frame ImGui's whole-pixel scroll no longer moves, so stop there.
float glide_stop(const Context& ctx) { return 2.0f * ctx.metrics.em; }
float glide_catch(const Context& ctx) { return 4.0f * ctx.metrics.em; }  // a touch only stops it

bool can_scroll(const ImGuiWindow* w) { return w->ScrollMax.y >= 1.0f; }

bool is_child(const ImGuiWindow* w) { return (w->Flags & ImGuiWindowFlags_ChildWindow) != 0; }

/// True when a touch that goes down now belongs to `w`: the innermost window under the finger
/// that can scroll, looking outwards through child windows only (a popup or an overlay is a
/// window of its own, never part of the list under it).
bool touch_lands_in(const ImGuiWindow* w) {
    for (const ImGuiWindow* h = GImGui->HoveredWindow; h; h = is_child(h) ? h->ParentWindow : nullptr)
        if (can_scroll(h)) return h == w;
    return false;
}

/// True when the item the touch pressed handles drags itself (keep_drags_on_item()).
bool pressed_item_keeps_drags() {
    const ImGuiContext& g = *GImGui;
    return g.ActiveId != 0 && g.ActiveIdWindow &&
           ImGuiID(g.ActiveIdWindow->StateStorage.GetInt(owns_drags_key(), 0)) == g.ActiveId;
}

void set_scroll(ImGuiWindow* w, float y) { ImGui::SetScrollY(w, std::clamp(y, 0.0f, w->ScrollMax.y)); }

/// Where the scroll will be next frame (a target set this frame wins over the current value).
float next_scroll(const ImGuiWindow* w) {
    return w->ScrollTarget.y < FLT_MAX ? std::clamp(w->ScrollTarget.y, 0.0f, w->ScrollMax.y) : w->Scroll.y;
}

ImU32 with_alpha(ImU32 colour, float alpha) {
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
    c.w *= alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

/// The colour the region's content is drawn on, for the fades at its edges.
ImU32 background_of(const ImGuiWindow* w) {
    const ImVec4 c = ImGui::GetStyleColorVec4(is_child(w) ? ImGuiCol_ChildBg : ImGuiCol_WindowBg);
    if (c.w < 0.5f) return palette::kPaperBottom;  // transparent: the paper backdrop shows through
    return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, 1.0f));
}

}  // namespace

void keep_drags_on_item() {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    w->StateStorage.SetInt(owns_drags_key(), int(ImGui::GetItemID()));
}

bool follows_touch(const ImGuiWindow& window) {
    return window.StateStorage.GetInt(followed_frame_key(), -1) == ImGui::GetFrameCount();
}

bool TouchScroll::dragging(const std::string& key) const {
    auto it = regions_.find(key);
    return it != regions_.end() && it->second.dragging;
}

bool TouchScroll::gliding(const std::string& key) const {
    auto it = regions_.find(key);
    return it != regions_.end() && it->second.velocity != 0.0f;
}

void TouchScroll::press(Region& r, const Context& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 p = io.MousePos;
    const bool caught = std::fabs(r.velocity) > glide_catch(ctx);
    r.velocity = 0.0f;
    r.tracking = true;
    r.dragging = false;
    r.tracker = GestureTracker(GestureSettings{ctx.metrics.drag_threshold(), kNoLongPress});
    r.tracker.update(true, p.x, p.y, std::int64_t(ImGui::GetTime() * 1000.0));
    r.samples.clear();
    r.samples.emplace_back(ImGui::GetTime(), p.y);
    r.on_more = r.more_shown && p.x >= r.more_min.x && p.x < r.more_max.x && p.y >= r.more_min.y && p.y < r.more_max.y;
    // A touch on a moving list stops it, and the "More below" button lies over the list: in
    // both cases the widget under the finger must not be pressed.
    if (caught || r.on_more) ImGui::ClearActiveID();
}

void TouchScroll::track(Region& r, ImGuiWindow* w, const Context& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 p = io.MousePos;
    const double now = ImGui::GetTime();
    const Gesture g = r.tracker.update(io.MouseDown[0], p.x, p.y, std::int64_t(now * 1000.0));
    r.samples.emplace_back(now, p.y);
    while (now - r.samples.front().first > kVelocityWindowSeconds) r.samples.pop_front();
    if (io.MouseDown[0]) {
        if (g == Gesture::DragStart) {
            r.dragging = true;
            r.on_more = false;
            // Measured from here, so the list does not jump by the threshold the finger crossed.
            r.drag_origin_y = p.y;
            r.drag_origin_scroll = next_scroll(w);
            ImGui::ClearActiveID();  // the widget the drag started on is not pressed on release
        }
        if (r.dragging) set_scroll(w, r.drag_origin_scroll - (p.y - r.drag_origin_y));
        return;
    }
    // Released.
    if (r.dragging && r.samples.size() >= 2) {
        // The speed of the last moments only: a finger that rested before lifting has no
        // samples left in the window, and gives no glide.
        const auto& [t0, y0] = r.samples.front();
        const auto& [t1, y1] = r.samples.back();
        if (t1 > t0) r.velocity = std::clamp(float(-(y1 - y0) / (t1 - t0)), -glide_cap(ctx), glide_cap(ctx));
    } else if (g == Gesture::Tap && r.on_more) {
        // A page on: a glide that covers about 80 % of the visible height.
        const float page = 0.8f * (w->InnerClipRect.Max.y - w->InnerClipRect.Min.y);
        r.velocity = float(page / kGlideDecaySeconds);
    }
    r.tracking = r.dragging = r.on_more = false;
    r.samples.clear();
}

void TouchScroll::glide(Region& r, ImGuiWindow* w, const Context& ctx, Redraw& redraw) {
    if (r.tracking || r.velocity == 0.0f) return;
    const double dt = std::clamp(double(ImGui::GetIO().DeltaTime), 0.0, 0.05);
    const float from = next_scroll(w);
    const float to = std::clamp(from + float(r.velocity * dt), 0.0f, w->ScrollMax.y);
    r.velocity *= float(std::exp(-dt / kGlideDecaySeconds));
    set_scroll(w, to);
    const bool at_edge = (r.velocity > 0 && to >= w->ScrollMax.y) || (r.velocity < 0 && to <= 0.0f);
    if (at_edge || std::fabs(r.velocity) < glide_stop(ctx)) r.velocity = 0.0f;
    if (r.velocity != 0.0f) redraw.within(1.0 / 60.0);
}

void TouchScroll::draw_hints(const std::string& key, Region& r, ImGuiWindow* w, const Context& ctx) {
    const ImRect view = w->InnerClipRect;
    hit_targets().record("scroll-" + key, view.Min, view.Max);
    r.more_shown = false;
    if (!can_scroll(w) || view.GetHeight() <= 0.0f) return;
    const float em = ctx.metrics.em;
    const float scroll = w->Scroll.y, max = w->ScrollMax.y;
    ImDrawList* dl = w->DrawList;
    dl->PushClipRect(view.Min, view.Max, false);
    const ImU32 bg = background_of(w);
    const ImU32 clear = with_alpha(bg, 0.0f);
    // ImGui 1.86 rounds positions above the display's top edge towards zero, so a list grows by
    // a pixel for about every row scrolled past that edge: within half a line of an end counts
    // as there (nothing worth a hint is hidden).
    const float slack = 0.5f * em;
    if (scroll > slack) {  // more above: a short fade under the top edge
        const float h = 0.8f * em;
        dl->AddRectFilledMultiColor(view.Min, ImVec2(view.Max.x, view.Min.y + h), bg, bg, clear, clear);
    }
    // The position bar along the right edge: where the view is in the whole list (passive; a
    // finger drags the list itself).
    const float track = view.GetHeight();
    const float content = track + max;
    const float bar_h = std::max(1.5f * em, track * track / content);
    const float bar_y = view.Min.y + (track - bar_h) * (scroll / max);
    const float bar_w = std::max(3.0f, 0.25f * em);
    dl->AddRectFilled(ImVec2(view.Max.x - bar_w - 2.0f, bar_y), ImVec2(view.Max.x - 2.0f, bar_y + bar_h),
                      with_alpha(palette::kInkMuted, 0.55f), bar_w);
    if (scroll < max - slack) {
        // More below: a fade over the bottom edge and a button that scrolls a page on.
        const float h = 2.0f * em;
        dl->AddRectFilledMultiColor(ImVec2(view.Min.x, view.Max.y - h), view.Max, clear, clear, bg, bg);
        const std::string label = ctx.fonts.icon("chevron_down") + tr("More below");
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        const float bh = ctx.metrics.touch_target();
        const float bw = std::min(view.GetWidth(), ts.x + 2.0f * em);
        const ImVec2 a(std::floor(0.5f * (view.Min.x + view.Max.x - bw)), view.Max.y - bh - 0.25f * em);
        const ImVec2 b(a.x + bw, a.y + bh);
        if (a.y > view.Min.y + bh) {  // only where it leaves some of the list visible
            dl->AddRectFilled(a, b, with_alpha(palette::kAction, 0.92f), 0.5f * bh);
            dl->AddText(ImVec2(std::floor(0.5f * (a.x + b.x - ts.x)), std::floor(0.5f * (a.y + b.y - ts.y))),
                        palette::kOnAction, label.c_str());
            r.more_min = a;
            r.more_max = b;
            r.more_shown = true;
            hit_targets().record("more-" + key, a, b);
        }
    }
    dl->PopClipRect();
}

void TouchScroll::follow(const std::string& key, const Context& ctx, Redraw& redraw, ImGuiWindow* window) {
    ImGuiWindow* w = window ? window : ImGui::GetCurrentWindow();
    w->StateStorage.SetInt(followed_frame_key(), ImGui::GetFrameCount());
    Region& r = regions_[key];
    // A region that was off screen (another exercise, another phase) starts afresh: no touch
    // or glide carries over from before it went away.
    if (r.frame != ImGui::GetFrameCount() - 1) {
        r.tracking = r.dragging = r.on_more = false;
        r.velocity = 0.0f;
    }
    r.frame = ImGui::GetFrameCount();
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseClicked[0]) {
        r.tracking = false;
        if (touch_lands_in(w) && !pressed_item_keeps_drags()) press(r, ctx);
        else r.velocity = 0.0f;  // a touch elsewhere stops a glide too
    } else if (r.tracking) {
        track(r, w, ctx);
    }
    glide(r, w, ctx, redraw);
    draw_hints(key, r, w, ctx);
}

bool reveal_rows(const Context& ctx, float min_y, float max_y, float keep_above_y, float anchor_min_y,
                 float anchor_max_y) {
    const float margin = 0.5f * ctx.metrics.em;                                // above
    const float margin_below = ctx.metrics.touch_target() + 0.5f * ctx.metrics.em;  // the "More below" button
    for (ImGuiWindow* w = ImGui::GetCurrentWindow(); w; w = is_child(w) ? w->ParentWindow : nullptr) {
        const ImRect clip = w->InnerClipRect;
        const float top = clip.Min.y;
        const float bottom = std::min(clip.Max.y, keep_above_y);
        // With the keyboard up the window will end at its top edge: its scroll range grows by
        // the part the keyboard covers.
        const float range = w->ScrollMax.y + std::max(0.0f, clip.Max.y - keep_above_y);
        const bool fits = max_y - min_y + margin + margin_below <= bottom - top;
        const float lo = fits ? min_y : anchor_min_y, hi = fits ? max_y : anchor_max_y;
        float delta = 0.0f;
        if (hi + margin_below > bottom) delta = hi + margin_below - bottom;
        else if (lo - margin < top) delta = lo - margin - top;
        if (delta == 0.0f) return w == ImGui::GetCurrentWindow();
        const float from = next_scroll(w);
        const float to = std::clamp(from + delta, 0.0f, range);
        if (to != from) ImGui::SetScrollY(w, to);  // applied, and clamped to the new range, by the next Begin
        // What this window could not absorb, the one around it must.
        const float moved = to - from;
        min_y -= moved;
        max_y -= moved;
        anchor_min_y -= moved;
        anchor_max_y -= moved;
    }
    return false;
}

}  // namespace kiosk::ui
