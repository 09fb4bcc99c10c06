// The on-screen keyboard: the Dutch layout of keyboard_layout.h drawn along the bottom of the
// display with finger-sized keys (at least one touch target, 12 mm), shift and caps lock, the
// symbols page and a popup of accented variants on a long press (e → é ë è ê). It types into the
// text field tapped last (see text_editor.h) and is shown only while such a field is active.
//
// One panel per window serves the whole frame: fields call edit_text() while the screen is built, and the
// app (or a test) calls keyboard_panel().draw() once at the end of the frame, on top of
// everything. Screens leave keyboard_panel().reserved_height() pixels free at the bottom.
#pragma once

#include "ui/gesture.h"
#include "ui/keyboard_layout.h"
#include "ui/redraw.h"
#include "ui/text_editing.h"
#include "ui/theme.h"

#include <set>
#include <utility>
#include <string>
#include <vector>

namespace kiosk::ui {

/// Seconds after the last change at which a field in use reports its text as committed, so an
/// interrupted session loses at most this much typing.
inline constexpr double kCommitAfterIdleSeconds = 1.0;
/// Seconds a "text shortened" notice stays under its field.
inline constexpr double kNoticeSeconds = 5.0;
/// A held backspace (or arrow) key repeats like a real keyboard's: the first repeat after this
/// many seconds, then kKeyRepeatPerSecond times a second until the finger lifts or slides off.
inline constexpr double kKeyRepeatDelaySeconds = 0.5;
inline constexpr double kKeyRepeatPerSecond = 12.0;

class KeyboardPanel {
public:
    // --- focus (used by edit_text) ---------------------------------------------------------
    /// Gives the keyboard to the field `key` (its TextEditing is handed over each frame by
    /// edit_text). The field that had it before gets a commit on its next draw.
    void focus(const std::string& key);
    /// Closes the keyboard; the field that had it gets a commit on its next draw.
    void blur();
    /// True while field `key` has the keyboard.
    bool has_focus(const std::string& key) const { return !focused_.empty() && focused_ == key; }
    const std::string& focused() const { return focused_; }
    /// Called by the focused field while the frame is built: the editing the keys go to.
    void attach(TextEditing& editing) { target_ = &editing; }
    /// True once for a field that lost the keyboard with changes not yet committed.
    bool take_pending_commit(const std::string& key);
    bool has_pending_commit(const std::string& key) const { return pending_commit_.count(key) > 0; }
    /// True for a few frames after the focused field got the keyboard or its text or caret
    /// changed by a key: the field then scrolls itself into view above the keyboard
    /// (reveal_rows()) and calls revealed() once it is in view. Each call counts one attempt, so
    /// a field that cannot be brought into view stops trying (and never fights a finger
    /// scrolling the list away from it).
    bool take_reveal() { return reveal_frames_ > 0 && reveal_frames_-- > 0; }
    void revealed() { reveal_frames_ = 0; }
    /// Asks the focused field to bring itself into view again (its box changed size, e.g. the
    /// note editor's box settling on the space the keyboard leaves).
    void reveal_again();

    /// Records that the focused field's text changed now (typed, erased, pasted).
    void mark_changed(double now_seconds);
    /// True when the focused field has changes not committed for kCommitAfterIdleSeconds;
    /// clears the mark. Otherwise asks `redraw` for a frame when that time comes.
    bool take_idle_commit(double now_seconds, Redraw& redraw);

    /// Shows the "text shortened" notice under field `key` until now + kNoticeSeconds.
    void show_clamp_notice(const std::string& key, double now_seconds);
    /// True while field `key` should show the notice; asks `redraw` for the frame that hides it.
    bool clamp_notice_visible(const std::string& key, double now_seconds, Redraw& redraw) const;

    /// Ctrl+V in field `key` asked the window's PasteSource; the answer goes to this field only
    /// (if the keyboard moved on, the answer is dropped).
    void await_paste(const std::string& key) { paste_key_ = key; }
    bool awaits_paste(const std::string& key) const { return !paste_key_.empty() && paste_key_ == key; }
    void paste_answered() { paste_key_.clear(); }
    /// Shows "the clipboard did not answer" under field `key` for kNoticeSeconds.
    void show_paste_notice(const std::string& key, double now_seconds);
    /// True while field `key` should show that notice; asks `redraw` for the frame that hides it.
    bool paste_notice_visible(const std::string& key, double now_seconds, Redraw& redraw) const;

    // --- drawing ---------------------------------------------------------------------------
    /// Pixels the keyboard covers at the bottom of a display of `display_height` (0 when hidden).
    float reserved_height(const Context& ctx) const;
    /// The keyboard's full height at this size, shown or not.
    float height(const Context& ctx) const;
    /// Draws the keyboard when a field drew itself this frame with the focus, applies the keys
    /// tapped to that field's editing, and resets the frame's attachment. Call once per frame,
    /// after every field. Hidden (and the focus dropped) when the focused field was not drawn.
    void draw(const Context& ctx, Redraw& redraw);

    // --- state shown on the keys -----------------------------------------------------------
    bool shift() const { return shift_; }
    bool caps() const { return caps_; }
    KeyboardPage page() const { return page_; }
    /// True while the long-press popup of accented variants is open.
    bool variants_open() const { return !variants_.empty(); }

private:
    struct PlacedKey { const Key* key; ImVec2 min, max; };
    std::vector<PlacedKey> layout(const Context& ctx, ImVec2 origin, float width) const;
    void press(const Key& key, const Context& ctx);
    void repeat_held_key(ImVec2 finger, double now, const Context& ctx, Redraw& redraw);
    void type(const std::string& text);
    std::vector<std::pair<ImVec2, ImVec2>> variant_rects(const Context& ctx) const;
    void draw_variants(const Context& ctx, ImDrawList* draw);

    std::string focused_;
    TextEditing* target_ = nullptr;
    bool dirty_ = false;
    int reveal_frames_ = 0;
    double changed_at_ = 0;
    std::set<std::string> pending_commit_;
    std::string notice_key_;
    double notice_until_ = 0;
    std::string paste_key_;        // the field awaiting a paste's answer
    std::string paste_notice_key_;
    double paste_notice_until_ = 0;

    bool shift_ = false, caps_ = false;
    KeyboardPage page_ = KeyboardPage::Letters;
    GestureTracker gesture_;
    int pressed_ = -1;                  // index into the layout of the key under the finger
    bool tracking_ = false;             // the current touch began on the keyboard
    double pressed_at_ = 0;             // when the finger went down on the pressed key
    int repeats_ = 0;                   // times the held key has repeated (0: a tap so far)
    std::vector<std::string> variants_; // open long-press popup
    ImVec2 variants_anchor_{0, 0};
    std::vector<PlacedKey> placed_;     // last frame's keys
};

/// The panel of the window being drawn (its ui::WindowState, window_state.h); aborts when the
/// current ImGui context has none bound.
KeyboardPanel& keyboard_panel();

}  // namespace kiosk::ui
