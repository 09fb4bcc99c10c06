// The last frame drawn, kept in an offscreen framebuffer of the window's size. A frame that
// changes only part of the screen (a countdown tick) is drawn into it inside that rectangle, and
// the whole image is then copied to the window's back buffer and swapped. The copy is needed
// because after a swap the back buffer's content is undefined on most drivers; a copy is cheap
// (one blit) where drawing the frame again is not (software GL fills every pixel anew).
//
// The image is stored top row first (draw it with flip_draw_data), the way window buffers are
// stored; GL numbers rows from the bottom, so the copy flips it back. Mesa's llvmpipe then copies
// rows with memcpy (0.8 ms at 1080p) instead of drawing a textured quad (11 ms); on a GPU either
// costs nothing.
#pragma once

namespace kiosk::platform {

class RetainedFrame {
public:
    RetainedFrame() = default;
    ~RetainedFrame();
    RetainedFrame(const RetainedFrame&) = delete;
    RetainedFrame& operator=(const RetainedFrame&) = delete;

    /// Makes the offscreen image `width_px` x `height_px` (RGBA, 8 bits a channel). Needs a
    /// current GL 3.3 context. Returns true when the image is new (its content is undefined: draw
    /// all of it). When the driver cannot make it, available() turns false and stays false.
    bool resize(int width_px, int height_px);

    /// Whether the offscreen image exists; false means: draw straight into the back buffer.
    bool available() const { return fbo_ != 0; }

    /// Makes the offscreen image the target of the following draw calls.
    void bind_for_drawing() const;

    /// Copies the whole offscreen image, stored top row first, upright to the window's back
    /// buffer (scissor test off) and leaves the window's framebuffer bound.
    void copy_to_back_buffer() const;

    /// Deletes the GL objects; call while the context is still current.
    void release();

private:
    unsigned fbo_ = 0;
    unsigned colour_ = 0;  // texture
    int width_ = 0, height_ = 0;
    bool failed_ = false;
};

}  // namespace kiosk::platform
