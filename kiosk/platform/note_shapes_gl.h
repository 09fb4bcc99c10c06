// The GL half of the sticky-note shapes (see ui/note_shapes.h): a program from
// shaders/note.{vert,frag} that draws each note of a batch as one instanced quad, called from the
// ImDrawList callback the board emits. Knows the quad layout, nothing of notes or sessions.
// One NoteShapes per window: a vertex array object belongs to one GL context, so each window
// builds its own, and the callback draws with those of the window being drawn (current_window.h).
#pragma once

#include "platform/draw_target.h"
#include "platform/frame_damage.h"

#include <imgui.h>

#include <string>

namespace kiosk::platform {

class NoteShapes {
public:
    NoteShapes() = default;
    ~NoteShapes();
    NoteShapes(const NoteShapes&) = delete;
    NoteShapes& operator=(const NoteShapes&) = delete;

    /// Builds the program from `shader_dir`. Needs a current GL 3.3 context. Returns false with
    /// `error` set when the files are missing or do not compile; callback() then stays nullptr and
    /// the board draws its fallback.
    bool load(const std::string& shader_dir, std::string& error);

    /// The ImDrawCallback to hand to the UI, or nullptr until load() succeeded. The callback
    /// draws with the NoteShapes of the window whose GL context is current (current_window.h).
    ImDrawCallback callback() const;

    /// How FrameDamage compares a note batch between frames (only the notes that changed are
    /// drawn again), with each card's reach grown by its shadow as the vertex shader grows it.
    static CallbackPayload payload();

    /// Where the following frame is drawn: the callback maps its quads through `target` exactly
    /// as ImGui's vertices are mapped (see draw_target.h). Call before rendering each frame.
    void set_target(const DrawTarget& target);

    /// Deletes the GL objects; call while the context is current.
    void release();

private:
    static void draw_batch(const ImDrawList* list, const ImDrawCmd* cmd);
    void draw(const ImDrawCmd& cmd) const;
    unsigned program_ = 0, vao_ = 0, vbo_ = 0;
    int u_display_ = -1, u_top_row_first_ = -1;
    DrawTarget target_;
};

}  // namespace kiosk::platform
