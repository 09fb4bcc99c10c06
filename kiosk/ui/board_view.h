// The sticky-note board of a Board exercise (existing vs desired communities, strengths vs
// needs, the OF/BY/FOR matrix). A view in Tracy's sense: it draws the session's notes through an
// ActionSink and keeps only UI state (what is being dragged or edited) itself.
#pragma once

#include "core/action_sink.h"
#include "core/plan.h"
#include "ui/redraw.h"
#include "ui/theme.h"

namespace kiosk::ui {

class BoardView {
public:
    /// Draws `board` (an exercise of kind Board) filling the current ImGui window's remaining
    /// content region; every change goes to `sink` as an action.
    void draw(ActionSink& sink, const Exercise& board, const Context& ctx, Redraw& redraw);
};

}  // namespace kiosk::ui
