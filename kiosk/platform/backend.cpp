#include "platform/backend.h"

#include "platform/current_window.h"

#include "platform/frame_damage.h"
#include "platform/monitor_choice.h"
#include "platform/pointer_parking.h"
#include "platform/retained_frame.h"
#include "platform/stop_signals.h"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <X11/extensions/scrnsaver.h>

// From GLFW's native API. Declared here because <GLFW/glfw3native.h> with GLFW_EXPOSE_NATIVE_X11
// also pulls in the XRandR headers (libxrandr-dev), which nothing else needs.
extern "C" Display* glfwGetX11Display(void);

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <atomic>
#include <cfloat>
#include <cstdio>
#include <thread>
#include <vector>

namespace kiosk::platform {
namespace {

void log_line(const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }

std::string monitor_name(GLFWmonitor* m) {
    const char* name = m ? glfwGetMonitorName(m) : nullptr;
    return name ? name : "?";
}

void on_glfw_error(int code, const char* description) {
    std::fprintf(stderr, "kiosk: GLFW error %d: %s\n", code, description ? description : "");
}

// GLFW's init and terminate are process-wide, so two Backends at once would pull the display from
// under each other. This flag is all the process-wide state the platform layer keeps; windows find
// their Backend through GLFW (see current_window.h).
std::atomic<bool> g_backend_live{false};

// After input, render the input frame plus two settle frames: ImGui needs one frame to see a
// latched press and another for the release, and our pointer parking needs one more.
constexpr int kFramesAfterInput = 3;
// Upper bound of one wait; only a safety net, wakes normally come from input or the deadline.
constexpr double kMaxWaitSeconds = 3600.0;

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

/// The monitor `spec` names (BackendOptions::monitor), else the primary; nullptr without any.
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

/// One window: GLFW window and GL context, ImGui context, fonts, and everything it draws with.
class Window {
public:
    Backend::Impl* owner = nullptr;
    WindowOptions options;
    bool retained_frame = true;
    Rgb background_top, background_bottom;
    std::string shader_dir;
    GLFWwindow* glfw = nullptr;
    ImGuiContext* imgui = nullptr;  // the window's own ImGui context
    FontAtlasBuilder font_builder;
    LoadedFonts fonts;
    ScreenScale scale;
    Background background;
    NoteShapes note_shapes;
    RetainedFrame retained;  // the frame on screen, redrawn only where the next one differs
    FrameDamage damage;      // what that frame was made of
    bool present_needed = false;  // the window lost its image (expose): copy the retained one again
    std::unique_ptr<ImFontAtlas> atlas;  // shared with the ImGui context, built before it exists
    float fonts_body_px = 0.0f;         // the size the atlas was rasterised at
    bool shaders_tried = false;
    bool font_texture_made = false;     // the OpenGL3 backend's first NewFrame has run
    bool rescale_needed = false;  // the framebuffer or monitor changed
    bool scale_changed = true;    // the next frame must re-apply the theme

    // Input bookkeeping for the event-driven loop and touch pointer parking.
    bool input_pending = true;
    bool cursor_moved = false;
    PointerParking parking;
    bool hide_pointer = false;  // screenshots: no hover from wherever the X pointer happens to be
    std::optional<ScriptedPointer> scripted;  // pixel tests and benchmarks: the pointer they say
    Damage last_damage = Damage::Everything;  // what render() drew last

    // The loop's schedule for this window (later windows carry their own FrameFn).
    FrameFn frame_fn;
    int frames_left = kFramesAfterInput;
    double deadline = 0.0;

    GLFWmousebuttonfun prev_mouse_button = nullptr;
    GLFWcursorposfun prev_cursor_pos = nullptr;
    GLFWkeyfun prev_key = nullptr;
    GLFWcharfun prev_char = nullptr;
    GLFWscrollfun prev_scroll = nullptr;
    GLFWwindowfocusfun prev_focus = nullptr;
    GLFWcursorenterfun prev_cursor_enter = nullptr;

