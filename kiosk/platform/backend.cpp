// The Backend's public functions: create and end, windows opened and closed, captures. The frame
// loop is in frame_loop.cpp, a window's life in window.cpp and its frames in window_frame.cpp,
// GLFW's callbacks in glfw_events.cpp and monitors in monitors.cpp (backend_impl.h joins them).
#include "platform/backend.h"
#include "platform/backend_impl.h"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <X11/extensions/scrnsaver.h>

// From GLFW's native API. Declared here because <GLFW/glfw3native.h> with GLFW_EXPOSE_NATIVE_X11
// also pulls in the XRandR headers (libxrandr-dev), which nothing else needs.
extern "C" Display* glfwGetX11Display(void);

#include <imgui.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

namespace kiosk::platform {
namespace {

void on_glfw_error(int code, const char* description) {
    std::fprintf(stderr, "kiosk: GLFW error %d: %s\n", code, description ? description : "");
}

// GLFW's init and terminate are process-wide, so two Backends at once would pull the display from
// under each other. This flag is all the process-wide state the platform layer keeps; windows find
// their Backend through GLFW (see current_window.h).
std::atomic<bool> g_backend_live{false};

}  // namespace

bool Backend::Impl::is_later_window(const Window* w) const {
    for (size_t i = 1; i < windows.size(); ++i)
        if (windows[i].get() == w) return true;
    return false;
}

void Backend::Impl::close(Window* w) {
    w->make_current();
    if (w == projector.open) {
        if (projector.window.closing) projector.window.closing(w->imgui);
        projector.open = nullptr;
        projector.state = ProjectorState{};
    }
    w->release();
    windows.erase(std::find_if(windows.begin(), windows.end(), [w](const auto& p) { return p.get() == w; }));
    first().make_current();
    install_monitor_callback();  // ImGui's shutdown put back the callback it found at its init
}

Backend::Backend(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

std::unique_ptr<Backend> Backend::create(const BackendOptions& options, std::string& error) {
    if (g_backend_live.exchange(true)) {
        error = "only one kiosk backend per process";
        return nullptr;
    }
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit()) {
        error = "cannot open the display (is DISPLAY set? try xvfb-run for tests)";
        g_backend_live = false;
        return nullptr;
    }
    auto impl = std::make_unique<Impl>();
    impl->options = options;
    impl->glfw_ready_ms = impl->since_start_ms();

    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);  // the projector must not minimise on focus loss
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_TRUE);

    WindowOptions first_options;
    first_options.title = options.title;
    first_options.monitor = options.monitor;
    first_options.windowed_width = options.windowed_width;
    first_options.windowed_height = options.windowed_height;
    impl->windows.push_back(impl->make_window(first_options));
    Window& w = impl->first();
    GLFWmonitor* monitor = pick_monitor(options.monitor, true);

    // Creating the GL context is the slowest step of start-up (Mesa loads and initialises LLVM),
    // so the font atlas is rasterised meanwhile on another thread, at the size the window will
    // have. No ImGui context exists yet, so the atlas build touches no shared ImGui state.
    std::string why;
    impl->manifest_ok = read_font_manifest(options.font_manifest, impl->manifest, why);
    if (!impl->manifest_ok) log_line("kiosk: " + why + "; using the built-in font");
    const int content_h = w.fullscreen() ? geometry_of(monitor).height_px : options.windowed_height;
    const float body_px = compute_scale(geometry_of(monitor), content_h, options.user_scale).body_px;
    std::thread font_thread([&impl, &w, body_px] {
        const double t0 = impl->since_start_ms();
        w.fonts = w.build_fonts(body_px);
        w.fonts_body_px = body_px;
        impl->fonts_ms = impl->since_start_ms() - t0;
    });
    const bool made = w.create_glfw_window(monitor, nullptr);
    impl->window_ready_ms = impl->since_start_ms();
    font_thread.join();
    for (const auto& n : w.fonts.notices) log_line(n);
    if (!made) {
        error = monitor || !w.fullscreen() ? "cannot create an OpenGL 3.3 window" : "no monitor found";
        glfwTerminate();
        g_backend_live = false;
        return nullptr;
    }

    // Keep X from blanking the projector while the kiosk runs (DPMS included).
    impl->x_display = glfwGetX11Display();
    if (impl->x_display) XScreenSaverSuspend(impl->x_display, True);

    IMGUI_CHECKVERSION();
    w.init_imgui(true);
    impl->created_ms = impl->since_start_ms();
    return std::unique_ptr<Backend>(new Backend(std::move(impl)));
}

