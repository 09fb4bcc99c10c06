// Private writing with a later reveal, and anonymous boards.
#include "board_fixture.h"

namespace kiosk::test {
namespace {

void open_facilitator(HeadlessUi& ui) { ui.hold(ui.centre_of("board-facilitator"), 1.3f); }

TEST_F(BoardTest, PrivateNotesAreFaceDownToOtherSeatsUntilTheReveal) {
    open_facilitator(ui);
    tap("board-private");
    ASSERT_TRUE(sink.session().state_of("matrix").private_writing);
    tap("seat");
    tap("seat:1");
    add_note_by_ui("of", "Geheim plan");
    const std::string id = notes("of").at(0)->id;
    EXPECT_TRUE(sink.session().find_note(id)->hidden);
    EXPECT_EQ(sink.session().find_note(id)->author, ui::seat_label(1));

    // Its own seat can reopen it; another seat only gets a notice.
    tap("note:" + id);
    ui.frames(2);
    EXPECT_TRUE(ui.has_target("note-save"));
    tap("note-cancel");
    tap("seat");
    tap("seat:4");
    tap("note:" + id);
    ui.frames(2);
    EXPECT_FALSE(ui.has_target("note-save"));

    tap("board-reveal");
    EXPECT_FALSE(sink.session().find_note(id)->hidden);
    EXPECT_FALSE(sink.session().state_of("matrix").private_writing);
    tap("note:" + id);
    ui.frames(2);
    EXPECT_TRUE(ui.has_target("note-save"));
}

TEST_F(BoardTest, AFaceDownNoteIsSmallerThanItsText) {
    open_facilitator(ui);
    tap("board-private");
    std::string text;
    for (int i = 0; i < 20; ++i) text += "veel woorden ";
    const std::string id = seed_note("by", text);
    const auto* t = ui::hit_targets().find("note:" + id);
    ASSERT_NE(t, nullptr);
    EXPECT_LT(t->max.y - t->min.y, 4.0f * 27.0f) << "two lines: nothing of the text shows through";
    EXPECT_FALSE(ui.has_target("expand:" + id));
}

TEST_F(BoardTest, HideAuthorsTogglesTheBoardsAnonymity) {
    open_facilitator(ui);
    tap("board-anonymous");
    EXPECT_TRUE(sink.session().state_of("matrix").anonymous);
    tap("board-anonymous");
    EXPECT_FALSE(sink.session().state_of("matrix").anonymous);
}

}  // namespace
}  // namespace kiosk::test
