#include "platform/note_shapes_gl.h"

#include "platform/gl_program.h"
#include "ui/note_shapes.h"  // the NoteQuad layout only (plain data)

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>

#include <cstddef>
#include <vector>

namespace kiosk::platform {
namespace {
const NoteShapes* g_live = nullptr;
unsigned g_program = 0, g_vao = 0, g_vbo = 0;
int g_u_display = -1;
}  // namespace

NoteShapes::~NoteShapes() { release(); }

bool NoteShapes::load(const std::string& shader_dir, std::string& error) {
    program_ = build_gl_program(shader_dir + "/note.vert", shader_dir + "/note.frag", error);
    if (!program_) return false;
    u_display_ = glGetUniformLocation(program_, "u_display");
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
    g_live = this;
    g_program = program_;
    g_vao = vao_;
    g_vbo = vbo_;
    g_u_display = u_display_;
    return true;
}

ImDrawCallback NoteShapes::callback() const { return program_ ? &NoteShapes::draw_batch : nullptr; }

void NoteShapes::release() {
    if (program_) glDeleteProgram(program_);
    if (vbo_) glDeleteBuffers(1, &vbo_);
    if (vao_) glDeleteVertexArrays(1, &vao_);
    program_ = vao_ = vbo_ = 0;
    if (g_live == this) {
        g_live = nullptr;
        g_program = g_vao = g_vbo = 0;
    }
}

void NoteShapes::draw_batch(const ImDrawList*, const ImDrawCmd* cmd) {
    const auto* batch = static_cast<const std::vector<ui::NoteQuad>*>(cmd->UserCallbackData);
    const ImDrawData* dd = ImGui::GetDrawData();
    if (!g_program || !batch || batch->empty() || !dd) return;
    // ImGui's renderer sets the scissor per draw command after its own callbacks, so clip here.
    const ImVec2 off = dd->DisplayPos, scale = dd->FramebufferScale;
    const float fb_h = dd->DisplaySize.y * scale.y;
    const float x0 = (cmd->ClipRect.x - off.x) * scale.x, y0 = (cmd->ClipRect.y - off.y) * scale.y;
    const float x1 = (cmd->ClipRect.z - off.x) * scale.x, y1 = (cmd->ClipRect.w - off.y) * scale.y;
    if (x1 <= x0 || y1 <= y0) return;
    glEnable(GL_SCISSOR_TEST);
    glScissor(GLint(x0), GLint(fb_h - y1), GLsizei(x1 - x0), GLsizei(y1 - y0));
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glUseProgram(g_program);
    glUniform4f(g_u_display, off.x, off.y, dd->DisplaySize.x, dd->DisplaySize.y);
    glBindVertexArray(g_vao);
    glBindBuffer(GL_ARRAY_BUFFER, g_vbo);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(batch->size() * sizeof(ui::NoteQuad)), batch->data(), GL_STREAM_DRAW);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(batch->size()));
    // ImDrawCallback_ResetRenderState follows in the list: the backend restores its own state.
}

}  // namespace kiosk::platform
