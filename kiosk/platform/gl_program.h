// Building a GLSL program from the project's shader files (shaders/*.vert, *.frag), shared by the
// backdrop and the sticky-note shapes. Needs a current GL 3.3 context.
#pragma once

#include <string>

namespace kiosk::platform {

/// Compiles `vert_path` and `frag_path` and links them. Returns the program name, or 0 with
/// `error` holding the file and the driver's log (a missing file, a compile or link error).
unsigned build_gl_program(const std::string& vert_path, const std::string& frag_path, std::string& error);

}  // namespace kiosk::platform
