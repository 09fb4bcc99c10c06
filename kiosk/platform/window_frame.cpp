// Drawing one frame of a Window: input into ImGui, the FrameFn, and rendering only what changed
// into the retained image; reading a frame back for tests.
#include "platform/backend_impl.h"

#include "platform/frame_damage.h"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>

namespace kiosk::platform {

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
    if (keys.deliver(io)) input_pending = true;  // more keys queued: the loop draws another frame
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
    const DrawingScope drawing(*owner);
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

}  // namespace kiosk::platform
