// The UI-side state of one window (issue 10, "a ui::Context per window"): the on-screen
// keyboard, the hit-target record and the note-shape draw callback. Each window has its own ImGui
// context and binds its own WindowState to it, so a table window and a read-only projector window
// (or two headless tests in one process) never share a keyboard or a hit list.
//
// Named WindowState, not Context: ui::Context (theme.h) already names the metrics and fonts a
// screen is drawn with, and is passed by value-like reference to every widget.
#pragma once

#include "ui/keyboard.h"
#include "ui/paste_source.h"
#include "ui/touch.h"

#include <imgui.h>

struct ImGuiContext;

namespace kiosk::ui {

class WindowState {
public:
    WindowState() = default;
    WindowState(const WindowState&) = delete;
    WindowState& operator=(const WindowState&) = delete;

    KeyboardPanel keyboard;
    HitTargets targets;
    /// Draws a batch of note cards on the GPU; nullptr = the ImDrawList fallback (note_shapes.h).
    ImDrawCallback note_shapes = nullptr;
    /// Where Ctrl+V asks for the clipboard (paste_source.h); nullptr = ImGui's own clipboard,
    /// read at once (only where that cannot wait on another program: headless, screenshots).
    PasteSource* paste = nullptr;
    /// The bottom edge (screen px) of the top bar a screen keeps in sight in frame
    /// `kept_top_frame` (dialog_band.h): dialogs stay below it.
    float kept_top_px = 0.0f;
    int kept_top_frame = -1;
};

/// Binds `state` to `imgui` (stored in that context's io.UserData, which nothing else in the
/// project uses). `state` must outlive the binding: unbind it before `state` is destroyed.
void bind_window_state(WindowState& state, ImGuiContext* imgui);
/// Clears the binding of `imgui` (before its WindowState is destroyed).
void unbind_window_state(ImGuiContext* imgui);

/// The WindowState bound to ImGui::GetCurrentContext(). Aborts with a message on stderr when
/// there is no current ImGui context or none was bound: a screen drawn without its window's
/// state is a wiring bug, never something to paper over with a shared fallback.
WindowState& current_window_state();

}  // namespace kiosk::ui
