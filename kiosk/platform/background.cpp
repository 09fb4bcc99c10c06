#include "platform/background.h"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>

#include <fstream>
#include <sstream>
#include <utility>

namespace kiosk::platform {
namespace {

bool read_text(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

GLuint compile(GLenum type, const std::string& path, std::string& error) {
    std::string src;
    if (!read_text(path, src)) {
        error = "cannot read shader " + path;
        return 0;
    }
    GLuint shader = glCreateShader(type);
    const char* text = src.c_str();
    glShaderSource(shader, 1, &text, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok) return shader;
    char log[1024] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    error = path + ": " + log;
    glDeleteShader(shader);
    return 0;
}

}  // namespace

Background::~Background() { release(); }

void Background::release() {
    if (program_) glDeleteProgram(program_);
    if (vao_) glDeleteVertexArrays(1, &vao_);
    program_ = 0;
    vao_ = 0;
}

bool Background::load(const std::string& shader_dir, std::string& error) {
    GLuint vs = compile(GL_VERTEX_SHADER, shader_dir + "/background.vert", error);
    if (!vs) return false;
    GLuint fs = compile(GL_FRAGMENT_SHADER, shader_dir + "/background.frag", error);
    if (!fs) {
        glDeleteShader(vs);
        return false;
    }
    GLuint prog = glCreateProgram();
    glAttachShader(prog, vs);
    glAttachShader(prog, fs);
    glLinkProgram(prog);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = GL_FALSE;
    glGetProgramiv(prog, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[1024] = {};
        glGetProgramInfoLog(prog, sizeof log, nullptr, log);
        error = shader_dir + "/background.*: link failed: " + log;
        glDeleteProgram(prog);
        return false;
    }
    program_ = prog;
    u_top_ = glGetUniformLocation(prog, "u_top");
    u_bottom_ = glGetUniformLocation(prog, "u_bottom");
    u_resolution_ = glGetUniformLocation(prog, "u_resolution");
    glGenVertexArrays(1, &vao_);  // a core profile draws nothing without a bound VAO
    return true;
}

void Background::draw(int width_px, int height_px, Rgb top, Rgb bottom, bool top_row_first) {
    glViewport(0, 0, width_px, height_px);
    glClearColor(bottom.r, bottom.g, bottom.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!program_) return;
    glDisable(GL_BLEND);  // the scissor test stays as the caller set it: a partial redraw uses it
    glUseProgram(program_);
    if (top_row_first) std::swap(top, bottom);  // the shader puts u_top at the last GL row
    glUniform3f(u_top_, top.r, top.g, top.b);
    glUniform3f(u_bottom_, bottom.r, bottom.g, bottom.b);
    glUniform2f(u_resolution_, float(width_px), float(height_px));
    glBindVertexArray(vao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glUseProgram(0);
}

}  // namespace kiosk::platform
