// The windows and their frame loop: GLFW windows on chosen monitors, OpenGL 3.3 core, ImGui's
// GLFW/OpenGL3 backends, fonts at each monitor's scale, a shader backdrop, and an event-driven
// loop that sleeps while nothing changes. Knows nothing of the model: each frame it calls a
// FrameFn that builds the ImGui frame and says when it next needs a redraw.
//
// More than one window (issue 10; a projector next to the table): create() opens the first
// window, open_window() more. Every window has its own ImGui context (with its own GLFW/OpenGL3
// backend data, which ImGui 1.86 keeps per context in io.Backend*UserData), its own font atlas
// (each window rasterises at its own monitor's scale; a shared atlas would force one size on a
// 65" table and a projector alike), its own retained frame, backdrop and note-shape objects (GL
// vertex array objects and framebuffers are not shared between contexts), its own FrameFn and
// redraw deadline. The GL contexts of later windows share objects with the first
// (glfwCreateWindow's share argument). Between calls the first window's GL and ImGui contexts
// are current.
//
// Where callbacks without a user pointer find their window: GLFW's window callbacks get the
// window (glfwSetWindowUserPointer holds its Window); GLFW's monitor callback and the note-shape
// ImDrawCallback look at the window whose GL context is current (glfwGetCurrentContext, see
// current_window.h). The only process-wide state is GLFW's own: one Backend per process, since
// glfwInit/glfwTerminate are process-wide.
#pragma once

#include "platform/background.h"
#include "platform/frame_damage.h"
#include "platform/fonts.h"
#include "platform/note_shapes_gl.h"
#include "platform/projector_placement.h"
#include "platform/scale.h"

#include <chrono>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct ImGuiContext;

namespace kiosk::platform {

class StopSignals;

struct BackendOptions {
    std::string monitor;                     ///< --monitor: "" primary, "2", or a name substring
    int windowed_width = 0;                  ///< > 0 with windowed_height: a window, not fullscreen
    int windowed_height = 0;
    float user_scale = 1.0f;                 ///< --scale factor on the automatic size
    std::string font_manifest;               ///< path of fonts/manifest.toml
    std::string shader_dir;                  ///< directory holding background.* and note.*
    std::string title = "Workshop Kiosk";
    /// Keep the last frame in an offscreen image and redraw only what changes (retained_frame.h);
    /// false draws every frame whole into the back buffer (the pixel tests compare both paths).
    bool retained_frame = true;
    Rgb background_top{0.96f, 0.95f, 0.92f};
    Rgb background_bottom{0.90f, 0.88f, 0.84f};
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

/// What a frame function sees. Valid only during the call.
struct FrameInfo {
    double now_seconds = 0;          ///< monotonic seconds (glfwGetTime)
    int width_px = 0, height_px = 0; ///< framebuffer size
    ScreenScale scale;
    const LoadedFonts* fonts = nullptr; ///< never null during a frame
    bool scale_changed = false;      ///< first frame, or scale/fonts changed: re-read both
    /// Draws sticky-note shapes with shaders/note.* (see ui/note_shapes.h); nullptr until the
    /// program is built or when it failed, and the UI then draws its fallback.
    ImDrawCallback note_shapes = nullptr;
};

/// The frame function's answer. The loop sleeps until input arrives or `redraw_after_seconds`
/// have passed (infinity: only input wakes it). A visible countdown asks for the time left to the
/// next second boundary, so the display changes every second and the loop sleeps in between.
struct FrameRequest {
    static constexpr double kNever = std::numeric_limits<double>::infinity();
    double redraw_after_seconds = kNever;
    bool quit = false;
};

using FrameFn = std::function<FrameRequest(const FrameInfo&)>;

/// A window opened next to the first one (open_window()).
struct WindowOptions {
    std::string title = "Workshop Kiosk";
    std::string monitor;       ///< as BackendOptions::monitor: "" primary, "2", or a name substring
    int windowed_width = 0;    ///< > 0 with windowed_height: a window, not fullscreen on `monitor`
    int windowed_height = 0;
    /// false: the window's ImGui context never sees the pointer, buttons, wheel, keys or typed
    /// characters (neither GLFW's nor a scripted pointer); e.g. a projector nobody touches.
    bool takes_input = true;
};

/// The projector window as the app wants it drawn (Backend::set_projector).
struct ProjectorWindow {
    std::string title = "Workshop Kiosk";
    FrameFn frame;  ///< draws the projector; it takes no input
    /// Called right after the window opens, with its ImGui context current, e.g. to bind the
    /// window's UI state to `imgui` (ui::bind_window_state). May be empty.
    std::function<void(ImGuiContext* imgui)> opened;
    /// Called right before the window closes (unplugged, not wanted, its frame asked to quit, the
    /// Backend's end), e.g. to unbind that state. May be empty.
    std::function<void(ImGuiContext* imgui)> closing;
};

/// A window of a Backend: opaque, owned by the Backend, valid until close_window() or the
/// Backend's end.
class Window;

/// A pointer scripted by a pixel test or benchmark in place of the window's: where the finger is
/// (framebuffer pixels, top-left origin) and whether it is down.
struct ScriptedPointer {
    float x = 0, y = 0;
    bool down = false;
};

/// A frame read back from the window: RGB, 3 bytes a pixel, top row first.
struct FrameImage {
    int width = 0, height = 0;
    std::vector<unsigned char> rgb;
    /// The pixel at (x, y), top-left origin; {0,0,0} outside the image.
    struct Rgb8 { unsigned char r, g, b; };
    Rgb8 at(int x, int y) const {
        if (x < 0 || y < 0 || x >= width || y >= height) return {0, 0, 0};
        const unsigned char* p = &rgb[(size_t(y) * size_t(width) + size_t(x)) * 3];
        return {p[0], p[1], p[2]};
    }
};

class Backend {
public:
    /// Opens the window, GL context, ImGui context and fonts. Returns nullptr with `error` set when
    /// GLFW or the GL context fails. Missing fonts or shaders are notices (logged), not errors.
    static std::unique_ptr<Backend> create(const BackendOptions& options, std::string& error);
    ~Backend();
    Backend(const Backend&) = delete;
    Backend& operator=(const Backend&) = delete;

