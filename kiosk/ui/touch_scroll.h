// Finger scrolling for every scrolling region of the UI: a screen's window, a child window, the
// scrolling part of a table. ImGui 1.86 scrolls only by wheel or by its scrollbar; on the table
// a list must follow a finger. The rules, the same for every region:
//   - A touch becomes a drag only past the board's finger-sized threshold
//     (Metrics::drag_threshold(), ≥ 4 mm and ≥ 16 px); below it, it stays a tap for the widget
//     under the finger.
//   - From the moment it is a drag, the widget it started on is let go (ImGui's active item is
//     cleared), so releasing over that widget — which moved along with the finger — presses
//     nothing.
//   - The innermost window under the finger that can scroll takes the drag; a window that
//     cannot scroll leaves it to the one around it.
//   - Released while moving, the list glides on and slows down (momentum); frames are asked of
//     the Redraw only while it glides. A touch on a gliding list only stops it.
//   - ImGui's own scrollbar is hidden (the theme makes it zero wide): instead a thin position bar,
//     a fade at each edge with more beyond it, and a "More below" button (a tap scrolls a page)
//     show that the list goes on.
// Widgets that handle drags themselves (the board) call keep_drags_on_item() so a touch that
// starts on them is never a scroll.
#pragma once

#include "ui/gesture.h"
#include "ui/redraw.h"
#include "ui/theme.h"

#include <imgui.h>

#include <deque>
#include <map>
#include <string>
#include <utility>

struct ImGuiWindow;

namespace kiosk::ui {

/// Seconds over which a glide's speed falls to 1/e of what it was.
inline constexpr double kGlideDecaySeconds = 0.3;

/// The scroll regions of one view (a screen, an exercise view), each under a stable key; the
/// view owns it, so scroll state lives exactly as long as the view.
class TouchScroll {
public:
    /// Makes `window` (the current window when null) follow the finger, and draws its scroll
    /// hints. Call once per frame per region, inside the region after its content (for a table:
    /// after EndTable, passing the table's scrolling window). `key` names the region (stable,
    /// English, e.g. "checklist"); its visible rectangle is recorded as hit target
    /// "scroll-<key>" and its "More below" button as "more-<key>".
    void follow(const std::string& key, const Context& ctx, Redraw& redraw, ImGuiWindow* window = nullptr);

    /// True while a finger drags region `key` / while it glides after a flick.
    bool dragging(const std::string& key) const;
    bool gliding(const std::string& key) const;

private:
    struct Region {
        GestureTracker tracker;
        bool tracking = false;       // the current touch went down in this region
        bool dragging = false;       // ... and has moved past the threshold
        bool on_more = false;        // ... and went down on the "More below" button
        float drag_origin_y = 0;     // finger position when the drag began
        float drag_origin_scroll = 0;
        float velocity = 0;          // scroll speed in px/s (positive: towards the end)
        std::deque<std::pair<double, float>> samples;  // (time, finger y) of the last moments
        ImVec2 more_min{0, 0}, more_max{0, 0};         // last frame's "More below" button
        bool more_shown = false;
        int frame = -1;              // the last frame the region was drawn in
    };
    void press(Region& r, const Context& ctx);
    void track(Region& r, ImGuiWindow* w, const Context& ctx);
    void glide(Region& r, ImGuiWindow* w, const Context& ctx, Redraw& redraw);
    void draw_hints(const std::string& key, Region& r, ImGuiWindow* w, const Context& ctx);

    std::map<std::string, Region> regions_;
};

/// Marks the last item as a widget that handles drags itself (the board's area): a touch that
/// starts on it is never taken as a scroll by the windows around it.
void keep_drags_on_item();

/// True when `window` was handed to a TouchScroll in the current frame (for tests that check
/// that every scrolling window follows the finger).
bool follows_touch(const ImGuiWindow& window);

/// The one rule for a focused text field: scrolls the current window, and the windows around it
/// as far as needed, so that the rows [min_y, max_y] (screen pixels) lie inside the visible part
/// and above `keep_above_y` (the on-screen keyboard's top edge; the display height when no
/// keyboard is up), clear of the "More below" button at the bottom edge. Rows taller than the visible part show [anchor_min_y, anchor_max_y] instead
/// (the caret's line). Takes effect from the next frame. Windows are expected to shrink to what
/// the keyboard leaves (every screen does), so the scroll range a window will have with the
/// keyboard up is counted in. Returns true when the rows are in view already (nothing to do).
bool reveal_rows(const Context& ctx, float min_y, float max_y, float keep_above_y, float anchor_min_y,
                 float anchor_max_y);

}  // namespace kiosk::ui
