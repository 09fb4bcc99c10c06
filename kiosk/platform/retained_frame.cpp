#include "platform/retained_frame.h"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>

namespace kiosk::platform {

RetainedFrame::~RetainedFrame() { release(); }

void RetainedFrame::release() {
    if (fbo_) glDeleteFramebuffers(1, &fbo_);
    if (colour_) glDeleteTextures(1, &colour_);
    fbo_ = colour_ = 0;
    width_ = height_ = 0;
}

bool RetainedFrame::resize(int width_px, int height_px) {
    if (failed_ || width_px <= 0 || height_px <= 0) return false;
    if (fbo_ && width_px == width_ && height_px == height_) return false;
    release();
    // An unsized GL_RGBA with BGRA bytes lets Mesa pick the byte order of X11 window buffers
    // (B8G8R8A8), so llvmpipe copies the image with memcpy instead of drawing it through a shader.
    glGenTextures(1, &colour_);
    glBindTexture(GL_TEXTURE_2D, colour_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width_px, height_px, 0, GL_BGRA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glBindTexture(GL_TEXTURE_2D, 0);
    glGenFramebuffers(1, &fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour_, 0);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!complete) {
        release();
        failed_ = true;
        return false;
    }
    width_ = width_px;
    height_ = height_px;
    return true;
}

void RetainedFrame::bind_for_drawing() const { glBindFramebuffer(GL_FRAMEBUFFER, fbo_); }

void RetainedFrame::copy_to_back_buffer() const {
    glDisable(GL_SCISSOR_TEST);  // a blit honours the scissor box
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glBlitFramebuffer(0, height_, width_, 0, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace kiosk::platform
