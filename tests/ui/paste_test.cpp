// Ctrl+V through a PasteSource that answers in a later frame, or never (issue 14: the paste that
// froze the kiosk while the clipboard's owner did not answer). The frame that asks goes on at
// once; the answer goes into the field that asked; no answer gives a notice, not a wait.
#include "headless_ui.h"

#include "ui/keyboard.h"
#include "ui/paste_source.h"
#include "ui/text_editor.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace kiosk {
namespace {

using test::HeadlessUi;

/// A clipboard whose answer the test gives when it likes (the platform's ClipboardReader is
/// tested against real X clipboard owners in tests/platform/clipboard_test.cpp).
struct ScriptedPaste : ui::PasteSource {
    int requests = 0;
    std::optional<ui::PasteAnswer> ready;
    void request() override { ++requests; }
    std::optional<ui::PasteAnswer> take() override {
        std::optional<ui::PasteAnswer> out = std::move(ready);
        ready.reset();
        return out;
    }
};

struct PasteTest : ::testing::Test {
    PasteTest() : ui(1920, 1080, 27), note(TextKind::Note), name(TextKind::Line) {
        ui.window().paste = &paste;
        ui.set_draw([this] {
            ui::Redraw redraw;
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoDecoration);
            ImGui::BeginChild("##fields", ImVec2(700, 0));
            ui::edit_text("note", note, ui.ctx(), redraw);
            ui::edit_text("name", name, ui.ctx(), redraw);
            ImGui::EndChild();
            ImGui::End();
            ui::keyboard_panel().draw(ui.ctx(), redraw);
            last_redraw = redraw;
        });
        ui.frames(3);
    }
    void ctrl_v() {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = true;
        ui.key(ImGuiKey_V);
        io.KeyCtrl = false;
    }

    ScriptedPaste paste;
    HeadlessUi ui;
    ui::TextEditing note, name;
    ui::Redraw last_redraw;
};

TEST_F(PasteTest, CtrlVAsksAndTheAnswerArrivesInALaterFrame) {
    ui.tap_target("note");
    ctrl_v();
    EXPECT_EQ(paste.requests, 1);
    EXPECT_EQ(note.text(), "");  // nothing yet: the frame did not wait for the clipboard
    EXPECT_LE(last_redraw.after_seconds, ui::kPastePollSeconds + 1e-9) << "frames go on while it waits";
    ui.frames(5);
    EXPECT_EQ(note.text(), "");
    paste.ready = ui::PasteAnswer{ui::PasteAnswer::Outcome::Text, "Ideeën voor de reünie"};
    ui.frame();
    EXPECT_EQ(note.text(), "Ideeën voor de reünie");  // capitalised: auto-capitalisation is not this test's subject
    ui.frame();
    EXPECT_EQ(last_redraw.after_seconds > ui::kPastePollSeconds, true) << "no more polling once answered";
}

TEST_F(PasteTest, AnOwnerThatNeverAnswersGivesANoticeAndTheFieldStaysAsItWas) {
    ui.tap_target("note");
    note.insert("Al geschreven");
    ctrl_v();
    for (int i = 0; i < 20; ++i) ui.frame(0.1f);  // two seconds of frames while nobody answers
    EXPECT_EQ(note.text(), "Al geschreven");
    paste.ready = ui::PasteAnswer{ui::PasteAnswer::Outcome::NoAnswer, ""};
    ui.frame();
    EXPECT_EQ(note.text(), "Al geschreven");
    ui::Redraw r;
    EXPECT_TRUE(ui::keyboard_panel().paste_notice_visible("note", ImGui::GetTime(), r));
    EXPECT_FALSE(ui::keyboard_panel().paste_notice_visible("name", ImGui::GetTime(), r));
    EXPECT_FALSE(ui::keyboard_panel().clamp_notice_visible("note", ImGui::GetTime(), r));
}

TEST_F(PasteTest, ALongAnswerIsCutWholeAsAnyPaste) {
    ui.tap_target("name");
    ctrl_v();
    std::string huge;
    while (huge.size() < 20000) huge += "ideeën ";
    paste.ready = ui::PasteAnswer{ui::PasteAnswer::Outcome::Text, huge};
    ui.frame();
    EXPECT_LE(name.text().size(), max_bytes(TextKind::Line));
    EXPECT_GT(name.text().size(), max_bytes(TextKind::Line) - 8);
    ui::Redraw r;
    EXPECT_TRUE(ui::keyboard_panel().clamp_notice_visible("name", ImGui::GetTime(), r));
}

TEST_F(PasteTest, AnAnswerAfterTheKeyboardMovedOnGoesNowhere) {
    ui.tap_target("note");
    ctrl_v();
    ui.tap_target("name");
    paste.ready = ui::PasteAnswer{ui::PasteAnswer::Outcome::Text, "Te laat"};
    ui.frames(2);
    EXPECT_EQ(note.text(), "");
    EXPECT_EQ(name.text(), "");
}

TEST_F(PasteTest, AnEmptyClipboardPastesNothingAndSaysNothing) {
    ui.tap_target("note");
    ctrl_v();
    paste.ready = ui::PasteAnswer{ui::PasteAnswer::Outcome::Nothing, ""};
    ui.frame();
    EXPECT_EQ(note.text(), "");
    ui::Redraw r;
    EXPECT_FALSE(ui::keyboard_panel().paste_notice_visible("note", ImGui::GetTime(), r));
}

}  // namespace
}  // namespace kiosk
