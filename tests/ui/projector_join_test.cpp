// The projector's join card (issue 12): while phones are on, the QR code and the code in a corner,
// at least a quarter of the height on the calm screens (pause, agenda, info) and smaller beside an
// exercise's header, with the presence; nothing when phones are off.
#include "bootcamp_session.h"
#include "headless_ui.h"

#include "core/action_sink.h"
#include "ui/frame_text.h"
#include "ui/projector_view.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

struct ProjectorJoin : ::testing::TestWithParam<std::pair<float, float>> {
    ProjectorJoin() : ui(GetParam().first, GetParam().second, GetParam().second / 40.0f), sink(testing::bootcamp_session("nl")) {
        show.phones.on = true;
        show.phones.url = "http://192.168.1.20:8080/j/123456";
        show.phones.code = "123456";
        show.phones.qr = ui::make_qr_code(show.phones.url);
        show.phones.connected = 12;
        ui.set_draw([this] {
            ui::Redraw redraw;
            view.draw(sink.session(), show, ui.ctx(), redraw);
        });
    }
    const ui::HitTarget* qr() {
        ui.frames(2);
        return ui.window().targets.find("phones-qr");
    }
    float height() const { return GetParam().second; }
    float width() const { return GetParam().first; }
    void expect_on_screen(const ui::HitTarget& t) {
        EXPECT_GE(t.min.x, 0.0f);
        EXPECT_GE(t.min.y, 0.0f);
        EXPECT_LE(t.max.x, width());
        EXPECT_LE(t.max.y, height());
    }
    test::HeadlessUi ui;
    MemorySession sink;
    ui::ProjectorView view;
    ui::ProjectorShow show;
};

TEST_P(ProjectorJoin, OnThePauseScreenAndTheAgendaTheQrCodeIsAQuarterOfTheHeightAtLeast) {
    show.pause_screen = true;
    const ui::HitTarget* pause = qr();
    ASSERT_TRUE(pause);
    EXPECT_GE(pause->max.y - pause->min.y, 0.25f * height());
    expect_on_screen(*pause);
    const ui::DrawnFrame frame = ui::read_drawn_frame(*ImGui::GetDrawData());
    EXPECT_TRUE(ui::frame_shows(frame, "123456"));
    EXPECT_TRUE(ui::frame_shows(frame, "Phones: 12"));
    show.pause_screen = false;
    show.agenda = true;
    const ui::HitTarget* agenda = qr();
    ASSERT_TRUE(agenda);
    EXPECT_GE(agenda->max.y - agenda->min.y, 0.25f * height());
}

TEST_P(ProjectorJoin, OnABoardASmallerOneInTheCornerWithTheCode) {
    ASSERT_TRUE(sink.submit("agenda.goto", {{"exercise", "choose"}}).ok());
    const ui::HitTarget* board = qr();
    ASSERT_TRUE(board);
    const float side = board->max.y - board->min.y;
    EXPECT_LT(side, 0.25f * height());
    EXPECT_GE(side, 0.1f * height());
    EXPECT_LT(board->max.y, 0.5f * height()) << "in the top corner, beside the header";
    EXPECT_GT(board->min.x, 0.5f * width());
    expect_on_screen(*board);
    EXPECT_TRUE(ui::frame_shows(ui::read_drawn_frame(*ImGui::GetDrawData()), "123456"));
}

TEST_P(ProjectorJoin, DuringWritingTheHandedInCountAndWhenOffNothing) {
    show.phones.writing = true;
    show.phones.handed_in = 3;
    show.pause_screen = true;
    ASSERT_TRUE(qr());
    EXPECT_TRUE(ui::frame_shows(ui::read_drawn_frame(*ImGui::GetDrawData()), "3 of 12 handed in"));
    show.phones.on = false;
    EXPECT_FALSE(qr());
    EXPECT_FALSE(ui::frame_shows(ui::read_drawn_frame(*ImGui::GetDrawData()), "123456"));
}

INSTANTIATE_TEST_SUITE_P(Sizes, ProjectorJoin,
                         ::testing::Values(std::make_pair(1920.0f, 1080.0f), std::make_pair(1024.0f, 768.0f)),
                         [](const auto& i) { return std::to_string(int(i.param.first)) + "x" + std::to_string(int(i.param.second)); });

}  // namespace
}  // namespace kiosk
