// The Backend's inner state, shared by the files that implement it (backend.cpp, window.cpp,
// window_frame.cpp, glfw_events.cpp, monitors.cpp, frame_loop.cpp): one Window per GLFW window and
// the Backend::Impl that owns them. Not a public header: only kiosk/platform includes it.
#pragma once

#include "platform/backend.h"
#include "platform/key_latch.h"
#include "platform/pointer_parking.h"
#include "platform/retained_frame.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <X11/Xlib.h>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct ImFontAtlas;

namespace kiosk::platform {

/// Writes `line` and a newline to stderr (the kiosk's log).
void log_line(const std::string& line);

/// GLFW's name of `m`, or "?" for nullptr or a monitor without one.
std::string monitor_name(GLFWmonitor* m);

/// Size of `monitor`'s current video mode in pixels and its physical size in mm; zeros for nullptr.
MonitorGeometry geometry_of(GLFWmonitor* monitor);

/// The monitor `spec` names (BackendOptions::monitor), else the primary; nullptr without any.
/// `announce`: log a line when `spec` names no monitor.
GLFWmonitor* pick_monitor(const std::string& spec, bool announce);

// After input, render the input frame plus two settle frames: ImGui needs one frame to see a
// latched press and another for the release, and our pointer parking needs one more.
constexpr int kFramesAfterInput = 3;

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
    KeyLatch keys;  // key presses and typed text, handed to ImGui a frame's share at a time
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

/// GLFW's monitors as ProjectorPlacement sees them, in GLFW's order; `table` marks the monitor
/// the window `table` is on (fullscreen: its monitor; windowed: the one holding its centre).
std::vector<MonitorInfo> monitor_list(GLFWwindow* table);

/// The projector window the app asked for with set_projector(), and where it stands.
struct ProjectorSlot {
    bool wanted = false;  // set_projector() was called
    ProjectorPlacement placement{ProjectorSpec{}};
    ProjectorWindow window;    // its title, FrameFn and hooks
    Window* open = nullptr;    // the window while it is open
    ProjectorState state;
    bool monitors_changed = false;  // GLFW's monitor callback came since the last decision
    double decide_at = std::numeric_limits<double>::infinity();  // glfwGetTime() of the next decision
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
    ProjectorSlot projector;
    // Frames are being drawn (the between-frames hook or a FrameFn runs): a window opened or
    // closed now would change the list of windows under the loop, so set_projector() waits for
    // the loop's next round.
    bool drawing = false;
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
    bool draw_round(const std::vector<Window*>& due, const FrameFn& fn, std::vector<Window*>& finished);
    bool is_later_window(const Window* w) const;
    void close(Window* w);
    /// Opens a later window (Backend::open_window); nullptr with `error` set when it cannot.
    Window* open(const WindowOptions& options, FrameFn frame, std::string& error);
    /// Decides and does what the projector needs, when its monitors changed or a decision is due
    /// at `now_seconds` (glfwGetTime); otherwise nothing. Leaves the first window current.
    void follow_projector(double now_seconds);
    void apply(const ProjectorStep& step);
    void open_projector(const ProjectorStep& step);
    void move_projector(const ProjectorStep& step);
};

/// Marks `impl` as drawing frames until the scope ends.
class DrawingScope {
public:
    explicit DrawingScope(Backend::Impl& impl) : impl_(impl), previous_(impl.drawing) { impl.drawing = true; }
    ~DrawingScope() { impl_.drawing = previous_; }
    DrawingScope(const DrawingScope&) = delete;
    DrawingScope& operator=(const DrawingScope&) = delete;

private:
    Backend::Impl& impl_;
    bool previous_;
};

/// The Window a GLFW window belongs to (its user pointer, set by create_glfw_window()).
inline Window* window_of(GLFWwindow* w) { return static_cast<Window*>(glfwGetWindowUserPointer(w)); }

}  // namespace kiosk::platform
