// Key presses shorter than a frame (issue 14): GLFW key and character events queued by
// platform::KeyLatch as the key callback queues them, several presses and releases between two
// NewFrame calls, delivered into a text field driven headlessly. Every press must take effect,
// in order. Key numbers are GLFW's, with io.KeyMap set as the stock GLFW backend sets it.
#include "headless_ui.h"

#include "platform/key_latch.h"
#include "ui/keyboard.h"
#include "ui/text_editor.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include <string>

namespace kiosk {
namespace {

using platform::KeyLatch;
using test::HeadlessUi;

struct KeyLatchTest : ::testing::Test {
    KeyLatchTest() : note(TextKind::Note) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyMap[ImGuiKey_Backspace] = GLFW_KEY_BACKSPACE;
        io.KeyMap[ImGuiKey_Delete] = GLFW_KEY_DELETE;
        io.KeyMap[ImGuiKey_LeftArrow] = GLFW_KEY_LEFT;
        io.KeyMap[ImGuiKey_Home] = GLFW_KEY_HOME;
        io.KeyMap[ImGuiKey_End] = GLFW_KEY_END;
        io.KeyMap[ImGuiKey_Enter] = GLFW_KEY_ENTER;
        io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
        io.KeyMap[ImGuiKey_V] = GLFW_KEY_V;
        for (int k : {ImGuiKey_Tab, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_PageUp,
                      ImGuiKey_PageDown, ImGuiKey_Insert, ImGuiKey_Space, ImGuiKey_KeyPadEnter, ImGuiKey_A,
                      ImGuiKey_C, ImGuiKey_X, ImGuiKey_Y, ImGuiKey_Z})
            io.KeyMap[k] = 400 + k;  // out of the way of the GLFW numbers used here
        ui.set_draw([this] {
            ui::Redraw redraw;
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoDecoration);
            ui::edit_text("note", note, ui.ctx(), redraw);
            ImGui::End();
            ui::keyboard_panel().draw(ui.ctx(), redraw);
        });
        ui.frames(3);
        ui.tap_target("note");
        ui.park_pointer();
    }

    void press(int key) {
        latch.key(key, true);
        latch.key(key, false);
    }
    void text(const std::string& ascii) {
        for (char c : ascii) latch.character(static_cast<unsigned char>(c));
    }
    /// Runs frames as the loop does (deliver, then the frame) until the queue is empty, and one
    /// more. Returns the number of frames.
    int drain() {
        int n = 0;
        bool more = true;
        while (more && n < 1000) {
            ui.make_current();
            more = latch.deliver(ImGui::GetIO());
            ui.frame();
            ++n;
        }
        ui.frame();
        return n;
    }

    HeadlessUi ui;
    ui::TextEditing note;
    KeyLatch latch;
};

TEST_F(KeyLatchTest, ThirtyBackspacesBetweenTwoFramesEraseThirtyCharacters) {
    note.set_text(std::string(40, 'x'));
    for (int i = 0; i < 30; ++i) press(GLFW_KEY_BACKSPACE);
    drain();
    EXPECT_EQ(note.text(), std::string(10, 'x'));
}

TEST_F(KeyLatchTest, EveryFastCtrlVBetweenTwoFramesPastes) {
    note.set_text("");
    ImGui::SetClipboardText("ab");
    for (int i = 0; i < 3; ++i) {  // Ctrl down, V down, V up, Ctrl up
        latch.key(GLFW_KEY_LEFT_CONTROL, true);
        press(GLFW_KEY_V);
        latch.key(GLFW_KEY_LEFT_CONTROL, false);
    }
    // Ctrl let go before V: the paste still counts, it was pressed with Ctrl down.
    latch.key(GLFW_KEY_RIGHT_CONTROL, true);
    latch.key(GLFW_KEY_V, true);
    latch.key(GLFW_KEY_RIGHT_CONTROL, false);
    latch.key(GLFW_KEY_V, false);
    drain();
    EXPECT_EQ(note.text(), "abababab");
    EXPECT_FALSE(ImGui::GetIO().KeyCtrl);
}

TEST_F(KeyLatchTest, TextAndKeysKeepTheirOrder) {
    note.set_text("x");
    text("ab");
    press(GLFW_KEY_BACKSPACE);
    text("cd");
    press(GLFW_KEY_HOME);
    text("y");
    press(GLFW_KEY_END);
    press(GLFW_KEY_BACKSPACE);
    press(GLFW_KEY_BACKSPACE);
    text("e");
    drain();
    EXPECT_EQ(note.text(), "yxae");
}

TEST_F(KeyLatchTest, APressReleasedBeforeTheFrameIsDownOneFrameAndUpTheNext) {
    ImGuiIO& io = ImGui::GetIO();
    press(GLFW_KEY_DELETE);
    EXPECT_TRUE(latch.deliver(io));
    EXPECT_TRUE(io.KeysDown[GLFW_KEY_DELETE]);
    ui.frame();
    EXPECT_FALSE(latch.deliver(io));
    EXPECT_FALSE(io.KeysDown[GLFW_KEY_DELETE]);
    EXPECT_FALSE(latch.pending());
}

TEST_F(KeyLatchTest, ModifiersChangeWithTheKeysTheyGoWith) {
    ImGuiIO& io = ImGui::GetIO();
    latch.key(GLFW_KEY_LEFT_SHIFT, true);
    latch.key(GLFW_KEY_LEFT_ALT, true);
    latch.key(GLFW_KEY_LEFT, true);  // a press ends the frame's share
    latch.key(GLFW_KEY_LEFT_SHIFT, false);
    latch.deliver(io);
    EXPECT_TRUE(io.KeyShift);
    EXPECT_TRUE(io.KeyAlt);
    EXPECT_FALSE(io.KeyCtrl);
    ui.frame();
    latch.deliver(io);
    EXPECT_FALSE(io.KeyShift);
    EXPECT_TRUE(io.KeyAlt);
}

}  // namespace
}  // namespace kiosk
