#include "platform/key_latch.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <vector>

namespace kiosk::platform {
namespace {

bool is_down(const ImGuiIO& io, const std::array<int, 2>& keys) {
    return std::any_of(keys.begin(), keys.end(), [&](int k) { return k >= 0 && io.KeysDown[k]; });
}

bool in_range(int key, const ImGuiIO& io) { return key >= 0 && key < int(std::size(io.KeysDown)); }

}  // namespace

bool ModifierKeys::is_modifier(int key) const {
    for (const auto* pair : {&ctrl, &shift, &alt, &super})
        if (key >= 0 && ((*pair)[0] == key || (*pair)[1] == key)) return true;
    return false;
}

ModifierKeys glfw_modifier_keys() {
    ModifierKeys m;
    m.ctrl = {GLFW_KEY_LEFT_CONTROL, GLFW_KEY_RIGHT_CONTROL};
    m.shift = {GLFW_KEY_LEFT_SHIFT, GLFW_KEY_RIGHT_SHIFT};
    m.alt = {GLFW_KEY_LEFT_ALT, GLFW_KEY_RIGHT_ALT};
    m.super = {GLFW_KEY_LEFT_SUPER, GLFW_KEY_RIGHT_SUPER};
    return m;
}

void KeyLatch::key(int key, bool down) {
    if (key < 0) return;
    Event e;
    e.key = key;
    e.down = down;
    queue_.push_back(e);
}

void KeyLatch::character(unsigned codepoint) {
    Event e;
    e.is_char = true;
    e.codepoint = codepoint;
    queue_.push_back(e);
}

bool KeyLatch::deliver(ImGuiIO& io) {
    std::vector<int> changed;  // keys that changed this frame
    bool pressed = false;      // a key that is not a modifier went down this frame
    while (!queue_.empty()) {
        const Event e = queue_.front();
        if (pressed) break;
        if (e.is_char) {
            io.AddInputCharacter(e.codepoint);
        } else if (in_range(e.key, io)) {
            if (std::find(changed.begin(), changed.end(), e.key) != changed.end()) break;
            changed.push_back(e.key);
            io.KeysDown[e.key] = e.down;
            if (e.down && !modifiers_.is_modifier(e.key)) pressed = true;
        }
        queue_.pop_front();
    }
    io.KeyCtrl = is_down(io, modifiers_.ctrl);
    io.KeyShift = is_down(io, modifiers_.shift);
    io.KeyAlt = is_down(io, modifiers_.alt);
    io.KeySuper = is_down(io, modifiers_.super);
    return !queue_.empty();
}

}  // namespace kiosk::platform