    bool fullscreen() const { return options.windowed_width <= 0 || options.windowed_height <= 0; }
    void make_current() const {
        glfwMakeContextCurrent(glfw);
        ImGui::SetCurrentContext(imgui);
    }
    bool create_glfw_window(GLFWmonitor* monitor, GLFWwindow* share);
    void init_imgui(bool first);
    void install_callbacks();
    LoadedFonts build_fonts(float body_px);
    void update_scale();
    void load_shaders();
    void follow_monitor();
    void begin_frame();
    bool render(ImDrawData& data, int width_px, int height_px);
    FrameRequest frame(const FrameFn& fn, bool& presented);
    void capture(const FrameFn& fn, FrameImage& out, int frames);
    void release();  // with its context current
};

struct Backend::Impl {
    BackendOptions options;
    Display* x_display = nullptr;
    FontManifest manifest;
    bool manifest_ok = false;
    std::vector<std::unique_ptr<Window>> windows;  // [0] is the first window, the others follow
    std::atomic<bool> woken{false};             // wake() was called: draw even before the deadline
    std::function<void()> between_frames;       // set_between_frames(); runs before each NewFrame
    bool monitors_changed = false;
    bool first_frame_logged = false;
    // Start-up phases in ms since `options.started`, for the first-frame log line.
    double glfw_ready_ms = 0, window_ready_ms = 0, fonts_ms = 0, created_ms = 0;
    double since_start_ms() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - options.started).count();
    }

    Window& first() const { return *windows.front(); }
    std::unique_ptr<Window> make_window(const WindowOptions& window_options);
    void follow_monitors();
    void install_monitor_callback();
    void end_frame(Window& w, bool log_first);
    bool is_later_window(const Window* w) const;
    void close(Window* w);
};

namespace {

Window* window_of(GLFWwindow* w) { return static_cast<Window*>(glfwGetWindowUserPointer(w)); }

}  // namespace

NoteShapes* current_note_shapes() {
    GLFWwindow* current = glfwGetCurrentContext();
    Window* w = current ? window_of(current) : nullptr;
    return w ? &w->note_shapes : nullptr;
}

std::unique_ptr<Window> Backend::Impl::make_window(const WindowOptions& window_options) {
    auto w = std::make_unique<Window>();
    w->owner = this;
    w->options = window_options;
    w->retained_frame = options.retained_frame;
    w->background_top = options.background_top;
    w->background_bottom = options.background_bottom;
    w->shader_dir = options.shader_dir;
    w->atlas = std::make_unique<ImFontAtlas>();
    return w;
}

bool Window::create_glfw_window(GLFWmonitor* monitor, GLFWwindow* share) {
    if (fullscreen()) {
        if (!monitor) return false;
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
        glfw = glfwCreateWindow(mode->width, mode->height, options.title.c_str(), monitor, share);
    } else {
        glfw = glfwCreateWindow(options.windowed_width, options.windowed_height, options.title.c_str(),
                                nullptr, share);
        if (glfw && monitor && !options.monitor.empty()) {
            int mx = 0, my = 0;
            glfwGetMonitorPos(monitor, &mx, &my);
            glfwSetWindowPos(glfw, mx, my);
        }
    }
    if (glfw) glfwSetWindowUserPointer(glfw, this);
    return glfw != nullptr;
}