ImGuiContext* Backend::imgui_context() const { return impl_->first().imgui; }

ImGuiContext* Backend::imgui_context(const Window* window) const { return window ? window->imgui : nullptr; }

Backend::~Backend() {
    while (impl_->windows.size() > 1) impl_->close(impl_->windows.back().get());
    if (impl_->x_display) XScreenSaverSuspend(impl_->x_display, False);
    Window& w = impl_->first();
    w.make_current();
    w.release();
    impl_->windows.clear();
    glfwSetMonitorCallback(nullptr);
    glfwTerminate();
    g_backend_live = false;
}

Window* Backend::Impl::open(const WindowOptions& options, FrameFn frame, std::string& error) {
    Impl& s = *this;
    auto w = s.make_window(options);
    w->frame_fn = std::move(frame);
    GLFWmonitor* monitor = pick_monitor(options.monitor, true);
    const int content_h = w->fullscreen() ? geometry_of(monitor).height_px : options.windowed_height;
    const float body_px = compute_scale(geometry_of(monitor), content_h, s.options.user_scale).body_px;
    w->fonts = w->build_fonts(body_px);
    w->fonts_body_px = body_px;
    for (const auto& n : w->fonts.notices) log_line(n);
    // The hints set in create() still hold (GL 3.3 core, no auto-iconify). A window that takes
    // no input does not take the focus from the one that does, nor (fullscreen) move the pointer
    // to its centre, as GLFW does by default: a finger on the table would lose its place.
    const int takes = options.takes_input ? GLFW_TRUE : GLFW_FALSE;
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, takes);
    glfwWindowHint(GLFW_FOCUSED, takes);
    glfwWindowHint(GLFW_CENTER_CURSOR, takes);
    const bool made = w->create_glfw_window(monitor, s.first().glfw);
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_TRUE);
    glfwWindowHint(GLFW_FOCUSED, GLFW_TRUE);
    glfwWindowHint(GLFW_CENTER_CURSOR, GLFW_TRUE);
    if (!made) {
        error = monitor || !w->fullscreen() ? "cannot create an OpenGL 3.3 window sharing the first one's objects"
                                            : "no monitor found";
        s.first().make_current();
        return nullptr;
    }
    w->init_imgui(false);
    Window* opened = w.get();
    s.windows.push_back(std::move(w));
    s.first().make_current();
    return opened;
}

Window* Backend::open_window(const WindowOptions& options, FrameFn frame, std::string& error) {
    return impl_->open(options, std::move(frame), error);
}

bool Backend::close_window(Window* window) {
    if (!impl_->is_later_window(window)) return false;
    impl_->close(window);
    return true;
}

int Backend::window_count() const { return int(impl_->windows.size()); }

bool Backend::screenshot(const FrameFn& fn, const std::string& png_path, std::string& error,
                         int frames) {
    FrameImage image;
    capture(fn, image, frames);
    stbi_flip_vertically_on_write(0);  // capture() already turned GL's bottom-up rows round
    if (!stbi_write_png(png_path.c_str(), image.width, image.height, 3, image.rgb.data(), image.width * 3)) {
        error = "cannot write " + png_path;
        return false;
    }
    return true;
}

void Backend::capture(const FrameFn& fn, FrameImage& out, int frames) { impl_->first().capture(fn, out, frames); }

void Backend::capture(Window* window, FrameImage& out, int frames) {
    if (!impl_->is_later_window(window)) return;
    window->make_current();
    window->capture(window->frame_fn, out, frames);
    impl_->first().make_current();
}

Damage Backend::last_damage() const { return impl_->first().last_damage; }

void Backend::finish() { glFinish(); }

void Backend::script_pointer(std::optional<ScriptedPointer> pointer) { impl_->first().scripted = pointer; }

void Backend::script_pointer(Window* window, std::optional<ScriptedPointer> pointer) {
    if (impl_->is_later_window(window)) window->scripted = pointer;
}

}  // namespace kiosk::platform
