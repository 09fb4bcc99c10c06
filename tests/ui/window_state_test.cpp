// Two windows in one process (issue 10: a table window and a projector window): each ImGui
// context has its own ui::WindowState, so a field focused on one never opens the keyboard on the
// other, and each keeps its own hit targets. With a process-wide keyboard or hit list these fail.
#include "headless_ui.h"

#include "ui/keyboard.h"
#include "ui/text_editor.h"
#include "ui/window_state.h"

#include <gtest/gtest.h>

#include <string>

namespace kiosk {
namespace {

using test::HeadlessUi;

/// One window: a display with a single text field and the keyboard drawn on top.
struct Window {
    Window(float w, float h, float em) : ui(w, h, em), field(TextKind::Line) {
        ui.set_draw([this] {
            ui::Redraw redraw;
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBringToFrontOnFocus);
            ui::edit_text("name", field, ui.ctx(), redraw);
            ImGui::End();
            ui::keyboard_panel().draw(ui.ctx(), redraw);
        });
    }
    HeadlessUi ui;
    ui::TextEditing field;
};

TEST(WindowState, TwoContextsDrawnAlternatelyKeepTheirOwnKeyboardAndHitTargets) {
    Window table(1920, 1080, 27), projector(1280, 720, 20);
    for (int i = 0; i < 3; ++i) { table.ui.frame(); projector.ui.frame(); }

    table.ui.tap_target("name");
    projector.ui.frame();
    table.ui.frame();
    EXPECT_TRUE(table.ui.window().keyboard.has_focus("name"));
    EXPECT_TRUE(table.ui.has_target("key-e"));
    EXPECT_TRUE(projector.ui.window().keyboard.focused().empty());
    EXPECT_FALSE(projector.ui.has_target("key-e"));

    // Keys tapped on the table go to the table's field only, frames interleaved with the other.
    table.ui.tap_target("key-e");
    projector.ui.frame();
    table.ui.tap_target("key-n");
    projector.ui.frame();
    EXPECT_EQ(table.field.text(), "En");  // a line field capitalises its first letter
    EXPECT_EQ(projector.field.text(), "");

    // Each list holds the targets at its own display's size.
    const ui::HitTarget* table_name = table.ui.window().targets.find("name");
    const ui::HitTarget* projector_name = projector.ui.window().targets.find("name");
    ASSERT_TRUE(table_name && projector_name);
    EXPECT_NE(table_name->max.y - table_name->min.y, projector_name->max.y - projector_name->min.y);
}

TEST(WindowStateDeathTest, AContextWithoutBoundStateAbortsWithAMessage) {
    EXPECT_DEATH(
        {
            ImGuiContext* bare = ImGui::CreateContext();
            ImGui::SetCurrentContext(bare);
            ui::hit_targets();
        },
        "no ui::WindowState bound");
}

}  // namespace
}  // namespace kiosk
