#include "platform/note_shapes_gl.h"

#include "platform/current_window.h"
#include "platform/gl_program.h"
#include "ui/note_shapes.h"  // the NoteQuad layout only (plain data)

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>

#include <cstddef>
#include <vector>

namespace kiosk::platform {

NoteShapes::~NoteShapes() { release(); }

bool NoteShapes::load(const std::string& shader_dir, std::string& error) {
    program_ = build_gl_program(shader_dir + "/note.vert", shader_dir + "/note.frag", error);
    if (!program_) return false;
    u_display_ = glGetUniformLocation(program_, "u_display");
    u_top_row_first_ = glGetUniformLocation(program_, "u_top_row_first");
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    const GLsizei stride = sizeof(ui::NoteQuad);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ui::NoteQuad, x0)));
    glVertexAttribDivisor(0, 1);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ui::NoteQuad, r)));
    glVertexAttribDivisor(1, 1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ui::NoteQuad, radius_px)));
    glVertexAttribDivisor(2, 1);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return true;
}

CallbackPayload NoteShapes::payload() {
    CallbackPayload p;
    p.callback = &NoteShapes::draw_batch;
    p.element_size = sizeof(ui::NoteQuad);
    p.elements = [](const ImDrawCmd& cmd) -> std::pair<const void*, std::size_t> {
        const auto* batch = static_cast<const std::vector<ui::NoteQuad>*>(cmd.UserCallbackData);
        if (!batch) return {nullptr, 0};
        return {batch->data(), batch->size()};
    };
    p.reach = [](const void* element) {
        const auto& q = *static_cast<const ui::NoteQuad*>(element);
        const float reach = q.shadow_px * 2.5f;  // as in shaders/note.vert
        return ImVec4(q.x0 - reach * 0.5f, q.y0 - reach * 0.3f, q.x1 + reach, q.y1 + reach * 1.6f);
    };
    return p;
}

ImDrawCallback NoteShapes::callback() const { return program_ ? &NoteShapes::draw_batch : nullptr; }

void NoteShapes::set_target(const DrawTarget& target) { target_ = target; }

void NoteShapes::release() {
    if (program_) glDeleteProgram(program_);
    if (vbo_) glDeleteBuffers(1, &vbo_);
    if (vao_) glDeleteVertexArrays(1, &vao_);
    program_ = vao_ = vbo_ = 0;
}

void NoteShapes::draw_batch(const ImDrawList*, const ImDrawCmd* cmd) {
    if (const NoteShapes* shapes = current_note_shapes()) shapes->draw(*cmd);
}

void NoteShapes::draw(const ImDrawCmd& command) const {
    const ImDrawCmd* cmd = &command;
    const auto* batch = static_cast<const std::vector<ui::NoteQuad>*>(cmd->UserCallbackData);
    const ImDrawData* dd = ImGui::GetDrawData();
    if (!program_ || !batch || batch->empty() || !dd) return;
    // ImGui's renderer sets the scissor per draw command after its own callbacks, so clip here,
    // by the backend's own rule (the clip rectangle is already mirrored for the retained image).
    const ImVec2 off = dd->DisplayPos;
    const int fb_h = int(dd->DisplaySize.y * dd->FramebufferScale.y);
    const DrawTarget::Box box = DrawTarget::scissor(cmd->ClipRect, off, dd->FramebufferScale, fb_h);
    if (box.width <= 0 || box.height <= 0) return;
    glEnable(GL_SCISSOR_TEST);
    glScissor(box.x, box.y, box.width, box.height);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glUseProgram(program_);
    glUniform4f(u_display_, off.x, off.y, dd->DisplaySize.x, dd->DisplaySize.y);
    glUniform1f(u_top_row_first_, target_.top_row_first ? 1.0f : 0.0f);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(batch->size() * sizeof(ui::NoteQuad)), batch->data(), GL_STREAM_DRAW);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(batch->size()));
    // ImDrawCallback_ResetRenderState follows in the list: the backend restores its own state.
}

}  // namespace kiosk::platform
