// A Window's life: its GLFW window and GL context, ImGui context and backends, fonts at its
// monitor's scale, shaders, and their release.
#include "platform/backend_impl.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace kiosk::platform {

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
    // The backend's clipboard calls glfwGetClipboardString, which waits with no timeout for the
    // X selection owner (issue 14: an owner that never answers froze the kiosk). The kiosk's text
    // fields paste through ui::PasteSource (platform/clipboard.h, off this thread); an ImGui
    // widget of its own gets an empty clipboard rather than a wait.
    io.GetClipboardTextFn = [](void*) -> const char* { return ""; };
    install_callbacks();
    owner->install_monitor_callback();  // ImGui's init put its own in place of ours
    update_scale();  // the real framebuffer; rebuilds fonts only if the size differs
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

}  // namespace kiosk::platform