void Window::init_imgui(bool first) {
    glfwMakeContextCurrent(glfw);
    glfwSwapInterval(first ? 1 : 0);  // vsync on one window only, or both run at half rate
    if (first) glfwFocusWindow(glfw);  // no window manager (Xvfb, bare X kiosk) means no focus otherwise
    imgui = ImGui::CreateContext(atlas.get());
    ImGui::SetCurrentContext(imgui);  // CreateContext makes it current only when none is
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is code, not a file next to the binary
    io.LogFilename = nullptr;
    // Backend data goes into this context's io.Backend*UserData; the callbacks it installs on
    // this window write to the current ImGui context, which ours below make this window's.
    ImGui_ImplGlfw_InitForOpenGL(glfw, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    install_callbacks();
    owner->install_monitor_callback();  // ImGui's init put its own in place of ours
    update_scale();  // the real framebuffer; rebuilds fonts only if the size differs
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
    prev_key = glfwSetKeyCallback(glfw, [](GLFWwindow* g, int k, int s, int a, int m) {
        forward(g, window_of(g)->prev_key, true, k, s, a, m);
    });
    prev_char = glfwSetCharCallback(glfw, [](GLFWwindow* g, unsigned c) { forward(g, window_of(g)->prev_char, true, c); });
    prev_scroll = glfwSetScrollCallback(glfw, [](GLFWwindow* g, double x, double y) {
        forward(g, window_of(g)->prev_scroll, true, x, y);
    });
    prev_focus = glfwSetWindowFocusCallback(glfw, [](GLFWwindow* g, int f) {
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
        for (auto& each : w->owner->windows) each->input_pending = true;
    });
}

void Backend::Impl::follow_monitors() {
    // Handled here rather than in the callback: GLFW is mid-update there.
    if (!monitors_changed) return;
    monitors_changed = false;
    for (auto& w : windows) w->follow_monitor();
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

LoadedFonts Window::build_fonts(float body_px) {
    if (owner->manifest_ok) return font_builder.build(*atlas, owner->manifest, body_px);
    atlas->Clear();
    ImFontConfig cfg;
    cfg.SizePixels = body_px;
    LoadedFonts out;
    out.body = out.heading = out.display = atlas->AddFontDefault(&cfg);
    atlas->Build();
    return out;
}

void Window::update_scale() {
    rescale_needed = false;
    GLFWmonitor* monitor = fullscreen() ? glfwGetWindowMonitor(glfw) : nullptr;
    if (!monitor) monitor = pick_monitor(options.monitor, false);
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(glfw, &fb_w, &fb_h);
    scale = compute_scale(geometry_of(monitor), fb_h, owner->options.user_scale);
    if (scale.body_px != fonts_body_px) {  // rasterise anew rather than stretch
        fonts = build_fonts(scale.body_px);
        fonts_body_px = scale.body_px;
        for (const auto& n : fonts.notices) log_line(n);
        if (font_texture_made) {  // before the first frame the backend makes it itself
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
            atlas->ClearTexData();  // the GL texture has the pixels now
        }
        damage.forget();  // the new font texture may reuse the old one's GL name
    }
    scale_changed = true;  // consumed by the next frame: re-apply the theme
}

void Window::load_shaders() {
    if (shaders_tried) return;
    shaders_tried = true;
    std::string why;
    if (!background.load(shader_dir, why))
        log_line("kiosk: background shader unavailable (" + why + "); using a plain colour");
    if (note_shapes.load(shader_dir, why))
        damage.describe(NoteShapes::payload());  // a countdown tick on a board redraws the digits only
    else
        log_line("kiosk: note shader unavailable (" + why + "); drawing notes with plain shapes");
    damage.forget();  // the backdrop changed under every pixel
}

void Window::begin_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    if (!font_texture_made) {
        // The backend uploaded the atlas; its CPU copies (alpha and RGBA, 5 MB at 1080p) are
        // not needed again: a new scale rebuilds the atlas from the font files.
        atlas->ClearTexData();
        font_texture_made = true;
    }
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (!options.takes_input) {
        // The GLFW backend polls the buttons and cursor itself each frame; undo what it read.
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        for (bool& down : io.MouseDown) down = false;
        io.MouseWheel = io.MouseWheelH = 0.0f;
        cursor_moved = false;
        ImGui::NewFrame();
        return;
    }
    const bool down = io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2];
    if (scripted) {
        io.MousePos = ImVec2(scripted->x, scripted->y);
        io.MouseDown[0] = scripted->down;
    } else if (parking.update(down, cursor_moved) || hide_pointer) {
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    }
    cursor_moved = false;
    ImGui::NewFrame();
}

// Expects this window's contexts current, the monitors followed and the between-frames hook run.
FrameRequest Window::frame(const FrameFn& fn, bool& presented) {
    if (rescale_needed) update_scale();
    begin_frame();
    FrameInfo info;
    info.now_seconds = glfwGetTime();
    glfwGetFramebufferSize(glfw, &info.width_px, &info.height_px);
    info.scale = scale;
    info.fonts = &fonts;
    info.scale_changed = scale_changed;
    info.note_shapes = note_shapes.callback();
    scale_changed = false;
    FrameRequest request = fn(info);
    ImGui::Render();
    presented = render(*ImGui::GetDrawData(), info.width_px, info.height_px);
    return request;
}