    /// Runs frames until a frame of the first window asks to quit, the first window is closed,
    /// or `stop` reports a signal. `frame` draws the first window; each window opened with
    /// open_window() is drawn by its own FrameFn when its input or deadline makes it due, and
    /// closed (the loop goes on) when its frame asks to quit or its window is closed. The loop
    /// sleeps until the soonest deadline of any window or an event. Logs "kiosk: first frame
    /// after N ms (...)" once, with the start-up phases in brackets.
    void run(const FrameFn& frame, StopSignals* stop);

    /// Opens another window as `options` say, drawn by `frame`, its GL context sharing objects
    /// with the first window's, swap interval 0 (only the first window waits for vsync, or both
    /// would run at half rate). Returns nullptr with `error` set when GLFW cannot make the
    /// window or no monitor exists for a fullscreen one.
    Window* open_window(const WindowOptions& options, FrameFn frame, std::string& error);

    /// Closes a window opened with open_window(): its ImGui context, GL objects and GLFW window
    /// go; the other windows go on. Returns false (and does nothing) for nullptr or a window that
    /// is not one of this Backend's later windows; the first window ends only with the Backend.
    bool close_window(Window* window);

    /// Wants the projector `spec` (projector_placement.h: none, a monitor N|NAME, or a window of
    /// WxH) drawn as `window` says. From then on the Backend opens, moves and closes that window
    /// itself, as ProjectorPlacement decides over the monitors GLFW reports (its monitor callback,
    /// and a look every kMonitorPollSeconds while a monitor is wanted, since GLFW 3.3 reports no
    /// change of resolution): plugged in after start, unplugged, replugged, another resolution,
    /// within 3 s, never on the table's monitor. A new spec is acted on before this returns, or,
    /// called from a FrameFn or the between-frames hook, before the loop's next round. The
    /// window takes no input, does not wait for vsync, takes neither the focus nor the pointer;
    /// the first window's GL and ImGui contexts are current again after every step. Logs one line
    /// a change: "kiosk: projector on NAME WxH", "kiosk: projector in a window WxH",
    /// "kiosk: projector closed (REASON)", "kiosk: projector not opened (ERROR)". The hooks of
    /// `window` must stay callable while this Backend exists.
    void set_projector(const ProjectorSpec& spec, ProjectorWindow window);

