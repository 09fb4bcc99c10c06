// A board of the shipped demo session on screen without the session screen: for screenshots of
// boards (--board ID with --demo-data) and for trying a board by hand. The demo session is the
// action script sessions/demo/bootcamp-demo.<lang>.jsonl applied to the shipped bootcamp plan;
// `--actions FILE` applies more actions (JSON Lines) on top, e.g. a board filled for a test.
#pragma once

#include "core/action_sink.h"
#include "ui/board_view.h"

#include <memory>
#include <string>

namespace kiosk::app {

struct BoardPreview {
    std::unique_ptr<MemorySession> sink;
    std::string exercise;  ///< the board's exercise id
    ui::BoardView view;
};

/// Builds the demo session from `plans_dir` in `language`, applies `extra_actions_path` when
/// non-empty, and checks that `exercise` is a board. Returns nullptr with `error` set (file,
/// line and the reducer's message) when anything is missing or an action is refused.
std::unique_ptr<BoardPreview> load_board_preview(const std::string& plans_dir, const std::string& language,
                                                 const std::string& exercise,
                                                 const std::string& extra_actions_path, std::string& error);

/// Draws the board full-screen (one ImGui window).
void draw_board_preview(BoardPreview& preview, const ui::Context& ctx, ui::Redraw& redraw);

}  // namespace kiosk::app
