// Monitors: what GLFW says of them, which one a spec names, and windows following a change.
#include "platform/backend_impl.h"

#include "platform/monitor_choice.h"

#include <cstdio>

namespace kiosk::platform {

void log_line(const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }

std::string monitor_name(GLFWmonitor* m) {
    const char* name = m ? glfwGetMonitorName(m) : nullptr;
    return name ? name : "?";
}

MonitorGeometry geometry_of(GLFWmonitor* monitor) {
    MonitorGeometry g;
    if (!monitor) return g;
    if (const GLFWvidmode* mode = glfwGetVideoMode(monitor)) {
        g.width_px = mode->width;
        g.height_px = mode->height;
    }
    glfwGetMonitorPhysicalSize(monitor, &g.width_mm, &g.height_mm);
    return g;
}

GLFWmonitor* pick_monitor(const std::string& spec, bool announce) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (count <= 0) return nullptr;
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i) names.push_back(monitor_name(monitors[i]));
    const int chosen = choose_monitor(names, spec);
    if (chosen >= 0) return monitors[chosen];
    if (announce && !spec.empty())
        log_line("kiosk: monitor \"" + spec + "\" not found; using the primary monitor \"" + names[0] + "\"");
    return monitors[0];
}

std::vector<MonitorInfo> monitor_list(GLFWwindow* table) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    GLFWmonitor* table_monitor = table ? glfwGetWindowMonitor(table) : nullptr;
    int centre_x = 0, centre_y = 0;
    if (table && !table_monitor) {
        int x = 0, y = 0, w = 0, h = 0;
        glfwGetWindowPos(table, &x, &y);
        glfwGetWindowSize(table, &w, &h);
        centre_x = x + w / 2;
        centre_y = y + h / 2;
    }
    std::vector<MonitorInfo> list;
    for (int i = 0; i < count; ++i) {
        MonitorInfo m;
        m.name = monitor_name(monitors[i]);
        glfwGetMonitorPos(monitors[i], &m.x, &m.y);
        const MonitorGeometry g = geometry_of(monitors[i]);
        m.width_px = g.width_px;
        m.height_px = g.height_px;
        if (table_monitor) m.table = monitors[i] == table_monitor;
        else if (table)
            m.table = centre_x >= m.x && centre_x < m.x + m.width_px && centre_y >= m.y && centre_y < m.y + m.height_px;
        list.push_back(m);
    }
    return list;
}

void Backend::Impl::follow_monitors() {
    // Handled here rather than in the callback: GLFW is mid-update there.
    if (!monitors_changed) return;
    monitors_changed = false;
    for (auto& w : windows)
        if (w.get() != projector.open) w->follow_monitor();  // the projector follows its placement
}

void Window::follow_monitor() {
    if (!fullscreen()) return;
    GLFWmonitor* target = pick_monitor(options.monitor, true);
    if (!target || glfwGetWindowMonitor(glfw) == target) return;
    const GLFWvidmode* mode = glfwGetVideoMode(target);
    glfwSetWindowMonitor(glfw, target, 0, 0, mode->width, mode->height, mode->refreshRate);
    if (options.takes_input) glfwFocusWindow(glfw);
    log_line("kiosk: window moved to monitor " + monitor_name(target));
    rescale_needed = true;
    present_needed = true;  // the retained image stays valid, the new screen has none yet
}

}  // namespace kiosk::platform
