#include "platform/backend.h"

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

Backend::Impl* g_impl = nullptr;  // GLFW's monitor callback carries no user pointer

// After input, render the input frame plus two settle frames: ImGui needs one frame to see a
// latched press and another for the release, and our pointer parking needs one more.
constexpr int kFramesAfterInput = 3;
// Upper bound of one wait; only a safety net, wakes normally come from input or the deadline.
constexpr double kMaxWaitSeconds = 3600.0;

}  // namespace

struct Backend::Impl {
    BackendOptions options;
    GLFWwindow* window = nullptr;
    ImGuiContext* imgui = nullptr;  // the window's own ImGui context
    Display* x_display = nullptr;
    FontManifest manifest;
    bool manifest_ok = false;
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
    bool background_tried = false;
    bool font_texture_made = false;     // the OpenGL3 backend's first NewFrame has run
    bool rescale_needed = false;  // the framebuffer or monitor changed
    bool scale_changed = true;    // the next frame must re-apply the theme

    // Input bookkeeping for the event-driven loop and touch pointer parking.
    bool input_pending = true;
    std::atomic<bool> woken{false};             // wake() was called: draw even before the deadline
    std::function<void()> between_frames;       // set_between_frames(); runs before each NewFrame
    bool monitors_changed = false;
    bool cursor_moved = false;
    PointerParking parking;
    bool hide_pointer = false;  // screenshots: no hover from wherever the X pointer happens to be
    std::optional<ScriptedPointer> scripted;  // pixel tests and benchmarks: the pointer they say
    Damage last_damage = Damage::Everything;  // what render() drew last
    bool first_frame_logged = false;
    // Start-up phases in ms since `options.started`, for the first-frame log line.
    double glfw_ready_ms = 0, window_ready_ms = 0, fonts_ms = 0, created_ms = 0;
    double since_start_ms() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - options.started).count();
    }

    GLFWmousebuttonfun prev_mouse_button = nullptr;
    GLFWcursorposfun prev_cursor_pos = nullptr;
    GLFWkeyfun prev_key = nullptr;
    GLFWcharfun prev_char = nullptr;
    GLFWscrollfun prev_scroll = nullptr;
    GLFWwindowfocusfun prev_focus = nullptr;
    GLFWcursorenterfun prev_cursor_enter = nullptr;
    GLFWmonitorfun prev_monitor = nullptr;

    bool fullscreen() const { return options.windowed_width <= 0 || options.windowed_height <= 0; }
    GLFWmonitor* pick_monitor(bool announce);
    void install_callbacks();
    LoadedFonts build_fonts(ImFontAtlas& atlas, float body_px);
    void update_scale();
    void load_background();
    void follow_monitors();
    void begin_frame();
    bool render(ImDrawData& data, int width_px, int height_px);
    void end_frame(bool log_first);
    FrameRequest frame(const FrameFn& fn, bool& presented);
};

GLFWmonitor* Backend::Impl::pick_monitor(bool announce) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (count <= 0) return nullptr;
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i) names.push_back(monitor_name(monitors[i]));
    const int chosen = choose_monitor(names, options.monitor);
    if (chosen >= 0) return monitors[chosen];
    if (announce && !options.monitor.empty())
        log_line("kiosk: monitor \"" + options.monitor + "\" not found; using the primary monitor \"" +
                 names[0] + "\"");
    return monitors[0];
}

