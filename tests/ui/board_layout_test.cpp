// The board at projector and table sizes (K18): columns fit, targets stay finger-sized, only
// visible notes are drawn, and "whole board" fits every note for the projector.
#include "board_fixture.h"

namespace kiosk::test {
namespace {

struct SmallBoardTest : BoardTest {
    SmallBoardTest() : BoardTest(1024, 768, 768.0f / 40.0f) {}
};

TEST_F(SmallBoardTest, ColumnsAndTheirPlusFitA1024x768ScreenAtFingerSize) {
    const float min_px = 10.0f * ui.ctx().metrics.px_per_mm;
    for (const char* c : {"of", "by", "for"}) {
        const auto* t = ui::hit_targets().find(std::string("add-note:") + c);
        ASSERT_NE(t, nullptr) << c;
        EXPECT_GE(t->min.x, 0.0f);
        EXPECT_LE(t->max.x, 1024.0f);
        EXPECT_GE(t->max.x - t->min.x, min_px);
        EXPECT_GE(t->max.y - t->min.y, min_px);
    }
    for (const auto& t : ui::hit_targets().all()) {
        EXPECT_LE(t.max.x, 1024.5f) << t.key;
        EXPECT_LE(t.max.y, 768.5f) << t.key;
    }
}

TEST_F(SmallBoardTest, TheNoteEditorStaysAboveTheOnScreenKeyboard) {
    const std::string id = seed_note("of", "Een jongere in de sollicitatiecommissie voor de nieuwe jongerenwerker");
    tap("note:" + id);
    ui.frame();
    const float keyboard = ui::keyboard_panel().reserved_height(ui.ctx());
    ASSERT_GT(keyboard, 0.0f) << "the keyboard opens with the editor";
    for (const char* key : {"note-text", "note-save", "note-cancel", "note-delete", "note-author"}) {
        const auto* t = ui::hit_targets().find(key);
        ASSERT_NE(t, nullptr) << key;
        EXPECT_LE(t->max.y, 768.0f - keyboard) << key;
        EXPECT_LE(t->max.x, 1024.0f) << key;
    }
}

TEST_F(SmallBoardTest, TheToolbarKeepsToOneLine) {
    const float y = ui.centre_of("seat").y;
    for (const char* key : {"vote-mode", "select-mode", "fit-board", "board-undo", "board-redo", "board-facilitator"})
        EXPECT_EQ(ui.centre_of(key).y, y) << key;
}

TEST_F(SmallBoardTest, OnlyVisibleNotesAreDrawnAndWholeBoardShowsThemAll) {
    for (int i = 0; i < 60; ++i)
        sink.submit("note.add", {{"id", "n-" + std::to_string(i)}, {"exercise", "matrix"},
                                 {"column", i % 3 == 0 ? "of" : i % 3 == 1 ? "by" : "for"},
                                 {"text", "Idee nummer " + std::to_string(i) + " voor de community"}});
    ui.frames(2);
    EXPECT_LT(view.drawn_notes(), 60);
    EXPECT_GT(view.drawn_notes(), 6);
    tap("fit-board");
    ui.frames(2);
    EXPECT_LT(view.zoom(), 1.0f);
    EXPECT_EQ(view.drawn_notes(), 60);
    for (int i = 0; i < 60; ++i) {
        const auto* t = ui::hit_targets().find("note:n-" + std::to_string(i));
        ASSERT_NE(t, nullptr) << i;
        EXPECT_LE(t->max.y, 768.0f) << i;
    }
}

TEST_F(BoardTest, TheOfByForBoardIsHeadedByTheCommunityFromTheMap) {
    EXPECT_EQ(ui::board_heading(sink.session(), *board), "We want to involve \xE2\x80\xA6 by:");
    sink.submit("form.add", {{"id", "f-1"}, {"exercise", "kaart"}});
    sink.submit("form.set", {{"id", "f-1"}, {"field", "naam"}, {"value", "Jongeren 14\xE2\x80\x93" "18 {}%s"}});
    EXPECT_EQ(ui::board_heading(sink.session(), *board), "We want to involve Jongeren 14\xE2\x80\x93" "18 {}%s by:");
}

TEST_F(BoardTest, IdleBoardAsksForNoFrames) {
    seed_note("of", "Stil");
    ui.park_pointer();
    ui.frames(3);
    EXPECT_TRUE(std::isinf(last_redraw.after_seconds));
}

}  // namespace
}  // namespace kiosk::test

namespace kiosk::test {
namespace {

int g_batches = 0;
std::size_t g_quads = 0;
void count_batch(const ImDrawList*, const ImDrawCmd* cmd) {
    ++g_batches;
    g_quads += static_cast<const std::vector<ui::NoteQuad>*>(cmd->UserCallbackData)->size();
}

/// Draw commands that call `fn`, over the whole frame.
int callbacks_to(ImDrawCallback fn) {
    int n = 0;
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int i = 0; i < dd->CmdListsCount; ++i)
        for (const ImDrawCmd& cmd : dd->CmdLists[i]->CmdBuffer) n += cmd.UserCallback == fn;
    return n;
}

TEST_F(BoardTest, WithTheShaderCallbackEachColumnSendsItsVisibleNotesAsOneBatch) {
    for (int i = 0; i < 9; ++i) seed_note(i % 3 == 0 ? "of" : i % 3 == 1 ? "by" : "for", "Idee " + std::to_string(i));
    const int plain_vertices = ImGui::GetDrawData()->TotalVtxCount;
    ui::set_note_shape_callback(&count_batch);
    ui.frame();
    EXPECT_EQ(callbacks_to(&count_batch), 3) << "one batch per column";
    EXPECT_EQ(callbacks_to(ImDrawCallback_ResetRenderState), 3) << "the renderer's state comes back after each";
    g_batches = 0;
    g_quads = 0;
    // Run the callbacks as a renderer would: each hands over its column's notes.
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int i = 0; i < dd->CmdListsCount; ++i)
        for (const ImDrawCmd& cmd : dd->CmdLists[i]->CmdBuffer)
            if (cmd.UserCallback == &count_batch) cmd.UserCallback(dd->CmdLists[i], &cmd);
    EXPECT_EQ(g_quads, 9u);
    EXPECT_LT(ImGui::GetDrawData()->TotalVtxCount, plain_vertices) << "no card geometry in the draw list";
    ui::set_note_shape_callback(nullptr);
    ui.frame();
    EXPECT_EQ(callbacks_to(&count_batch), 0);
}

}  // namespace
}  // namespace kiosk::test