// Under software GL every pixel drawn costs CPU, so a frame is drawn only where it differs from
// the one on screen: a countdown tick redraws its digits and bar, not 1080p of backdrop and
// panels. Returns false when nothing changed and nothing needs presenting (no swap then).
bool Window::render(ImDrawData& data, int width_px, int height_px) {
    if (retained_frame && retained.resize(width_px, height_px)) damage.forget();
    if (!retained_frame || !retained.available()) {  // draw everything, every frame
        const DrawTarget target{width_px, height_px, false};
        last_damage = Damage::Everything;
        glDisable(GL_SCISSOR_TEST);
        note_shapes.set_target(target);
        background.draw(target, background_top, background_bottom);
        ImGui_ImplOpenGL3_RenderDrawData(&data);
        return true;
    }
    PixelRect region;
    const Damage damaged = damage.compare(data, width_px, height_px, region);
    last_damage = damaged;
    if (damaged == Damage::Unchanged && !present_needed) return false;
    present_needed = false;
    if (damaged != Damage::Unchanged) {
        damage.remember(data);  // before clipping: the next frame compares with the whole frame
        retained.bind_for_drawing();
        if (damaged == Damage::Region) {
            glEnable(GL_SCISSOR_TEST);  // rows as ImGui counts them: the image is stored top row first
            glScissor(region.x0, region.y0, region.x1 - region.x0, region.y1 - region.y0);
            clip_draw_data(data, region);
        } else {
            glDisable(GL_SCISSOR_TEST);
        }
        const DrawTarget target{width_px, height_px, true};
        flip_draw_data(data, height_px);
        note_shapes.set_target(target);
        background.draw(target, background_top, background_bottom);
        ImGui_ImplOpenGL3_RenderDrawData(&data);
    }
    retained.copy_to_back_buffer();
    return true;
}

void Window::capture(const FrameFn& fn, FrameImage& out, int frames) {
    hide_pointer = true;
    load_shaders();
    for (int i = 0; i < frames; ++i) {
        glfwPollEvents();
        owner->follow_monitors();
        if (owner->between_frames) owner->between_frames();
        present_needed = true;  // the back buffer must hold the image read below
        bool presented = false;
        frame(fn, presented);
        if (i + 1 == frames) {
            int w = 0, h = 0;
            glfwGetFramebufferSize(glfw, &w, &h);
            std::vector<unsigned char> bottom_up(size_t(w) * size_t(h) * 3);
            glPixelStorei(GL_PACK_ALIGNMENT, 1);
            glReadBuffer(GL_BACK);
            glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, bottom_up.data());
            out.width = w;
            out.height = h;
            out.rgb.resize(bottom_up.size());
            const size_t row = size_t(w) * 3;
            for (int y = 0; y < h; ++y)
                std::copy_n(&bottom_up[size_t(h - 1 - y) * row], row, &out.rgb[size_t(y) * row]);
        }
        owner->end_frame(*this, false);
    }
    hide_pointer = false;
}

void Window::release() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(imgui);
    imgui = nullptr;
    atlas.reset();  // shared with the context, not owned by it
    background.release();  // GL objects go before the context
    note_shapes.release();
    retained.release();
    glfwMakeContextCurrent(nullptr);
    glfwDestroyWindow(glfw);
    glfw = nullptr;
}

void Backend::Impl::end_frame(Window& w, bool log_first) {
    glfwSwapBuffers(w.glfw);
    if (log_first && !first_frame_logged) {
        first_frame_logged = true;
        char line[256];
        std::snprintf(line, sizeof line,
                      "kiosk: first frame after %.0f ms (display open at %.0f, window and GL context at %.0f, "
                      "fonts %.0f ms alongside, ImGui ready at %.0f)",
                      since_start_ms(), glfw_ready_ms, window_ready_ms, fonts_ms, created_ms);
        log_line(line);
    }
}

bool Backend::Impl::is_later_window(const Window* w) const {
    for (size_t i = 1; i < windows.size(); ++i)
        if (windows[i].get() == w) return true;
    return false;
}

