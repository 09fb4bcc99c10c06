#include "ui/gesture.h"

namespace kiosk::ui {

Gesture GestureTracker::update(bool down, float x, float y, std::int64_t now_ms) {
    if (!down) {
        State was = state_;
        state_ = State::Up;
        switch (was) {
            case State::Up: return Gesture::None;
            case State::Down: return Gesture::Tap;
            case State::LongPressed: return Gesture::Cancelled;
            case State::Dragging: x_ = x; y_ = y; return Gesture::Drop;
        }
        return Gesture::None;
    }
    if (state_ == State::Up) {
        state_ = State::Down;
        start_x_ = x_ = x;
        start_y_ = y_ = y;
        down_ms_ = now_ms;
        return Gesture::Pressed;
    }
    x_ = x;
    y_ = y;
    float t = settings_.drag_threshold_px;
    bool moved_far = dx() * dx() + dy() * dy() > t * t;
    switch (state_) {
        case State::Down:
            if (moved_far) { state_ = State::Dragging; return Gesture::DragStart; }
            if (now_ms - down_ms_ >= settings_.long_press_ms) { state_ = State::LongPressed; return Gesture::LongPress; }
            return Gesture::None;
        case State::LongPressed:
            return Gesture::None;  // a long press never turns into a drag: its menu is open
        case State::Dragging:
            return Gesture::DragMove;
        case State::Up:
            break;
    }
    return Gesture::None;
}

bool PointerGate::admit(bool modal_open, bool down) {
    if (modal_open) {
        held_ = true;
        return false;
    }
    if (!held_) return true;
    if (!down) held_ = false;  // this frame's release still belongs to the modal
    return false;
}

}  // namespace kiosk::ui