void Backend::Impl::install_callbacks() {
    // Installed after ImGui's, each calls ImGui's first, then notes that the loop must draw.
    prev_mouse_button = glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int b, int a, int m) {
        if (g_impl->prev_mouse_button) g_impl->prev_mouse_button(w, b, a, m);
        g_impl->input_pending = true;
    });
    prev_cursor_pos = glfwSetCursorPosCallback(window, [](GLFWwindow* w, double x, double y) {
        if (g_impl->prev_cursor_pos) g_impl->prev_cursor_pos(w, x, y);
        g_impl->input_pending = true;
        g_impl->cursor_moved = true;
    });
    prev_key = glfwSetKeyCallback(window, [](GLFWwindow* w, int k, int s, int a, int m) {
        if (g_impl->prev_key) g_impl->prev_key(w, k, s, a, m);
        g_impl->input_pending = true;
    });
    prev_char = glfwSetCharCallback(window, [](GLFWwindow* w, unsigned c) {
        if (g_impl->prev_char) g_impl->prev_char(w, c);
        g_impl->input_pending = true;
    });
    prev_scroll = glfwSetScrollCallback(window, [](GLFWwindow* w, double x, double y) {
        if (g_impl->prev_scroll) g_impl->prev_scroll(w, x, y);
        g_impl->input_pending = true;
    });
    prev_focus = glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int f) {
        if (g_impl->prev_focus) g_impl->prev_focus(w, f);
        g_impl->input_pending = true;
    });
    prev_cursor_enter = glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int e) {
        if (g_impl->prev_cursor_enter) g_impl->prev_cursor_enter(w, e);
        g_impl->input_pending = true;
    });
    glfwSetWindowRefreshCallback(window, [](GLFWwindow*) {
        g_impl->input_pending = true;
        g_impl->present_needed = true;
    });
    glfwSetFramebufferSizeCallback(window, [](GLFWwindow*, int, int) {
        g_impl->input_pending = true;
        g_impl->rescale_needed = true;
    });
    prev_monitor = glfwSetMonitorCallback([](GLFWmonitor* m, int event) {
        if (g_impl->prev_monitor) g_impl->prev_monitor(m, event);
        log_line("kiosk: monitor " + monitor_name(m) +
                 (event == GLFW_CONNECTED ? " connected" : " disconnected"));
        g_impl->monitors_changed = true;
        g_impl->input_pending = true;
    });
}

void Backend::Impl::follow_monitors() {
    // Handled here rather than in the callback: GLFW is mid-update there.
    monitors_changed = false;
    if (!fullscreen()) return;
    GLFWmonitor* target = pick_monitor(true);
    if (!target || glfwGetWindowMonitor(window) == target) return;
    const GLFWvidmode* mode = glfwGetVideoMode(target);
    glfwSetWindowMonitor(window, target, 0, 0, mode->width, mode->height, mode->refreshRate);
    glfwFocusWindow(window);
    log_line("kiosk: window moved to monitor " + monitor_name(target));
    rescale_needed = true;
    present_needed = true;  // the retained image stays valid, the new screen has none yet
}

namespace {

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

}  // namespace

LoadedFonts Backend::Impl::build_fonts(ImFontAtlas& atlas, float body_px) {
    if (manifest_ok) return font_builder.build(atlas, manifest, body_px);
    atlas.Clear();
    ImFontConfig cfg;
    cfg.SizePixels = body_px;
    LoadedFonts out;
    out.body = out.heading = out.display = atlas.AddFontDefault(&cfg);
    atlas.Build();
    return out;
}

