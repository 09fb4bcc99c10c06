#include "platform/background.h"

#include "platform/gl_program.h"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>

namespace kiosk::platform {

Background::~Background() { release(); }

void Background::release() {
    if (program_) glDeleteProgram(program_);
    if (vao_) glDeleteVertexArrays(1, &vao_);
    program_ = 0;
    vao_ = 0;
}

bool Background::load(const std::string& shader_dir, std::string& error) {
    const GLuint prog =
        build_gl_program(shader_dir + "/background.vert", shader_dir + "/background.frag", error);
    if (!prog) return false;
    program_ = prog;
    u_top_ = glGetUniformLocation(prog, "u_top");
    u_bottom_ = glGetUniformLocation(prog, "u_bottom");
    u_resolution_ = glGetUniformLocation(prog, "u_resolution");
    glGenVertexArrays(1, &vao_);  // a core profile draws nothing without a bound VAO
    return true;
}

void Background::draw(const DrawTarget& target, Rgb top, Rgb bottom) {
    glViewport(0, 0, target.width_px, target.height_px);
    glClearColor(bottom.r, bottom.g, bottom.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!program_) return;
    glDisable(GL_BLEND);  // the scissor test stays as the caller set it: a partial redraw uses it
    glUseProgram(program_);
    if (target.top_row_first) std::swap(top, bottom);  // the shader puts u_top at the last GL row
    glUniform3f(u_top_, top.r, top.g, top.b);
    glUniform3f(u_bottom_, bottom.r, bottom.g, bottom.b);
    glUniform2f(u_resolution_, float(target.width_px), float(target.height_px));
    glBindVertexArray(vao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glUseProgram(0);
}

}  // namespace kiosk::platform
