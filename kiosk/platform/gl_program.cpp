#include "platform/gl_program.h"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>

#include <fstream>
#include <sstream>

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

unsigned build_gl_program(const std::string& vert_path, const std::string& frag_path, std::string& error) {
    GLuint vs = compile(GL_VERTEX_SHADER, vert_path, error);
    if (!vs) return 0;
    GLuint fs = compile(GL_FRAGMENT_SHADER, frag_path, error);
    if (!fs) {
        glDeleteShader(vs);
        return 0;
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
        error = vert_path + " + " + frag_path + ": link failed: " + log;
        glDeleteProgram(prog);
        return 0;
    }
    return prog;
}

}  // namespace kiosk::platform
