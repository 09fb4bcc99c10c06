// Where a dialog may lie on the table (issue 14, "layout against the keyboard and the timer"):
// between what the screen keeps in sight at the top (the exercise's top bar with the small
// countdown, which stays visible whenever it runs) and the top edge of the on-screen keyboard
// (keyboard.h). A dialog placed in this band, with its text field shrunk to what is left
// (text_editor.h, EditOptions::max_height_px), never covers the countdown and never has its own
// buttons under the keyboard, however long its text.
//
// The state lives in the window's WindowState (window_state.h), never in a process-wide static.
#pragma once

#include "ui/theme.h"

namespace kiosk::ui {

/// A horizontal band of the display, in screen pixels: top <= bottom.
struct DialogBand {
    float top = 0.0f;
    float bottom = 0.0f;
    float height() const { return bottom - top; }
};

/// Called by a screen each frame it draws a top bar that must stay in sight (the exercise's, with
/// the countdown): `bottom_px` is the bar's bottom edge in screen pixels. Holds for this frame
/// only, so a screen without a top bar leaves the whole height to dialogs.
void keep_top_in_sight(float bottom_px);

/// The band a dialog may use this frame: from a small margin below the top bar kept in sight
/// (or the display's top edge when this frame kept none) to a small margin above the
/// keyboard's top edge (or the display's bottom edge when the keyboard is hidden). The margin is
/// a quarter em. When the two meet (a display too small for both) the band is empty at the bar's
/// edge: a dialog then still never covers the countdown.
DialogBand dialog_band(const Context& ctx);

/// Places the next ImGui window (a dialog `width_px` wide, centred horizontally) at the top of
/// dialog_band(ctx) and limits its height to the band. Returns the band used.
DialogBand place_dialog(const Context& ctx, float width_px);

}  // namespace kiosk::ui
