// The lock over the table (issue 11): while Session::input_locked() the session screens are
// covered, calmly, so the room knows why nothing reacts; the facilitator's long-press button stays
// reachable on it, so the console (and its unlock) is one hold away.
#pragma once

#include "ui/redraw.h"
#include "ui/theme.h"

namespace kiosk::ui {

/// Draws the lock over the whole display, above every other window: a lock icon and "Locked —
/// the facilitator is speaking" in heading size on a paper-coloured cover, readable from 2 m. The
/// cover takes every tap itself; its only target is the facilitator's long-press button (key
/// "facilitator", held 2 s) in the bottom-right corner, where the agenda has it. Asks `redraw`
/// for frames only while that button is held. Returns true on the frame the hold completes
/// (open the facilitator console).
bool draw_lock_overlay(const Context& ctx, Redraw& redraw);

}  // namespace kiosk::ui
