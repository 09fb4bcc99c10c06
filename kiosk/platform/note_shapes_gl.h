// The GL half of the sticky-note shapes (see ui/note_shapes.h): a program from
// shaders/note.{vert,frag} that draws each note of a batch as one instanced quad, called from the
// ImDrawList callback the board emits. Knows the quad layout, nothing of notes or sessions.
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

    /// The ImDrawCallback to hand to the UI, or nullptr until load() succeeded. Only one
    /// NoteShapes can be live at a time (the callback carries no pointer to it).
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
    unsigned program_ = 0, vao_ = 0, vbo_ = 0;
    int u_display_ = -1, u_top_row_first_ = -1;
};

}  // namespace kiosk::platform
