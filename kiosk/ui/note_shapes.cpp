#include "ui/note_shapes.h"

#include "ui/window_state.h"

namespace kiosk::ui {
void set_note_shape_callback(ImDrawCallback callback) { current_window_state().note_shapes = callback; }
ImDrawCallback note_shape_callback() { return current_window_state().note_shapes; }

void emit_note_shapes(ImDrawList& list, const std::vector<NoteQuad>& batch) {
    if (batch.empty()) return;
    if (ImDrawCallback callback = note_shape_callback()) {
        list.AddCallback(callback, const_cast<std::vector<NoteQuad>*>(&batch));
        list.AddCallback(ImDrawCallback_ResetRenderState, nullptr);
        return;
    }
    // Fallback: a flat translucent shadow and the card. Few vertices per note: no anti-aliased
    // blur, which software rendering pays for dearly (PLATFORM-NOTES: ≈350 ms for 500 notes).
    for (const NoteQuad& q : batch) {
        const float s = q.shadow_px;
        list.AddRectFilled(ImVec2(q.x0 + 0.4f * s, q.y0 + s), ImVec2(q.x1 + 0.4f * s, q.y1 + s),
                           IM_COL32(60, 50, 30, 50), q.radius_px);
        list.AddRectFilled(ImVec2(q.x0, q.y0), ImVec2(q.x1, q.y1),
                           ImGui::ColorConvertFloat4ToU32(ImVec4(q.r, q.g, q.b, q.a)), q.radius_px);
    }
}

}  // namespace kiosk::ui
