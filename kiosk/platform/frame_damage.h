// Which part of the screen a frame changes. The renderer keeps the last frame it drew (a copy of
// ImGui's draw data) and compares the next one against it: when only some vertices moved or
// changed colour or glyph (a countdown's digits, its bar), only the rectangle around their old and
// new positions needs drawing again; the rest of the retained image stays valid. Pure ImGui data,
// no GL: the comparison is tested headlessly.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <utility>
#include <vector>

namespace kiosk::platform {

/// A rectangle in framebuffer pixels, top-left origin (ImGui's coordinates), max exclusive.
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    long area() const { return empty() ? 0 : long(x1 - x0) * long(y1 - y0); }
};

/// What a new frame changes compared with the last one drawn.
enum class Damage {
    Unchanged,  ///< the same pixels: nothing to draw
    Region,     ///< only `FrameDamage::compare`'s rectangle changed
    Everything  ///< the structure changed (draw calls, indices, textures, callbacks): draw all
};

/// How to compare what a user callback draws between two frames: the callback's payload as an
/// array of equal-sized elements that decide all of its drawing (the note shapes: one NoteQuad a
/// note), and the rectangle one element's drawing can touch.
struct CallbackPayload {
    ImDrawCallback callback = nullptr;
    std::size_t element_size = 0;
    /// The payload of a command of this callback: its first element and how many there are.
    std::pair<const void*, std::size_t> (*elements)(const ImDrawCmd& cmd) = nullptr;
    /// Where drawing `element` can change pixels: x0, y0, x1, y1 in ImGui pixels.
    ImVec4 (*reach)(const void* element) = nullptr;
};

/// A copy of the draw data of the last frame drawn, and the comparison with the next one.
class FrameDamage {
public:
    /// Makes commands of `payload.callback` comparable (see compare()). Without it, any such
    /// command makes every frame Everything. ImDrawCallback_ResetRenderState is always comparable.
    void describe(const CallbackPayload& payload);

    /// Compares `now` with the remembered frame. Returns Everything when there is none yet (or
    /// after forget()), when the number of draw lists or of any list's commands, indices or
    /// vertices differs, when any command's texture, offsets, count or callback differs, or when a
    /// command has a user callback that describe() did not make comparable. Otherwise Region with
    /// `region` = the bounding box, grown by one pixel and clamped to `width_px` x `height_px`, of
    /// the old and new positions of every vertex whose position, uv or colour changed, of the old
    /// and new clip rectangle of every command whose clip moved, and of the old and new reach of
    /// every changed callback element (all of a payload's elements when their number changed);
    /// Unchanged when nothing changed.
    Damage compare(const ImDrawData& now, int width_px, int height_px, PixelRect& region) const;

    /// Remembers `drawn` as the frame now on screen (copies its vertices, indices and commands).
    void remember(const ImDrawData& drawn);

    /// Forgets the remembered frame: the next compare() says Everything (new fonts, new size,
    /// a lost image).
    void forget() { valid_ = false; }

private:
    struct List {
        std::vector<ImDrawVert> vertices;
        std::vector<ImDrawIdx> indices;
        std::vector<ImDrawCmd> commands;
        std::vector<std::vector<unsigned char>> payloads;  // per command: its callback's elements
    };
    const CallbackPayload* payload_of(const ImDrawCmd& cmd) const;
    std::vector<CallbackPayload> payloads_;
    std::vector<List> lists_;
    bool valid_ = false;
};

/// Narrows every command of `data` to `region` (its clip rectangle becomes the intersection), so
/// that rendering it only touches pixels inside `region`. Commands left with nothing to draw get
/// an empty clip rectangle, which the OpenGL3 backend skips.
void clip_draw_data(ImDrawData& data, const PixelRect& region);

/// Turns `data` upside down within a framebuffer `height_px` tall: every vertex y becomes
/// height_px - y and every clip rectangle is mirrored the same way. Rendered with the OpenGL3
/// backend, ImGui's row y then lands on GL row y, so the image is stored top row first (see
/// RetainedFrame for why).
void flip_draw_data(ImDrawData& data, int height_px);

}  // namespace kiosk::platform
