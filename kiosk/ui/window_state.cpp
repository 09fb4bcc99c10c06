#include "ui/window_state.h"

#include <cstdio>
#include <cstdlib>

namespace kiosk::ui {
namespace {

ImGuiIO& io_of(ImGuiContext* imgui) {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(imgui);
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetCurrentContext(previous);
    return io;
}

[[noreturn]] void die(const char* why) {
    std::fprintf(stderr, "kiosk: %s (ui::bind_window_state() must be called for each ImGui context)\n", why);
    std::abort();
}

}  // namespace

void bind_window_state(WindowState& state, ImGuiContext* imgui) {
    if (!imgui) die("bind_window_state() given no ImGui context");
    io_of(imgui).UserData = &state;
}

void unbind_window_state(ImGuiContext* imgui) {
    if (imgui) io_of(imgui).UserData = nullptr;
}

WindowState& current_window_state() {
    if (!ImGui::GetCurrentContext()) die("UI state asked for with no current ImGui context");
    void* bound = ImGui::GetIO().UserData;
    if (!bound) die("the current ImGui context has no ui::WindowState bound");
    return *static_cast<WindowState*>(bound);
}

}  // namespace kiosk::ui
