// What the board puts on screen, read back from ImGui's draw data (issue 9): text on notes at
// body size or above (authors and dot counts were ~80 %), a finger-sized "− 1" button, no
// missing-glyph box before a stack's name or in "more", and "whole board" showing every note of
// a 120-note board at projector and table sizes.
#include "board_fixture.h"

#include "ui/frame_text.h"

namespace kiosk::test {
namespace {

ui::DrawnFrame drawn() { return ui::read_drawn_frame(*ImGui::GetDrawData()); }

const std::string kLong =
    "Een leesclub voor jonge ouders op zaterdagochtend, met koffie, een hoek voor de kinderen, boeken in "
    "meerdere talen, een vrijwilliger die de groep ontvangt, een vaste tafel bij het raam en af en toe een "
    "schrijver die komt voorlezen uit nieuw werk";

TEST_F(BoardTest, AuthorsDotsAndMoreAreAtBodySizeWithoutMissingGlyphs) {
    const std::string id = seed_note("of", "Buurtbewoners in het bestuur");
    ASSERT_TRUE(sink.submit("note.author", {{"id", id}, {"author", "Tafel 3"}}).ok());
    ASSERT_TRUE(sink.submit("vote.add", {{"note", id}, {"voter", "seat-2"}}).ok());
    const std::string long_id = seed_note("by", kLong + " " + kLong);  // longer than six lines: "more"
    const std::string a = seed_note("for", "Inloop met koffie");
    const std::string b = seed_note("for", "Taalcafé op dinsdag");
    ASSERT_TRUE(sink.submit("group.create", {{"id", "g-1"}, {"exercise", "matrix"}, {"column", "for"},
                                             {"name", "Samen aan tafel"}, {"notes", Json::array({a, b})}}).ok());
    ui.frames(2);
    const ui::DrawnFrame f = drawn();
    EXPECT_TRUE(ui::frame_shows(f, "Tafel 3"));
    EXPECT_TRUE(ui::frame_shows(f, "Samen aan tafel"));
    EXPECT_GE(f.smallest_font_px, ui.ctx().metrics.em - 0.5f) << "text below body size on the board";
    EXPECT_EQ(f.missing_glyphs, 0) << (f.missing.empty() ? "" : f.missing.front());
    // Every target on the board is a finger's size: the column's "?" and "+", a stack's
    // heading, "more" (issue 9: these were a text line tall).
    int checked = 0;
    const float target = ui.ctx().metrics.touch_target();
    for (const auto& t : ui::hit_targets().all()) {
        if (t.key.rfind("note:", 0) == 0) continue;
        EXPECT_GE(t.max.x - t.min.x, target - 0.5f) << t.key;
        EXPECT_GE(t.max.y - t.min.y, target - 0.5f) << t.key;
        ++checked;
    }
    EXPECT_TRUE(ui.has_target("expand:" + long_id));
    EXPECT_TRUE(ui.has_target("group:g-1"));
    EXPECT_GT(checked, 10);
}

TEST_F(BoardTest, TakingADotBackIsAFingerSizedButton) {
    const std::string id = seed_note("of", "Twee buurtbewoners in het team");
    tap("seat");
    tap("seat:1");
    tap("vote-mode");
    tap("note:" + id);
    ASSERT_EQ(sink.session().votes_on(id), 1);
    const auto* t = ui::hit_targets().find("unvote:" + id);
    ASSERT_NE(t, nullptr);
    const float target = ui.ctx().metrics.touch_target();
    EXPECT_GE(t->max.x - t->min.x, target - 0.5f);
    EXPECT_GE(t->max.y - t->min.y, target - 0.5f);
    const auto* note = ui::hit_targets().find("note:" + id);
    ASSERT_NE(note, nullptr);
    EXPECT_GE(t->min.x, note->min.x);
    EXPECT_LE(t->max.x, note->max.x);
    EXPECT_LE(t->max.y, note->max.y + 0.5f) << "the button lies on its note";
    tap("unvote:" + id);
    EXPECT_EQ(sink.session().votes_on(id), 0);
    EXPECT_GE(drawn().smallest_font_px, ui.ctx().metrics.em - 0.5f);
}

/// 120 notes, most of them in one column (the board of a busy afternoon), and "whole board".
void fill_and_fit(BoardTest& t) {
    for (int i = 0; i < 120; ++i) {
        const char* column = i < 80 ? "of" : i < 100 ? "by" : "for";
        std::string text = "Idee " + std::to_string(i) + " voor de community";
        if (i % 7 == 0) text += ", met een uitleg die over twee regels loopt op een smalle kolom";
        t.sink.submit("note.add", {{"id", "n-" + std::to_string(i)}, {"exercise", "matrix"}, {"column", column}, {"text", text}});
    }
    t.ui.frames(2);
    t.tap("fit-board");
    t.ui.frames(2);
}

void expect_every_note_shown(BoardTest& t) {
    EXPECT_EQ(t.view.drawn_notes(), 120);
    const ui::DrawnFrame f = drawn();
    for (const Note& n : t.sink.session().notes)
        EXPECT_TRUE(ui::frame_shows(f, n.text)) << n.id << " not shown whole: " << n.text;
    EXPECT_LE(f.max.y, ImGui::GetIO().DisplaySize.y + 0.5f);
}

TEST_F(BoardTest, WholeBoardShowsEveryNoteOfA120NoteBoardAt1920x1080) {
    fill_and_fit(*this);
    expect_every_note_shown(*this);
}

struct SmallBoard : BoardTest {
    SmallBoard() : BoardTest(1024, 768, 768.0f / 40.0f) {}
};

TEST_F(SmallBoard, WholeBoardShowsEveryNoteOfA120NoteBoardAt1024x768) {
    fill_and_fit(*this);
    expect_every_note_shown(*this);
}

}  // namespace
}  // namespace kiosk::test