    /// The monitors GLFW reports now, in its order (primary first, as --monitor N and
    /// --projector N count them), each with its name, position and size; the one the table
    /// window is on has `table` set. Empty when GLFW reports none.
    std::vector<MonitorInfo> monitors() const;

    /// The projector window while it is open, else nullptr.
    Window* projector() const;

    /// Draws `window` (one of this Backend's, or nullptr: nothing) in the loop's next round even
    /// though neither input nor its deadline makes it due, e.g. the projector after the table's
    /// session changed. Call on the loop's thread (from a FrameFn or the between-frames hook).
    void redraw_soon(Window* window);

    /// While a monitor is wanted for the projector, how often the monitor list is looked at for
    /// changes GLFW does not report (resolution), in seconds. With the 0.5 s settle time a
    /// change is followed within 2.5 s, inside the 3 s.
    static constexpr double kMonitorPollSeconds = 2.0;

    /// How many windows are open, the first one included.
    int window_count() const;

    /// A window's ImGui context, for binding the UI's per-window state to it.
    ImGuiContext* imgui_context(const Window* window) const;

    /// As capture() below, for a window opened with open_window(), drawn by its own FrameFn.
    void capture(Window* window, FrameImage& out, int frames = 1);

    /// As script_pointer() below, for a window opened with open_window(). A window that takes
    /// no input ignores it.
    void script_pointer(Window* window, std::optional<ScriptedPointer> pointer);

    /// The window's ImGui context (created by create(), destroyed with the Backend), for binding
    /// the UI's per-window state to it (ui::bind_window_state).
    ImGuiContext* imgui_context() const;

    /// Renders `frames` frames (layout settles over a few) with no pointer on screen and writes
    /// the last one as an RGB PNG of the framebuffer size to `png_path`. Returns false with
    /// `error` when writing fails.
    bool screenshot(const FrameFn& frame, const std::string& png_path, std::string& error,
                    int frames = 4);

    /// Renders `frames` frames exactly as the live loop does (only what changed is drawn into the
    /// retained image) and reads the last one back from the window into `out`. The pointer is
    /// hidden unless script_pointer() set one. For pixel tests.
    void capture(const FrameFn& frame, FrameImage& out, int frames = 1);

    /// Runs one frame as the live loop does: events, build, draw what changed, swap when
    /// something was presented. Returns whether it presented. For benchmarks.
    bool step(const FrameFn& frame);

    /// What the last frame drew into the retained image: nothing, a damaged rectangle, or all of
    /// it (always Everything without a retained image). For pixel tests of both redraw paths.
    Damage last_damage() const;

    /// Waits until the GL driver has finished every frame drawn so far (glFinish).
    void finish();

    /// Sets what runs between two frames: after one frame's Render and swap, before the next
    /// NewFrame (in run(), step() and capture()), on the thread that runs the frames. The app
    /// applies queued actions there (core/action_queue.h), so no frame sees the model change
    /// under it and the frame right after shows what was applied. With more than one window,
    /// run() calls it once before each round of the windows that are due, so every window of
    /// that round draws the same model. Empty: nothing runs.
    void set_between_frames(std::function<void()> fn);

    /// Wakes run() from its wait and makes it draw frames of every window (with the usual settle
    /// frames) even when no input came and no redraw is due. Thread-safe: callable from any thread while
    /// this Backend exists (glfwPostEmptyEvent).
    void wake();

    /// Replaces the first window's pointer by `pointer` for the following frames; std::nullopt
    /// gives the window's pointer back.
    void script_pointer(std::optional<ScriptedPointer> pointer);

    struct Impl;

private:
    explicit Backend(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk::platform
