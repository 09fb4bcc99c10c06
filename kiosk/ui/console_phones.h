// The console's "Phones" section (issue 12): whether phones may join, the URL and code to give
// the room, how many are connected, a new code, whether phone notes wait for approval, and the
// moderation of the current board's notes. Part of draw_facilitator_screen (facilitator_screen.h
// names its hit-target keys).
#pragma once

#include "ui/facilitator_screen.h"

#include <string>

namespace kiosk::ui {

/// Draws the section into the console's window; a switch or code renewal becomes `intent`, the
/// approval switch goes out as phones.approval through data.facilitator.
void draw_console_phones(const ConsoleData& data, const Context& ctx, FacilitatorIntent& intent);

/// The moderation of `board`'s notes (moderation_order()), a few rows that scroll under the
/// finger, each sending note.approve, note.hide or note.unhide through data.facilitator (not null).
void draw_console_moderation(const ConsoleData& data, const Exercise& board, const Context& ctx);

/// `text` as one line no wider than `width_px` in the current font: line breaks become spaces,
/// what the atlas cannot draw its placeholder (displayable_text), and a text too long is cut at
/// a character boundary with "…" after it.
std::string one_line(const std::string& text, float width_px);

}  // namespace kiosk::ui
