// When the board submits: only after it has drawn its whole frame (board_view.h), so nothing it
// still reads from the session in that frame can change or be replaced under it.
#include "board_fixture.h"

namespace kiosk::test {
namespace {

TEST_F(BoardTest, ABoardSubmitsOnlyAfterItHasDrawnItsColumns) {
    const std::string a = seed_note("of", "Leesclub");
    tap("seat");
    tap("seat:2");
    tap("vote-mode");
    // The hit targets are cleared at the start of each frame and the columns record their
    // notes: a submit from the middle of the frame (the tap's handling, the toolbar) would
    // come before this frame's note targets exist.
    std::vector<bool> drawn_before_submit;
    sink.on_submit = [&](const Action&) { drawn_before_submit.push_back(ui.has_target("note:" + a)); };
    ui.quick_tap(ui.centre_of("note:" + a));  // vote.add, from the gesture handling
    tap("board-undo");                         // undo, from the toolbar above the columns
    sink.on_submit = nullptr;
    EXPECT_EQ(drawn_before_submit, (std::vector<bool>{true, true}));
    EXPECT_EQ(sink.session().votes_on(a), 0);  // voted, then taken back
}

}  // namespace
}  // namespace kiosk::test
