// The export screen's "remove the stick safely" (issue 14): offered after an export to a stick,
// the wait while the app's job runs, and each outcome on screen; never for a computer folder.
#include "headless_ui.h"

#include "ui/export_screen.h"
#include "ui/frame_text.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using test::HeadlessUi;
using Eject = ui::ExportProgress::Eject;

struct ExportEjectTest : ::testing::Test {
    ExportEjectTest() : ui(1280, 800, 20) {
        data = {"Bootcamp", {{"USB stick or card: KINGSTON", "/media/anna/KINGSTON", true}}};
        progress.phase = ui::ExportProgress::Phase::Done;
        progress.done = progress.total = 5;
        progress.folder = "/media/anna/KINGSTON/Workshopverslagen";
        progress.written = {"bootcamp.md", "bootcamp.html"};
        ui.set_draw([&] {
            redraw = ui::Redraw{};
            const ui::ExportIntent i = ui::draw_export_screen(data, state, progress, ui.ctx(), redraw);
            if (std::holds_alternative<ui::EjectStickIntent>(i)) ++ejects;
            if (std::holds_alternative<ui::LeaveExportIntent>(i)) ++leaves;
        });
        ui.frames(2);
    }
    ui::DrawnFrame drawn() { return ui::read_drawn_frame(*ImGui::GetDrawData()); }

    HeadlessUi ui;
    ui::ExportScreenData data;
    ui::ExportScreenState state;
    ui::ExportProgress progress;
    ui::Redraw redraw;
    int ejects = 0, leaves = 0;
};

TEST_F(ExportEjectTest, NotOfferedForAFolderOnTheComputer) {
    EXPECT_FALSE(ui.has_target("export-eject"));
}

TEST_F(ExportEjectTest, OfferedAfterAnExportToAStickAndTappedAsksTheApp) {
    progress.eject = Eject::Offered;
    ui.frames(2);
    ASSERT_TRUE(ui.has_target("export-eject"));
    EXPECT_TRUE(ui::frame_shows(drawn(), "Remove the stick safely"));
    ui.tap_target("export-eject");
    EXPECT_EQ(ejects, 1);
}

TEST_F(ExportEjectTest, WhileItRunsTheScreenWaitsWithoutLeavingAndAsksForFrames) {
    progress.eject = Eject::Running;
    ui.frames(2);
    EXPECT_TRUE(ui::frame_shows(drawn(), "Removing the stick safely"));
    EXPECT_FALSE(ui.has_target("export-eject"));
    EXPECT_LE(redraw.after_seconds, 0.2 + 1e-9);
    ui.tap_target("export-back");
    EXPECT_EQ(leaves, 0) << "not away from the screen before the stick may be pulled";
}

TEST_F(ExportEjectTest, EachOutcomeIsSaidAndAFailureOffersToTryAgain) {
    progress.eject = Eject::Ejected;
    progress.eject_message = "You can pull the stick out now.";
    ui.frames(2);
    EXPECT_TRUE(ui::frame_shows(drawn(), "You can pull the stick out now."));
    EXPECT_FALSE(ui.has_target("export-eject"));

    progress.eject = Eject::SyncedOnly;
    progress.eject_message = "The files are written and synced to the stick.";
    ui.frames(2);
    EXPECT_TRUE(ui::frame_shows(drawn(), progress.eject_message));
    EXPECT_FALSE(ui.has_target("export-eject"));

    progress.eject = Eject::NotEjected;
    progress.eject_message = "The stick was not ejected: target is busy.";
    ui.frames(2);
    EXPECT_TRUE(ui::frame_shows(drawn(), progress.eject_message));
    ui.tap_target("export-eject");
    EXPECT_EQ(ejects, 1);
}

}  // namespace
}  // namespace kiosk
