// Key presses shorter than a frame (issue 14, "Input shorter than a frame"). ImGui 1.86 reads
// keys as state (io.KeysDown), so a key pressed and released between two frames, a fast
// Ctrl+V, or three Backspaces inside one wait would be lost: the stock GLFW backend writes each
// event straight into io.KeysDown and the frame sees only the last state. Mouse presses are
// latched by the stock backend (and touch by PointerParking); keys are latched here.
//
// The GLFW key and character callbacks queue their events; before each NewFrame, deliver()
// hands ImGui the next events in order, ending the frame's share where ImGui could no longer
// tell them apart:
// - a key that already changed this frame waits for the next frame (a press released before
//   the frame is seen down in one frame and up in the next, so IsKeyPressed sees it);
// - nothing follows a press of a key that is not a modifier in the same frame (the press is seen
//   with the modifiers it was pressed under, and text typed after it comes after it, since a
//   widget reads a frame's characters before its keys).
// So no press is lost and presses and text keep their order. Knows nothing of GLFW: key numbers
// are io.KeysDown indices (GLFW_KEY_* with the stock backend's io.KeyMap).
#pragma once

#include <array>
#include <deque>

struct ImGuiIO;

namespace kiosk::platform {

/// Which io.KeysDown indices are the modifier keys, two of each (left, right; -1: none), from
/// which io.KeyCtrl, KeyShift, KeyAlt and KeySuper are set as the stock backend sets them.
struct ModifierKeys {
    std::array<int, 2> ctrl{-1, -1}, shift{-1, -1}, alt{-1, -1}, super{-1, -1};
    bool is_modifier(int key) const;
};

/// GLFW's modifier keys (GLFW_KEY_LEFT_CONTROL, ...).
ModifierKeys glfw_modifier_keys();

class KeyLatch {
public:
    explicit KeyLatch(ModifierKeys modifiers = glfw_modifier_keys()) : modifiers_(modifiers) {}

    /// Queues a press (`down`) or release of `key` (an io.KeysDown index; out of range: ignored).
    /// A key's auto-repeat is not queued: ImGui repeats a key that stays down itself.
    void key(int key, bool down);
    /// Queues a typed character (Unicode code point, as GLFW's char callback gives it).
    void character(unsigned codepoint);

    /// Writes this frame's share of the queue into `io` (io.KeysDown, the modifier flags,
    /// io.AddInputCharacter) as described above. Call once per frame, right before NewFrame.
    /// Returns true when events are left for later frames: the loop must draw another frame.
    bool deliver(ImGuiIO& io);

    /// True while events wait for a frame.
    bool pending() const { return !queue_.empty(); }

    /// Drops what waits (the window lost the focus: ImGui clears its keys then too).
    void clear() { queue_.clear(); }

private:
    struct Event {
        bool is_char = false;
        int key = -1;        // io.KeysDown index, when !is_char
        bool down = false;   // press or release, when !is_char
        unsigned codepoint = 0;
    };
    ModifierKeys modifiers_;
    std::deque<Event> queue_;
};

}  // namespace kiosk::platform
