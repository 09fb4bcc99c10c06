// The one coordinate convention for everything drawn into a GL framebuffer. ImGui counts pixel
// rows down from the display's top; GL counts framebuffer rows up from the bottom. Where ImGui's
// row y lands depends on the target:
//   - the window's back buffer (no retained image): GL row height - y, the usual way up;
//   - the retained image (RetainedFrame), stored top row first: GL row y, so that its copy to the
//     window is a row-for-row memcpy under Mesa (see retained_frame.h).
// ImGui's own vertices are mirrored for the retained image by flip_draw_data (frame_damage.h).
// Every other path that draws into the same framebuffer — shader callbacks such as the note
// shapes, the backdrop, a later projector window — must map its ImGui-space coordinates through
// the same DrawTarget, or its pixels land mirrored away from ImGui's (issue 9: cards drawn away
// from their text).
#pragma once

#include <imgui.h>

namespace kiosk::platform {

struct DrawTarget {
    int width_px = 0, height_px = 0;  ///< framebuffer size
    bool top_row_first = false;       ///< true: the retained image; false: the window's back buffer

    /// Normalised device y (-1 bottom .. +1 top) of ImGui's y in a display whose top is
    /// `display_top` and whose height is `display_height` (ImGui pixels; DisplayPos.y, DisplaySize.y).
    float ndc_y(float y, float display_top, float display_height) const {
        const float down = (y - display_top) / display_height * 2.0f - 1.0f;  // -1 top .. +1 bottom
        return top_row_first ? down : -down;
    }

    /// The GL scissor box (x, y from the bottom, width, height in framebuffer pixels) for an ImGui
    /// clip rectangle as it stands in the draw data being rendered. flip_draw_data has already
    /// mirrored clip rectangles for the retained image, so this is the OpenGL3 backend's own rule
    /// for both targets: the backend and every callback scissor alike.
    struct Box { int x, y, width, height; };
    static Box scissor(const ImVec4& clip, ImVec2 display_pos, ImVec2 fb_scale, int fb_height) {
        const float x0 = (clip.x - display_pos.x) * fb_scale.x, y0 = (clip.y - display_pos.y) * fb_scale.y;
        const float x1 = (clip.z - display_pos.x) * fb_scale.x, y1 = (clip.w - display_pos.y) * fb_scale.y;
        return Box{int(x0), int(float(fb_height) - y1), int(x1 - x0), int(y1 - y0)};
    }
};

}  // namespace kiosk::platform
