// GLFW's callbacks: per-window input handed to the window's own ImGui context, and the one
// process-wide monitor callback.
#include "platform/backend_impl.h"

#include "platform/current_window.h"

#include <backends/imgui_impl_glfw.h>
#include <imgui.h>

namespace kiosk::platform {
namespace {

/// Makes `context` ImGui's current context until the scope ends: GLFW calls a window's callbacks
/// while another window's context may be current, and ImGui's callbacks write to the current one.
class ImGuiContextScope {
public:
    explicit ImGuiContextScope(ImGuiContext* context) : previous_(ImGui::GetCurrentContext()) {
        ImGui::SetCurrentContext(context);
    }
    ~ImGuiContextScope() { ImGui::SetCurrentContext(previous_); }
    ImGuiContextScope(const ImGuiContextScope&) = delete;
    ImGuiContextScope& operator=(const ImGuiContextScope&) = delete;

private:
    ImGuiContext* previous_;
};

}  // namespace

NoteShapes* current_note_shapes() {
    GLFWwindow* current = glfwGetCurrentContext();
    Window* w = current ? window_of(current) : nullptr;
    return w ? &w->note_shapes : nullptr;
}

namespace {

/// Hands an event of `g` to ImGui's callback `imgui_callback` in the window's own ImGui context
/// and notes that the loop must draw; a pointer or key event (`is_input`) of a window that takes
/// no input goes nowhere. Returns whether the event was taken.
template <typename Callback, typename... Args>
bool forward(GLFWwindow* g, Callback imgui_callback, bool is_input, Args... args) {
    Window* w = window_of(g);
    if (is_input && !w->options.takes_input) return false;
    if (imgui_callback) {
        ImGuiContextScope scope(w->imgui);
        imgui_callback(g, args...);
    }
    w->input_pending = true;
    return true;
}

}  // namespace

void Window::install_callbacks() {
    // Installed after ImGui's, each hands the event on to ImGui's (see forward()).
    prev_mouse_button = glfwSetMouseButtonCallback(glfw, [](GLFWwindow* g, int b, int a, int m) {
        forward(g, window_of(g)->prev_mouse_button, true, b, a, m);
    });
    prev_cursor_pos = glfwSetCursorPosCallback(glfw, [](GLFWwindow* g, double x, double y) {
        if (forward(g, window_of(g)->prev_cursor_pos, true, x, y)) window_of(g)->cursor_moved = true;
    });
    // Keys and text are not handed to ImGui's callbacks (which write io.KeysDown at once, so a
    // press released before the frame is lost) but queued, and begin_frame() delivers them
    // (key_latch.h). GLFW's key repeats are left out: ImGui repeats a key held down itself.
    prev_key = glfwSetKeyCallback(glfw, [](GLFWwindow* g, int k, int, int a, int) {
        if (a == GLFW_REPEAT) return;
        Window* w = window_of(g);
        if (!w->options.takes_input) return;
        w->keys.key(k, a == GLFW_PRESS);
        w->input_pending = true;
    });
    prev_char = glfwSetCharCallback(glfw, [](GLFWwindow* g, unsigned c) {
        Window* w = window_of(g);
        if (!w->options.takes_input) return;
        w->keys.character(c);
        w->input_pending = true;
    });
    prev_scroll = glfwSetScrollCallback(glfw, [](GLFWwindow* g, double x, double y) {
        forward(g, window_of(g)->prev_scroll, true, x, y);
    });
    prev_focus = glfwSetWindowFocusCallback(glfw, [](GLFWwindow* g, int f) {
        if (!f) window_of(g)->keys.clear();  // ImGui lets go of every key on focus loss too
        forward(g, window_of(g)->prev_focus, false, f);
    });
    prev_cursor_enter = glfwSetCursorEnterCallback(glfw, [](GLFWwindow* g, int e) {
        forward(g, window_of(g)->prev_cursor_enter, false, e);
    });
    glfwSetWindowRefreshCallback(glfw, [](GLFWwindow* g) {
        Window* w = window_of(g);
        w->input_pending = true;
        w->present_needed = true;
    });
    glfwSetFramebufferSizeCallback(glfw, [](GLFWwindow* g, int, int) {
        Window* w = window_of(g);
        w->input_pending = true;
        w->rescale_needed = true;
    });
}

void Backend::Impl::install_monitor_callback() {
    // Each ImGui_ImplGlfw_InitForOpenGL/Shutdown sets GLFW's one monitor callback to ImGui's (or
    // back), so it is set again after each. ImGui's own monitor callback is empty in 1.86's
    // master branch (docking uses it), so it is not chained. GLFW passes no user pointer: the
    // Backend is found through the window whose context is current (current_window.h).
    glfwSetMonitorCallback([](GLFWmonitor* m, int event) {
        GLFWwindow* current = glfwGetCurrentContext();
        Window* w = current ? window_of(current) : nullptr;
        log_line("kiosk: monitor " + monitor_name(m) + (event == GLFW_CONNECTED ? " connected" : " disconnected"));
        if (!w) return;
        w->owner->monitors_changed = true;
        w->owner->projector.monitors_changed = true;
        for (auto& each : w->owner->windows) each->input_pending = true;
    });
}

}  // namespace kiosk::platform
