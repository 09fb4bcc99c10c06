// The refusal screen of a kiosk that will not start, and the banner of a missing monitor
// (issue 14: refusals that reached only the log), drawn headlessly and read back from the frame.
#include "headless_ui.h"

#include "ui/frame_text.h"
#include "ui/notice_banner.h"
#include "ui/refusal_screen.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kiosk {
namespace {

using test::HeadlessUi;

ui::DrawnFrame drawn() { return ui::read_drawn_frame(*ImGui::GetDrawData()); }

TEST(RefusalScreen, ShowsTitleReasonAdviceAndTheSecondsLeftAndCloses) {
    HeadlessUi ui(1280, 800, 24);
    const ui::Refusal r{"This kiosk is already open",
                        "Another kiosk (process 4242) is already using the database /home/bieb/kiosk.db.",
                        "The kiosk that is already open goes on as before; nothing has been changed."};
    ui::RefusalOutcome out;
    ui::Redraw redraw;
    double left = 30.0;
    ui.set_draw([&] {
        redraw = ui::Redraw{};
        const ui::RefusalOutcome o = ui::draw_refusal(r, left, ui.ctx(), redraw);
        out.close = out.close || o.close;
    });
    ui.frames(2);
    const ui::DrawnFrame f = drawn();
    EXPECT_TRUE(ui::frame_shows(f, r.title));
    EXPECT_TRUE(ui::frame_shows(f, "(process 4242)"));
    EXPECT_TRUE(ui::frame_shows(f, "goes on as before"));
    EXPECT_TRUE(ui::frame_shows(f, "closes in 30 s."));
    EXPECT_EQ(f.missing_glyphs, 0);
    EXPECT_EQ(f.cut_glyphs, 0) << "the message wraps inside the display";
    left = 12.4;
    ui.frame();
    EXPECT_TRUE(ui::frame_shows(drawn(), "closes in 13 s."));
    EXPECT_LE(redraw.after_seconds, 0.41) << "the next frame at the next whole second";
    EXPECT_FALSE(out.close);
    ui.tap_target("refusal-close");
    EXPECT_TRUE(out.close);
}

TEST(NoticeBanner, ShowsANewNoticeForItsTimeAndAgainWhenItComesBack) {
    HeadlessUi ui(1280, 800, 24);
    ui::NoticeBanner banner;
    double now = 100.0;
    ui::Redraw redraw;
    int under_tapped = 0;
    ui.set_draw([&] {
        ui::hit_targets().clear();
        redraw = ui::Redraw{};
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoDecoration);
        if (ui::touch_button("under", "Onder de strook", ui::ButtonKind::Primary, ui.ctx())) ++under_tapped;
        ImGui::End();
        banner.draw(ui.ctx(), now, redraw);
    });
    const std::string missing = "The projector's monitor \"HDMI\" is not connected.";
    banner.update({missing}, now);
    ui.frame();
    EXPECT_TRUE(ui::frame_shows(drawn(), missing));
    ASSERT_TRUE(ui.has_target("notice-0"));
    EXPECT_TRUE(ui.window().targets.find("notice-0")->visible());
    EXPECT_EQ(ui.window().targets.find("notice-0")->visible_min.x, 0.0f) << "edge to edge";
    ui.tap_target("under");  // the strip takes no input: a tap reaches the screen under it
    EXPECT_EQ(under_tapped, 1);
    EXPECT_NEAR(redraw.after_seconds, ui::kBannerSeconds, 1e-9) << "a frame to take it away";

    now += ui::kBannerSeconds - 1;
    banner.update({missing}, now);  // still missing: the same notice, not a new one
    ui.frame();
    EXPECT_TRUE(ui::frame_shows(drawn(), missing));
    now += 1;
    banner.update({missing}, now);
    ui.frame();
    EXPECT_FALSE(ui::frame_shows(drawn(), missing));
    EXPECT_FALSE(ui.has_target("notice-0"));

    banner.update({}, now);  // plugged in
    ui.frame();
    banner.update({missing}, now + 5);  // unplugged again: said again
    now += 5;
    ui.frame();
    EXPECT_TRUE(ui::frame_shows(drawn(), missing));
    banner.update({}, now);  // plugged in: gone at once
    ui.frame();
    EXPECT_FALSE(ui::frame_shows(drawn(), missing));
}

}  // namespace
}  // namespace kiosk
