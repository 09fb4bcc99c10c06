// Moving notes by dragging, within and between columns, and the second-finger rule (K11).
#include "board_fixture.h"

namespace kiosk::test {
namespace {

TEST_F(BoardTest, DragToAnotherColumnMovesTheNoteBeforeTheOneItIsDroppedOn) {
    const std::string a = seed_note("of", "Verhuizer");
    const std::string x = seed_note("for", "Eerste");
    const std::string y = seed_note("for", "Tweede");
    const ImVec2 to = ui::hit_targets().find("note:" + y)->min;  // the top edge of "Tweede"
    ui.drag(ui.centre_of("note:" + a), ImVec2(to.x + 40, to.y + 5), 8);
    ui.frames(2);
    ASSERT_EQ(texts("for"), (std::vector<std::string>{"Eerste", "Verhuizer", "Tweede"}));
    EXPECT_TRUE(notes("of").empty());
    const Action& move = sink.log.back();
    EXPECT_EQ(move.type(), "note.move");
    EXPECT_EQ(move.data["before"], y);
    (void)x;
}

TEST_F(BoardTest, DragBelowTheLastNoteMovesItToTheEndOfTheColumn) {
    const std::string a = seed_note("of", "A");
    seed_note("of", "B");
    const std::string c = seed_note("of", "C");
    // In the column's empty part below its last note (below the column is the hint line).
    const ImVec2 bottom(ui.centre_of("note:" + a).x, ui::hit_targets().find("note:" + c)->max.y + 60);
    ui.drag(ui.centre_of("note:" + a), bottom, 8);
    EXPECT_EQ(texts("of"), (std::vector<std::string>{"B", "C", "A"}));
    EXPECT_EQ(sink.log.back().data["before"], "");
}

TEST_F(BoardTest, DroppingANoteWhereItWasSubmitsNothing) {
    const std::string a = seed_note("of", "A");
    seed_note("of", "B");
    const ImVec2 c = ui.centre_of("note:" + a);
    ui.drag(c, ImVec2(c.x + 60, c.y - 10), 6);
    EXPECT_EQ(texts("of"), (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(sink.log.size(), 2u);
    EXPECT_TRUE(sink.session().undo.size() == 2u);
}

TEST_F(BoardTest, ANoteDroppedAboveTheColumnsGoesBackWhereItWas) {
    // K27 step 4: released on the toolbar over another column, the note never lands there.
    const std::string a = seed_note("of", "A");
    seed_note("of", "B");
    const ImVec2 toolbar = ui.centre_of("fit-board");
    const ImVec2 over_for(ui.centre_of("add-note:for").x, toolbar.y);
    ui.drag(ui.centre_of("note:" + a), over_for, 8);
    ui.frames(2);
    EXPECT_EQ(texts("of"), (std::vector<std::string>{"A", "B"}));
    EXPECT_TRUE(notes("for").empty());
    EXPECT_EQ(sink.log.size(), 2u) << "no move submitted";
}

TEST_F(BoardTest, APointerLeapWhileDraggingCancelsTheDrop) {
    const std::string a = seed_note("of", "A");
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 c = ui.centre_of("note:" + a);
    io.MousePos = c;
    io.MouseDown[0] = true;
    ui.frame();
    io.MousePos = ImVec2(c.x + 50, c.y);
    ui.frame();
    io.MousePos = ImVec2(1700, 900);  // a second finger far away takes over the pointer
    ui.frame();
    io.MouseDown[0] = false;
    ui.frame();
    ui.frames(2);
    EXPECT_EQ(texts("of"), std::vector<std::string>{"A"});
    EXPECT_EQ(sink.log.size(), 1u);
    EXPECT_FALSE(ui.has_target("note-save")) << "nor does it count as a tap";
}

TEST_F(BoardTest, DraggingOnAFullColumnsBackgroundScrollsIt) {
    std::string first;
    for (int i = 0; i < 30; ++i) {
        const std::string id = seed_note("by", "Notitie nummer " + std::to_string(i));
        if (i == 0) first = id;
    }
    const float y0 = ui.centre_of("note:" + first).y;
    // Between the first two notes is column background: the gap.
    const auto* t = ui::hit_targets().find("note:" + first);
    const ImVec2 gap((t->min.x + t->max.x) * 0.5f, t->max.y + 4);
    ui.drag(gap, ImVec2(gap.x, gap.y - 300), 6);
    ui.frames(2);
    EXPECT_FALSE(ui.has_target("note:" + first) && ui.centre_of("note:" + first).y == y0);
    EXPECT_EQ(texts("by").front(), "Notitie nummer 0") << "scrolling moves no note";
}

}  // namespace
}  // namespace kiosk::test