void Backend::Impl::update_scale() {
    rescale_needed = false;
    GLFWmonitor* monitor = fullscreen() ? glfwGetWindowMonitor(window) : nullptr;
    if (!monitor) monitor = pick_monitor(false);
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window, &fb_w, &fb_h);
    scale = compute_scale(geometry_of(monitor), fb_h, options.user_scale);
    if (scale.body_px != fonts_body_px) {  // rasterise anew rather than stretch
        fonts = build_fonts(*atlas, scale.body_px);
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

void Backend::Impl::load_background() {
    if (background_tried) return;
    background_tried = true;
    std::string why;
    if (!background.load(options.shader_dir, why))
        log_line("kiosk: background shader unavailable (" + why + "); using a plain colour");
    if (note_shapes.load(options.shader_dir, why))
        damage.describe(NoteShapes::payload());  // a countdown tick on a board redraws the digits only
    else
        log_line("kiosk: note shader unavailable (" + why + "); drawing notes with plain shapes");
    damage.forget();  // the backdrop changed under every pixel
}

void Backend::Impl::begin_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    if (!font_texture_made) {
        // The backend uploaded the atlas; its CPU copies (alpha and RGBA, 5 MB at 1080p) are
        // not needed again: a new scale rebuilds the atlas from the font files.
        atlas->ClearTexData();
        font_texture_made = true;
    }
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
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

FrameRequest Backend::Impl::frame(const FrameFn& fn, bool& presented) {
    if (monitors_changed) follow_monitors();
    if (rescale_needed) update_scale();
    if (between_frames) between_frames();  // after the last frame's swap, so this one draws its changes
    begin_frame();
    FrameInfo info;
    info.now_seconds = glfwGetTime();
    glfwGetFramebufferSize(window, &info.width_px, &info.height_px);
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
bool Backend::Impl::render(ImDrawData& data, int width_px, int height_px) {
    if (options.retained_frame && retained.resize(width_px, height_px)) damage.forget();
    if (!options.retained_frame || !retained.available()) {  // draw everything, every frame
        const DrawTarget target{width_px, height_px, false};
        last_damage = Damage::Everything;
        glDisable(GL_SCISSOR_TEST);
        note_shapes.set_target(target);
        background.draw(target, options.background_top, options.background_bottom);
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
        background.draw(target, options.background_top, options.background_bottom);
        ImGui_ImplOpenGL3_RenderDrawData(&data);
    }
    retained.copy_to_back_buffer();
    return true;
}

void Backend::Impl::end_frame(bool log_first) {
    glfwSwapBuffers(window);
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

Backend::Backend(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

std::unique_ptr<Backend> Backend::create(const BackendOptions& options, std::string& error) {
    if (g_impl) {
        error = "only one kiosk window per process";
        return nullptr;
    }
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit()) {
        error = "cannot open the display (is DISPLAY set? try xvfb-run for tests)";
        return nullptr;
    }
    auto impl = std::make_unique<Impl>();
    impl->options = options;
    g_impl = impl.get();
    impl->glfw_ready_ms = impl->since_start_ms();

    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);  // the projector must not minimise on focus loss
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_TRUE);

    GLFWmonitor* monitor = impl->pick_monitor(true);

    // Creating the GL context is the slowest step of start-up (Mesa loads and initialises LLVM),
    // so the font atlas is rasterised meanwhile on another thread, at the size the window will
    // have. No ImGui context exists yet, so the atlas build touches no shared ImGui state.
    std::string why;
    impl->manifest_ok = read_font_manifest(options.font_manifest, impl->manifest, why);
    if (!impl->manifest_ok) log_line("kiosk: " + why + "; using the built-in font");
    const int content_h = impl->fullscreen() ? geometry_of(monitor).height_px : options.windowed_height;
    const float body_px = compute_scale(geometry_of(monitor), content_h, options.user_scale).body_px;
    impl->atlas = std::make_unique<ImFontAtlas>();
    std::thread font_thread([&impl, body_px] {
        const double t0 = impl->since_start_ms();
        impl->fonts = impl->build_fonts(*impl->atlas, body_px);
        impl->fonts_body_px = body_px;
        impl->fonts_ms = impl->since_start_ms() - t0;
    });

    if (impl->fullscreen()) {
        if (!monitor) {
            font_thread.join();
            error = "no monitor found";
            glfwTerminate();
            g_impl = nullptr;
            return nullptr;
        }
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
        impl->window = glfwCreateWindow(mode->width, mode->height, options.title.c_str(), monitor, nullptr);
    } else {
        impl->window = glfwCreateWindow(options.windowed_width, options.windowed_height,
                                        options.title.c_str(), nullptr, nullptr);
        if (impl->window && monitor && !options.monitor.empty()) {
            int mx = 0, my = 0;
            glfwGetMonitorPos(monitor, &mx, &my);
            glfwSetWindowPos(impl->window, mx, my);
        }
    }
    impl->window_ready_ms = impl->since_start_ms();
    font_thread.join();
    for (const auto& n : impl->fonts.notices) log_line(n);
    if (!impl->window) {
        error = "cannot create an OpenGL 3.3 window";
        glfwTerminate();
        g_impl = nullptr;
        return nullptr;
    }
    glfwMakeContextCurrent(impl->window);
    glfwSwapInterval(1);
    glfwFocusWindow(impl->window);  // no window manager (Xvfb, bare X kiosk) means no focus otherwise

    // Keep X from blanking the projector while the kiosk runs (DPMS included).
    impl->x_display = glfwGetX11Display();
    if (impl->x_display) XScreenSaverSuspend(impl->x_display, True);

    IMGUI_CHECKVERSION();
    impl->imgui = ImGui::CreateContext(impl->atlas.get());
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is code, not a file next to the binary
    io.LogFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(impl->window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    impl->install_callbacks();

    impl->update_scale();  // the real framebuffer; rebuilds fonts only if the size differs
    impl->created_ms = impl->since_start_ms();
    return std::unique_ptr<Backend>(new Backend(std::move(impl)));
}

ImGuiContext* Backend::imgui_context() const { return impl_->imgui; }

Backend::~Backend() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    impl_->atlas.reset();  // shared with the context, not owned by it
    if (impl_->x_display) XScreenSaverSuspend(impl_->x_display, False);
    glfwSetMonitorCallback(nullptr);
    impl_->background.release();  // GL objects go before the context
    impl_->note_shapes.release();
    impl_->retained.release();
    glfwDestroyWindow(impl_->window);
    glfwTerminate();
    g_impl = nullptr;
}

void Backend::run(const FrameFn& fn, StopSignals* stop) {
    Impl& s = *impl_;
    if (stop) stop->set_wake([] { glfwPostEmptyEvent(); });
    int frames_left = kFramesAfterInput;
    double deadline = 0.0;
    while (!glfwWindowShouldClose(s.window) && !(stop && stop->requested())) {
        if (frames_left > 0) {
            glfwPollEvents();
        } else {
            const double wait = std::min(deadline - glfwGetTime(), kMaxWaitSeconds);
            if (wait > 0) glfwWaitEventsTimeout(wait);
            else glfwPollEvents();
        }
        if (stop && stop->requested()) break;
        if (s.woken.exchange(false)) s.input_pending = true;  // e.g. actions queued to apply
        if (s.input_pending) {
            s.input_pending = false;
            frames_left = kFramesAfterInput;
        }
        if (frames_left == 0 && glfwGetTime() < deadline) continue;  // an empty wake
        bool presented = false;
        const FrameRequest request = s.frame(fn, presented);
        if (presented) s.end_frame(true);
        if (!s.background_tried) {
            // The backdrop is decoration: compile its shader after the first frame is up.
            s.load_background();
            frames_left = std::max(frames_left, 1);
        }
        if (frames_left > 0) --frames_left;
        deadline = glfwGetTime() + std::max(0.0, request.redraw_after_seconds);
        if (request.quit) break;
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

void Backend::capture(const FrameFn& fn, FrameImage& out, int frames) {
    Impl& s = *impl_;
    s.hide_pointer = true;
    s.load_background();
    for (int i = 0; i < frames; ++i) {
        glfwPollEvents();
        s.present_needed = true;  // the back buffer must hold the image read below
        bool presented = false;
        s.frame(fn, presented);
        if (i + 1 == frames) {
            int w = 0, h = 0;
            glfwGetFramebufferSize(s.window, &w, &h);
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
        s.end_frame(false);
    }
    s.hide_pointer = false;
}

bool Backend::step(const FrameFn& fn) {
    Impl& s = *impl_;
    s.load_background();
    glfwPollEvents();
    bool presented = false;
    s.frame(fn, presented);
    if (presented) s.end_frame(false);
    return presented;
}

Damage Backend::last_damage() const { return impl_->last_damage; }

void Backend::finish() { glFinish(); }

void Backend::set_between_frames(std::function<void()> fn) { impl_->between_frames = std::move(fn); }

void Backend::wake() {
    impl_->woken = true;
    glfwPostEmptyEvent();
}

void Backend::script_pointer(std::optional<ScriptedPointer> pointer) { impl_->scripted = pointer; }

}  // namespace kiosk::platform
