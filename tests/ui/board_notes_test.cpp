// Writing, editing, colouring and deleting notes on the board through touch (K05, K10, K11).
#include "board_fixture.h"

#include "core/palette.h"

namespace kiosk::test {
namespace {

TEST_F(BoardTest, PlusOfAColumnWritesANoteThereWithTheTextExactly) {
    add_note_by_ui("by", "Ideeën voor één-op-één: 100% %s ##x {}");
    ASSERT_EQ(texts("by"), std::vector<std::string>{"Ideeën voor één-op-één: 100% %s ##x {}"});
    EXPECT_TRUE(texts("of").empty());
    EXPECT_TRUE(ui.has_target("note:" + notes("by")[0]->id));
}

// A newcomer typed a name into the author field, prefilled with the seat, and stored
// "Tafel 1Sanne": the seat is now the empty field's hint, used when nothing is typed.
TEST_F(BoardTest, ANameTypedAsTheAuthorReplacesTheSeatAndAnEmptyOneIsTheSeat) {
    tap("seat");
    tap("seat:1");
    tap("add-note:of");
    ui.frame();
    ui.type("Leesclub");
    tap("note-author");
    ui.type("Sanne");
    tap("note-save");
    ui.frames(2);
    tap("add-note:by");
    ui.frame();
    ui.type("Taalcafe");
    tap("note-save");
    ui.frames(2);
    ASSERT_EQ(notes("of").size(), 1u);
    ASSERT_EQ(notes("by").size(), 1u);
    EXPECT_EQ(notes("of")[0]->author, "Sanne");
    EXPECT_EQ(notes("by")[0]->author, ui::seat_label(1));
}

TEST_F(BoardTest, IdenticalTextsAreTwoNotesEachWithItsOwnTarget) {
    add_note_by_ui("of", "Koffie");
    add_note_by_ui("of", "Koffie");
    const auto of = notes("of");
    ASSERT_EQ(of.size(), 2u);
    EXPECT_NE(ui.centre_of("note:" + of[0]->id).y, ui.centre_of("note:" + of[1]->id).y);
}

TEST_F(BoardTest, AnEmptyNoteIsNotAdded) {
    tap("add-note:of");
    ui.frames(2);
    ui.type("   ");
    tap("note-save");
    EXPECT_TRUE(sink.log.empty());
}

TEST_F(BoardTest, TapOnANoteOpensItsTextForEditing) {
    const std::string id = seed_note("for", "Inloop");
    tap("note:" + id);
    ui.frames(2);
    ASSERT_TRUE(ui.has_target("note-text"));
    ui.type("ochtend");  // the caret is at the end of the text
    tap("note-save");
    EXPECT_EQ(sink.session().find_note(id)->text, "Inloopochtend");
    EXPECT_EQ(sink.log.back().type(), "note.edit");
}

TEST_F(BoardTest, AJitteryTapOpensTheNoteAndDoesNotMoveIt) {
    const std::string a = seed_note("of", "Eerste");
    const std::string b = seed_note("of", "Tweede");
    const ImVec2 c = ui.centre_of("note:" + a);
    ui.drag(c, ImVec2(c.x + 7, c.y + 6), 4);  // ≈ 9 px of finger wobble
    ui.frames(2);
    EXPECT_TRUE(ui.has_target("note-save")) << "the editor opens";
    EXPECT_EQ(notes("of")[0]->id, a);
    EXPECT_EQ(notes("of")[1]->id, b);
    EXPECT_EQ(sink.log.size(), 2u) << "no move was submitted";
}

TEST_F(BoardTest, ColourChosenInTheEditorIsStoredAndRemembered) {
    const std::string id = seed_note("of", "Kleur");
    tap("note:" + id);
    ui.frames(2);
    tap(std::string("colour:") + kNotePalette[3].id);
    tap("note-save");
    EXPECT_EQ(sink.session().find_note(id)->colour, 3);
    add_note_by_ui("by", "Volgende");
    EXPECT_EQ(notes("by")[0]->colour, 3) << "a new note takes the last colour used";
}

TEST_F(BoardTest, DeleteNeedsASecondTapElsewhereAndCanBeUndoneAndRedone) {
    const std::string id = seed_note("of", "Weg ermee");
    tap("note:" + id);
    ui.frames(2);
    const ImVec2 del = ui.centre_of("note-delete");
    ui.tap(del);
    ui.tap(del);  // a second tap on the same spot does not confirm
    ASSERT_NE(sink.session().find_note(id), nullptr);
    ASSERT_TRUE(ui.has_target("note-delete-confirm"));
    EXPECT_GT(std::abs(ui.centre_of("note-delete-confirm").x - del.x), 100.0f);
    tap("note-delete-confirm");
    ui.frames(2);
    ASSERT_EQ(sink.session().find_note(id), nullptr);
    tap("toast-undo");
    ASSERT_NE(sink.session().find_note(id), nullptr);
    EXPECT_EQ(sink.session().find_note(id)->text, "Weg ermee");
    tap("board-redo");
    EXPECT_EQ(sink.session().find_note(id), nullptr);
    tap("board-undo");
    EXPECT_NE(sink.session().find_note(id), nullptr);
}

TEST_F(BoardTest, TheDeleteConfirmLapsesAfterAFewSeconds) {
    const std::string id = seed_note("of", "Blijft");
    tap("note:" + id);
    ui.frames(2);
    tap("note-delete");
    ASSERT_TRUE(ui.has_target("note-delete-confirm"));
    ui.frames(50, 0.1f);
    EXPECT_FALSE(ui.has_target("note-delete-confirm"));
}

TEST_F(BoardTest, LongNotesAreClampedWithAnExpandStrip) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "coördinatie ";
    const std::string id = seed_note("of", text);
    ASSERT_TRUE(ui.has_target("expand:" + id));
    const float clamped_h = ui::hit_targets().find("note:" + id)->max.y - ui::hit_targets().find("note:" + id)->min.y;
    tap("expand:" + id);
    ui.frames(2);
    const auto* t = ui::hit_targets().find("note:" + id);
    EXPECT_GT(t->max.y - t->min.y, clamped_h * 1.3f);
    EXPECT_FALSE(ui.has_target("note-save")) << "expanding does not open the editor";
}

TEST_F(BoardTest, HintAndExampleOfAColumnAreOneTapAway) {
    ASSERT_TRUE(ui.has_target("hint:of"));
    const float before = ui.centre_of("add-note:of").y;
    tap("hint:of");
    ui.frames(2);
    EXPECT_EQ(ui.centre_of("add-note:of").y, before);
    // Notes start below the hint panel once it is open.
    const std::string id = seed_note("of", "Onder de hint");
    const float open_y = ui.centre_of("note:" + id).y;
    tap("hint:of");
    ui.frames(2);
    EXPECT_LT(ui.centre_of("note:" + id).y, open_y);
}

}  // namespace
}  // namespace kiosk::test

namespace kiosk::test {
namespace {

TEST_F(BoardTest, EditingANoteWithAnEmojiKeepsItByteExact) {
    const std::string id = seed_note("by", "Top \xF0\x9F\x91\x8D");
    tap("note:" + id);
    ui.frame();
    ui.type(" en meer");
    tap("note-save");
    EXPECT_EQ(sink.session().find_note(id)->text, "Top \xF0\x9F\x91\x8D en meer");
}

}  // namespace
}  // namespace kiosk::test
