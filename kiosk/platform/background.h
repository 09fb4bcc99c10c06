// The backdrop drawn before ImGui: a GLSL program read from shaders/background.{vert,frag} at
// start-up. When the files are missing or do not compile, load() says why and draw() clears to
// the bottom colour instead, so the kiosk always starts.
#pragma once

#include "platform/draw_target.h"

#include <string>

namespace kiosk::platform {

struct Rgb { float r = 0, g = 0, b = 0; };  ///< linear 0..1

class Background {
public:
    Background() = default;
    ~Background();
    Background(const Background&) = delete;
    Background& operator=(const Background&) = delete;

    /// Compiles and links the program from `shader_dir`. Needs a current GL 3.3 context.
    /// Returns false with `error` holding the file and the driver's log; draw() then falls back.
    bool load(const std::string& shader_dir, std::string& error);

    /// Fills `target` with the gradient from `top` (the display's top edge) to `bottom`; only
    /// inside the scissor box when the caller has enabled the scissor test.
    void draw(const DrawTarget& target, Rgb top, Rgb bottom);

    /// Deletes the GL objects; call while the context is still current. draw() then only clears.
    void release();

private:
    unsigned program_ = 0;
    unsigned vao_ = 0;
    int u_top_ = -1, u_bottom_ = -1, u_resolution_ = -1;
};

}  // namespace kiosk::platform
