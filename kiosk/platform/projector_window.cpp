// The projector window following its placement (issue 11, "Hot-plug"): the Backend asks
// ProjectorPlacement when the monitors changed or a decision is due, and opens, moves or closes
// the window as it answers. The table window is left as it was: the projector's window takes
// no input and no focus, and the table's GL and ImGui contexts are current again after each step.
#include "platform/backend_impl.h"

namespace kiosk::platform {
namespace {

std::string size_text(int width_px, int height_px) {
    return std::to_string(width_px) + "x" + std::to_string(height_px);
}

}  // namespace

void Backend::set_projector(const ProjectorSpec& spec, ProjectorWindow window) {
    ProjectorSlot& p = impl_->projector;
    p.wanted = true;
    p.window = std::move(window);
    if (p.open) p.open->frame_fn = p.window.frame;
    p.placement.set_spec(spec);
    p.decide_at = -std::numeric_limits<double>::infinity();  // at the loop's next round
    if (!impl_->drawing) impl_->follow_projector(glfwGetTime());
}

Window* Backend::projector() const { return impl_->projector.open; }

std::vector<MonitorInfo> Backend::monitors() const { return monitor_list(impl_->first().glfw); }

void Backend::redraw_soon(Window* window) {
    for (const auto& w : impl_->windows)
        if (w.get() == window) w->deadline = 0.0;
}

void Backend::Impl::follow_projector(double now_seconds) {
    ProjectorSlot& p = projector;
    if (!p.wanted || (!p.monitors_changed && now_seconds < p.decide_at)) return;
    // GLFW has already made a fullscreen window on an unplugged monitor a window at the top
    // left of what is left (GLFW does so on a disconnect), over the table: out of sight at once,
    // and no longer on its monitor as far as the decision goes, so a monitor back within the
    // settle time moves it there again rather than keeping it hidden.
    if (p.monitors_changed && p.open && !p.state.windowed && !glfwGetWindowMonitor(p.open->glfw)) {
        glfwHideWindow(p.open->glfw);
        p.state.windowed = true;
    }
    p.monitors_changed = false;
    const ProjectorStep step = p.placement.decide(monitor_list(first().glfw), p.state, now_seconds);
    apply(step);
    double next = step.recheck_after_seconds;
    if (p.placement.spec().kind == ProjectorSpec::Kind::Monitor) next = std::min(next, Backend::kMonitorPollSeconds);
    p.decide_at = now_seconds + next;
}

void Backend::Impl::apply(const ProjectorStep& step) {
    switch (step.kind) {
    case ProjectorStep::Kind::Keep: return;
    case ProjectorStep::Kind::Open: open_projector(step); return;
    case ProjectorStep::Kind::Move: move_projector(step); return;
    case ProjectorStep::Kind::Close:
        close(projector.open);
        log_line("kiosk: projector closed (" + step.reason + ")");
        return;
    }
}

void Backend::Impl::open_projector(const ProjectorStep& step) {
    ProjectorSlot& p = projector;
    const ProjectorSpec& spec = p.placement.spec();
    WindowOptions options;
    options.title = p.window.title;
    options.takes_input = false;
    if (step.monitor_index >= 0) {
        options.monitor = std::to_string(step.monitor_index + 1);  // choose_monitor counts from 1
    } else {
        options.windowed_width = spec.width_px;
        options.windowed_height = spec.height_px;
    }
    std::string error;
    Window* w = open(options, p.window.frame, error);
    if (!w) {
        log_line("kiosk: projector not opened (" + error + ")");
        return;
    }
    p.open = w;
    p.state.open = true;
    p.state.windowed = step.monitor_index < 0;
    p.state.monitor = step.monitor;
    if (p.window.opened) {
        w->make_current();
        p.window.opened(w->imgui);
        first().make_current();
    }
    log_line(p.state.windowed ? "kiosk: projector in a window " + size_text(spec.width_px, spec.height_px)
                              : "kiosk: projector on " + step.monitor.name + " " +
                                    size_text(step.monitor.width_px, step.monitor.height_px));
}

void Backend::Impl::move_projector(const ProjectorStep& step) {
    ProjectorSlot& p = projector;
    Window& w = *p.open;
    const ProjectorSpec& spec = p.placement.spec();
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    GLFWmonitor* target = step.monitor_index >= 0 && step.monitor_index < count ? monitors[step.monitor_index] : nullptr;
    const GLFWvidmode* mode = target ? glfwGetVideoMode(target) : nullptr;
    if (step.monitor_index >= 0 && !mode) return;  // gone again since the list was read: the next list says
    if (mode) {
        glfwSetWindowMonitor(w.glfw, target, 0, 0, mode->width, mode->height, mode->refreshRate);
        w.options.windowed_width = w.options.windowed_height = 0;
        w.options.monitor = std::to_string(step.monitor_index + 1);
    } else {
        glfwSetWindowMonitor(w.glfw, nullptr, 0, 0, spec.width_px, spec.height_px, 0);
        w.options.windowed_width = spec.width_px;
        w.options.windowed_height = spec.height_px;
        w.options.monitor.clear();
    }
    if (!glfwGetWindowAttrib(w.glfw, GLFW_VISIBLE)) glfwShowWindow(w.glfw);  // hidden when its monitor went
    w.rescale_needed = true;
    w.present_needed = true;  // the retained image stays valid, the new screen has none yet
    w.input_pending = true;
    p.state.windowed = !mode;
    p.state.monitor = step.monitor;
    log_line(mode ? "kiosk: projector on " + step.monitor.name + " " + size_text(mode->width, mode->height)
                  : "kiosk: projector in a window " + size_text(spec.width_px, spec.height_px));
}

}  // namespace kiosk::platform
