// Touch leaves no pointer behind: on X11 a finger's emulated mouse stays where it lifted, so the
// button under it would stay hovered (highlighted) forever. ImGui 1.86 has no notion of a touch
// source, so after a release we keep the position for the frame that sees the release (the click
// must land there), then park the pointer off-screen until it moves again or the next press.
#pragma once

namespace kiosk::platform {

class PointerParking {
public:
    /// Call once per frame after the backend has set ImGui's mouse state. `any_button_down` is
    /// ImGui's view for this frame (latched presses included); `moved` says whether the pointer
    /// moved since the previous frame. Returns true when this frame must see no pointer.
    bool update(bool any_button_down, bool moved);

private:
    bool was_down_ = false;
    bool park_next_ = false;
    bool parked_ = false;
};

}  // namespace kiosk::platform
