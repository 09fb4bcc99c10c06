// A headless ImGui for UI tests: a context with a display size, the kiosk's real fonts built into
// the atlas (no GL, no window), and helpers that feed mouse and keyboard state frame by frame the
// way the GLFW backend does, then find widgets by the keys the UI records (ui::hit_targets()).
#pragma once

#include "platform/fonts.h"
#include "ui/theme.h"
#include "ui/touch.h"
#include "ui/window_state.h"

#include <imgui.h>

#include <functional>
#include <string>

namespace kiosk::test {

class HeadlessUi {
public:
    /// A display of `width` x `height` pixels with body text `em` pixels tall.
    explicit HeadlessUi(float width = 1920, float height = 1080, float em = 27);
    ~HeadlessUi();

    ui::Context& ctx() { return ctx_; }
    /// This display's keyboard, hit targets and note-shape callback (bound to its ImGui context).
    ui::WindowState& window() { return window_; }
    /// Makes this display's ImGui context current (frame() and the input helpers do it themselves).
    void make_current() { ImGui::SetCurrentContext(context_); }

    /// Sets what each frame draws (called between NewFrame and Render).
    void set_draw(std::function<void()> draw) { draw_ = std::move(draw); }

    /// Runs one frame, `dt` seconds after the previous one.
    void frame(float dt = 1.0f / 60.0f);
    /// Runs `n` frames.
    void frames(int n, float dt = 1.0f / 60.0f);

    void move_to(ImVec2 p);
    /// Finger down at `p` for one frame, then up for one frame: a normal tap.
    void tap(ImVec2 p);
    /// Press and release inside one wait: the backend latches the press for one frame
    /// (MouseDown true) and shows the release on the next, with no frame in between.
    void quick_tap(ImVec2 p);
    /// Holds the finger at `p` for `seconds` of frames, then lifts it.
    void hold(ImVec2 p, float seconds);
    /// Drags from `a` to `b` in `steps` frames.
    void drag(ImVec2 a, ImVec2 b, int steps = 5);
    /// Types UTF-8 text into the focused widget (one frame).
    void type(const std::string& utf8);
    /// Presses a key (ImGuiKey_Backspace, ...) for one frame.
    void key(ImGuiKey key);
    /// Moves the pointer off-screen, as after a touch release.
    void park_pointer();

    /// Centre of the widget recorded under `key` in the last frame; fails the test when absent.
    ImVec2 centre_of(const std::string& key) const;
    bool has_target(const std::string& key) const { return window_.targets.find(key) != nullptr; }
    /// Taps the widget recorded under `key`.
    void tap_target(const std::string& key) { tap(centre_of(key)); }

    const platform::LoadedFonts& fonts() const { return fonts_; }

private:
    ImGuiContext* context_ = nullptr;
    platform::FontAtlasBuilder builder_;
    platform::LoadedFonts fonts_;
    ui::Context ctx_;
    ui::WindowState window_;
    std::function<void()> draw_;
};

}  // namespace kiosk::test
