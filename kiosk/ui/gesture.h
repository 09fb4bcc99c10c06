// Turns one finger's raw pointer samples into the gestures the table understands: a tap, a long
// press, or a drag. A finger is not a mouse: it jitters by several pixels while it rests, so a
// touch only becomes a drag after it has moved more than a finger-sized threshold (case K11),
// and a long press only fires while the finger stays within that threshold.
// Pure logic (positions in pixels, time in milliseconds); the widgets feed it from ImGui's IO.
#pragma once

#include <cstdint>

namespace kiosk::ui {

struct GestureSettings {
    float drag_threshold_px = 24.0f;  // ≈ 4 mm at a table's 6 px/mm; set from the screen's density
    std::int64_t long_press_ms = 500;  // hold this long without moving for a long press
};

enum class Gesture {
    None,
    Pressed,     // the finger went down (a widget may show its pressed state)
    Tap,         // released within the threshold before the long-press time
    LongPress,   // held still for long_press_ms (fires once, while still down)
    DragStart,   // moved past the threshold: from now on the touch is a drag
    DragMove,    // still dragging
    Drop,        // released after a drag
    Cancelled,   // released after a long press (the long press already acted)
};

class GestureTracker {
public:
    explicit GestureTracker(GestureSettings settings = {}) : settings_(settings) {}

    /// Feeds the pointer state of one frame: whether the finger is down, where, and when.
    /// A press and release that both happened between two frames must be fed as a down frame
    /// followed by an up frame (the platform layer latches them), so quick taps are never lost.
    Gesture update(bool down, float x, float y, std::int64_t now_ms);

    bool dragging() const { return state_ == State::Dragging; }
    float start_x() const { return start_x_; }
    float start_y() const { return start_y_; }
    /// Offset of the finger from where it went down (pixels), for drawing a dragged note.
    float dx() const { return x_ - start_x_; }
    float dy() const { return y_ - start_y_; }

private:
    enum class State { Up, Down, LongPressed, Dragging };
    GestureSettings settings_;
    State state_ = State::Up;
    float start_x_ = 0, start_y_ = 0, x_ = 0, y_ = 0;
    std::int64_t down_ms_ = 0;
};

/// Keeps a layer from seeing any part of a touch that a modal above it owns (the note editor,
/// its delete confirm, the on-screen keyboard). Fed once a frame, before the layer reads the
/// pointer: while a modal is open the layer sees nothing, and afterwards nothing either until
/// the finger has been up for a frame, so the release that closed the modal (or a press that
/// outlives it) never reaches the layer as a tap, a drag or a drop.
class PointerGate {
public:
    /// `modal_open`: a modal lies over this layer in this frame; `down`: the finger is down.
    /// Returns true when the layer may read the pointer in this frame.
    bool admit(bool modal_open, bool down);

private:
    bool held_ = false;  // a modal had the pointer; wait for a frame with the finger up
};

}  // namespace kiosk::ui
