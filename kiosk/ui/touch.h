// Touch widgets: buttons at least one touch target (12 mm, see Metrics) tall, a long-press button
// for facilitator actions, and a record of where each widget was drawn so tests and the
// end-to-end script can tap a widget by its stable key instead of by pixel guesses.
#pragma once

#include "ui/redraw.h"
#include "ui/theme.h"

#include <string>
#include <vector>

namespace kiosk::ui {

/// One widget's rectangle in the last frame, in pixels, keyed by a stable English key such as
/// "new-session" (never the translated label, never user text).
struct HitTarget {
    std::string key;
    ImVec2 min, max;
    /// The part of [min, max] inside the clip rectangle it was drawn with (what a finger can
    /// reach: a widget scrolled out of its list, or under the keyboard, has an empty one).
    ImVec2 visible_min, visible_max;
    bool visible() const { return visible_max.x > visible_min.x && visible_max.y > visible_min.y; }
    ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

/// The targets recorded since clear(); each window keeps its own list.
class HitTargets {
public:
    void clear() { targets_.clear(); }
    /// Records `key` at [min, max], clipped by the current window's clip rectangle when a window
    /// is being built (else the whole rectangle counts as visible). A key recorded twice keeps
    /// the last rectangle.
    void record(const std::string& key, ImVec2 min, ImVec2 max);
    /// The target with `key` from the last frame, or nullptr.
    const HitTarget* find(const std::string& key) const;
    const std::vector<HitTarget>& all() const { return targets_; }

private:
    std::vector<HitTarget> targets_;
};

/// The record of the window being drawn (its ui::WindowState, window_state.h), cleared by the
/// app at the start of each frame; aborts when the current ImGui context has none bound.
HitTargets& hit_targets();

enum class ButtonKind { Primary, Secondary, Danger };

/// A button of at least touch-target height, `label` shown, `key` as its ImGui ID (so switching
/// language keeps its identity). `width_px`: 0 = fit the label, < 0 = fill the line. Disabled
/// buttons are drawn dimmed and never fire. Returns true on the frame the tap completes.
bool touch_button(const char* key, const std::string& label, ButtonKind kind, const Context& ctx,
                  float width_px = 0.0f, bool enabled = true);

/// The width touch_button() gives `label` when asked to fit it, in pixels.
float touch_button_width(const std::string& label, const Context& ctx);

/// How long every "Facilitator" button (start screen, agenda, board, the table's lock) must be
/// held, in seconds: long enough that nobody opens the console by leaning on the table.
inline constexpr double kFacilitatorHoldSeconds = 2.0;

/// A button that fires only after being held for `hold_seconds` (a deliberate facilitator
/// gesture, DESIGN.md "Kiosk safety"); shows the hold progress and, after a short tap, the hint
/// `short_tap_hint` just below the button, right-aligned with it, for three seconds. A finger
/// that slides off the button (more than half an em) gives the hold up until it lifts (case K31). Asks `redraw` for frames while the progress moves.
bool long_press_button(const char* key, const std::string& label, const std::string& short_tap_hint,
                       double hold_seconds, const Context& ctx, Redraw& redraw);

/// A full-display window `name` of `colour` that takes every touch around a modal window; call
/// it just before the modal's own window (which must take the focus, so it stays above). It is
/// brought to the display front each frame: ImGui creates a window that does not come to the
/// front on focus at the back of its list, below the screen it should cover, where every tap
/// around the modal would reach that screen.
/// `colour` dims the display from `dim_from_y` (screen px) down; above it the screen stays as it
/// is (the top bar with the countdown, dialog_band.h) but takes no taps either.
void modal_backdrop(const char* name, ImU32 colour, float dim_from_y = 0.0f);

/// Lays buttons out left to right, starting a new line when the next one would pass `right`
/// (screen x in pixels): call next(width) before each button with the width it will take.
struct ButtonFlow {
    float right;
    bool first = true;
    void next(float width);
};

/// Text in the heading font, wrapped at the window's edge.
void heading_text(const Context& ctx, const std::string& text);
/// Wrapped text in the muted colour.
void muted_text(const std::string& text);

}  // namespace kiosk::ui

namespace kiosk::ui {

/// A labelled one-line text field whose frame is at least one touch target tall. `label` is shown
/// above it (nothing when empty, for fields that share a row under labels drawn by the caller); `key` is its ID and hit-target key. Text longer than `max_bytes` is cut back to that
/// length at a UTF-8 character boundary (for short fields such as a session title; notes have
/// their own editor). `width_px`: the field's width, < 0 = to the right edge. Returns true when
/// the text changed.
bool touch_text_field(const char* key, const std::string& label, std::string& value,
                      const Context& ctx, size_t max_bytes = 200, float width_px = -1.0f);

}  // namespace kiosk::ui
