// The shapes of sticky notes (rounded card + soft shadow) as data: the board collects one NoteQuad
// per visible note and hands the batch to the renderer through an ImDrawList callback, so a GPU
// draws each note as one quad shaded in shaders/note.frag (kiosk/platform/note_shapes_gl.*).
// Without that callback (headless tests, a shader that failed to compile) the same batch is drawn
// with plain ImDrawList shapes. The UI knows no GL: it only emits the callback.
#pragma once

#include <imgui.h>

#include <vector>

namespace kiosk::ui {

/// One note card in screen pixels. The shadow falls below and to the right by `shadow_px`.
struct NoteQuad {
    float x0, y0, x1, y1;  ///< card rectangle
    float r, g, b, a;      ///< fill, 0..1 (sRGB as given)
    float radius_px;       ///< corner radius
    float shadow_px;       ///< shadow offset and blur
};

/// The back of a card (a face-down private note), 0..1: white text on it ≈ 7.5:1.
inline constexpr float kCardBack[3] = {0.35f, 0.34f, 0.31f};

/// Draws `batch` as note cards, for the window being drawn (kept in its ui::WindowState). Set by the app when its shader is ready; nullptr =
/// use the ImDrawList fallback. The callback's UserCallbackData is a `const std::vector<NoteQuad>*`
/// that stays valid until the frame is rendered; it must scissor to the command's ClipRect.
void set_note_shape_callback(ImDrawCallback callback);
ImDrawCallback note_shape_callback();

/// Emits `batch` (kept alive by the caller until ImGui renders) into `list` at the current clip
/// rectangle: through the callback when set, else as rounded rectangles with a flat shadow.
/// Does nothing for an empty batch.
void emit_note_shapes(ImDrawList& list, const std::vector<NoteQuad>& batch);

}  // namespace kiosk::ui
