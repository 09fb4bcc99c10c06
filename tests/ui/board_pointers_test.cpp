// The board's gestures driven by several pointers with ids (BoardView::set_pointers): each finger
// is its own tap or drag, so two people can move two notes at once.
#include "board_fixture.h"

namespace kiosk::test {
namespace {

struct BoardPointersTest : BoardTest {
    /// One frame in which the board sees exactly `pointers`.
    void step(std::vector<ui::Pointer> pointers) {
        view.set_pointers(std::move(pointers));
        ui.frame();
    }
    static ui::Pointer at(int id, bool down, ImVec2 p) { return {id, down, p.x, p.y}; }
    static ImVec2 lerp(ImVec2 a, ImVec2 b, float t) { return ImVec2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t); }
    /// Below every note of `column`'s area, inside it.
    ImVec2 low_in(const std::string& column) {
        const ui::HitTarget* t = ui::hit_targets().find("column:" + column);
        EXPECT_NE(t, nullptr);
        return ImVec2(t->centre().x, t->max.y - 60);
    }
};

TEST_F(BoardPointersTest, TwoFingersDragTwoNotesIntoTwoColumnsAtOnce) {
    const std::string a = seed_note("of", "Bibliotheek");
    const std::string b = seed_note("by", "Buurthuis");
    const ImVec2 a0 = ui.centre_of("note:" + a), b0 = ui.centre_of("note:" + b);
    const ImVec2 a1 = low_in("for"), b1 = low_in("of");
    for (int i = 0; i <= 8; ++i)
        step({at(1, true, lerp(a0, a1, i / 8.0f)), at(2, true, lerp(b0, b1, i / 8.0f))});
    std::vector<std::string> dragged = view.dragged_notes();
    std::sort(dragged.begin(), dragged.end());
    std::vector<std::string> both = {a, b};
    std::sort(both.begin(), both.end());
    EXPECT_EQ(dragged, both);
    EXPECT_TRUE(ui.has_target("dragging:" + a));
    EXPECT_TRUE(ui.has_target("dragging:" + b));
    step({at(1, false, a1), at(2, false, b1)});
    ui.frames(2);
    EXPECT_EQ(texts("for"), (std::vector<std::string>{"Bibliotheek"}));
    EXPECT_EQ(texts("of"), (std::vector<std::string>{"Buurthuis"}));
    EXPECT_TRUE(notes("by").empty());
    ASSERT_GE(sink.log.size(), 4u);
    EXPECT_EQ(sink.log[sink.log.size() - 1].type(), "note.move");
    EXPECT_EQ(sink.log[sink.log.size() - 2].type(), "note.move");
}

TEST_F(BoardPointersTest, OneFingerDropsWhileTheOtherKeepsDragging) {
    const std::string a = seed_note("of", "A");
    const std::string b = seed_note("by", "B");
    const ImVec2 a0 = ui.centre_of("note:" + a), b0 = ui.centre_of("note:" + b);
    const ImVec2 a1 = low_in("for"), b1 = low_in("for");
    for (int i = 0; i <= 6; ++i)
        step({at(1, true, lerp(a0, a1, i / 6.0f)), at(2, true, lerp(b0, ImVec2(b0.x, b0.y + 80), i / 6.0f))});
    step({at(1, false, a1), at(2, true, ImVec2(b0.x, b0.y + 80))});
    step({at(2, true, ImVec2(b0.x + 5, b0.y + 85))});
    EXPECT_EQ(texts("for"), (std::vector<std::string>{"A"}));
    EXPECT_EQ(view.dragged_notes(), (std::vector<std::string>{b}));  // B is still in the air
    for (int i = 0; i <= 6; ++i) step({at(2, true, lerp(ImVec2(b0.x + 5, b0.y + 85), b1, i / 6.0f))});
    step({at(2, false, b1)});
    ui.frames(2);
    EXPECT_EQ(texts("for"), (std::vector<std::string>{"A", "B"}));
}

TEST_F(BoardPointersTest, TwoFingersOnOneNoteMoveItOnce) {
    const std::string a = seed_note("of", "A");
    const ImVec2 a0 = ui.centre_of("note:" + a);
    const ImVec2 to_for = low_in("for"), to_by = low_in("by");
    for (int i = 0; i <= 8; ++i)
        step({at(1, true, lerp(a0, to_for, i / 8.0f)), at(2, true, lerp(ImVec2(a0.x + 4, a0.y), to_by, i / 8.0f))});
    EXPECT_EQ(view.dragged_notes(), (std::vector<std::string>{a}));  // the first finger has it
    step({at(1, false, to_for), at(2, false, to_by)});
    ui.frames(2);
    EXPECT_EQ(texts("for"), (std::vector<std::string>{"A"}));
    EXPECT_EQ(sink.log.back().type(), "note.move");
    EXPECT_EQ(sink.log.size(), 2u);  // the add and one move
}

TEST_F(BoardPointersTest, AFingerThatVanishesFromTheListDropsNothing) {
    const std::string a = seed_note("of", "A");
    const ImVec2 a0 = ui.centre_of("note:" + a), a1 = low_in("for");
    for (int i = 0; i <= 6; ++i) step({at(7, true, lerp(a0, a1, i / 6.0f))});
    ASSERT_EQ(view.dragged_notes(), (std::vector<std::string>{a}));
    step({});
    ui.frames(2);
    EXPECT_TRUE(view.dragged_notes().empty());
    EXPECT_EQ(texts("of"), (std::vector<std::string>{"A"}));
    EXPECT_EQ(sink.log.size(), 1u);
}

TEST_F(BoardPointersTest, EachFingerTapsOnItsOwn) {
    tap("seat");
    tap("seat:2");
    tap("vote-mode");
    const std::string a = seed_note("of", "A");
    const std::string b = seed_note("by", "B");
    const ImVec2 pa = ui.centre_of("note:" + a), pb = ui.centre_of("note:" + b);
    step({at(1, true, pa), at(2, true, pb)});  // both down in one frame
    step({at(1, false, pa), at(2, false, pb)});
    ui.frames(2);
    EXPECT_EQ(sink.session().votes_on(a), 1);
    EXPECT_EQ(sink.session().votes_on(b), 1);
}

}  // namespace
}  // namespace kiosk::test