void Backend::Impl::close(Window* w) {
    w->make_current();
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

Window* Backend::open_window(const WindowOptions& options, FrameFn frame, std::string& error) {
    Impl& s = *impl_;
    auto w = s.make_window(options);
    w->frame_fn = std::move(frame);
    GLFWmonitor* monitor = pick_monitor(options.monitor, true);
    const int content_h = w->fullscreen() ? geometry_of(monitor).height_px : options.windowed_height;
    const float body_px = compute_scale(geometry_of(monitor), content_h, s.options.user_scale).body_px;
    w->fonts = w->build_fonts(body_px);
    w->fonts_body_px = body_px;
    for (const auto& n : w->fonts.notices) log_line(n);
    // The hints set in create() still hold (GL 3.3 core, no auto-iconify). A window that takes
    // no input does not take the focus from the one that does.
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, options.takes_input ? GLFW_TRUE : GLFW_FALSE);
    const bool made = w->create_glfw_window(monitor, s.first().glfw);
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_TRUE);
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

bool Backend::close_window(Window* window) {
    if (!impl_->is_later_window(window)) return false;
    impl_->close(window);
    return true;
}

int Backend::window_count() const { return int(impl_->windows.size()); }

void Backend::run(const FrameFn& fn, StopSignals* stop) {
    Impl& s = *impl_;
    if (stop) stop->set_wake([] { glfwPostEmptyEvent(); });
    for (auto& w : s.windows) {
        w->frames_left = kFramesAfterInput;
        w->deadline = 0.0;
    }
    bool quit = false;
    while (!quit && !glfwWindowShouldClose(s.first().glfw) && !(stop && stop->requested())) {
        double wait = kMaxWaitSeconds;
        for (const auto& w : s.windows)
            wait = std::min(wait, w->frames_left > 0 ? 0.0 : w->deadline - glfwGetTime());
        if (wait > 0) glfwWaitEventsTimeout(wait);
        else glfwPollEvents();
        if (stop && stop->requested()) break;
        const bool woken = s.woken.exchange(false);  // e.g. actions queued to apply
        for (size_t i = 1; i < s.windows.size();) {  // later windows closed by their user
            if (glfwWindowShouldClose(s.windows[i]->glfw)) s.close(s.windows[i].get());
            else ++i;
        }
        std::vector<Window*> due;
        for (auto& w : s.windows) {
            if (woken || w->input_pending) {
                w->input_pending = false;
                w->frames_left = kFramesAfterInput;
            }
            if (w->frames_left > 0 || glfwGetTime() >= w->deadline) due.push_back(w.get());
        }
        if (due.empty()) continue;  // an empty wake
        s.follow_monitors();
        if (s.between_frames) s.between_frames();  // after the last frames' swaps, so these draw its changes
        std::vector<Window*> finished;
        for (Window* w : due) {
            const bool first = w == &s.first();
            w->make_current();
            bool presented = false;
            const FrameRequest request = w->frame(first ? fn : w->frame_fn, presented);
            if (presented) s.end_frame(*w, first);
            if (!w->shaders_tried) {
                // The backdrop is decoration: compile its shader after the first frame is up.
                w->load_shaders();
                w->frames_left = std::max(w->frames_left, 1);
            }
            if (w->frames_left > 0) --w->frames_left;
            w->deadline = glfwGetTime() + std::max(0.0, request.redraw_after_seconds);
            if (request.quit) {
                if (first) quit = true;
                else finished.push_back(w);
            }
        }
        s.first().make_current();
        for (Window* w : finished) s.close(w);
    }
    if (stop) stop->set_wake({});
    if (stop && stop->requested())
        log_line("kiosk: stopping on signal " + std::to_string(stop->signal_number()));
}

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

bool Backend::step(const FrameFn& fn) {
    Impl& s = *impl_;
    Window& w = s.first();
    w.load_shaders();
    glfwPollEvents();
    s.follow_monitors();
    if (s.between_frames) s.between_frames();
    bool presented = false;
    w.frame(fn, presented);
    if (presented) s.end_frame(w, false);
    return presented;
}

Damage Backend::last_damage() const { return impl_->first().last_damage; }

void Backend::finish() { glFinish(); }

void Backend::set_between_frames(std::function<void()> fn) { impl_->between_frames = std::move(fn); }

void Backend::wake() {
    impl_->woken = true;
    glfwPostEmptyEvent();
}

void Backend::script_pointer(std::optional<ScriptedPointer> pointer) { impl_->first().scripted = pointer; }

void Backend::script_pointer(Window* window, std::optional<ScriptedPointer> pointer) {
    if (impl_->is_later_window(window)) window->scripted = pointer;
}

}  // namespace kiosk::platform
