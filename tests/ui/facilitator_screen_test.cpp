// The facilitator console appears where it stays (issue 9): its first frame used to be laid out
// at one place and its second, once the window knew its own size, centred at another, so a tap
// aimed at the first layout (the end-to-end test did that) missed.
#include "headless_ui.h"

#include "ui/facilitator_screen.h"

#include <gtest/gtest.h>
#include <imgui_internal.h>

#include <algorithm>

#include <string>
#include <vector>

namespace kiosk {
namespace {

using test::HeadlessUi;

struct Rect {
    std::string key;
    float x0, y0, x1, y1;
    bool operator==(const Rect& o) const {
        return key == o.key && x0 == o.x0 && y0 == o.y0 && x1 == o.x1 && y1 == o.y1;
    }
};

std::ostream& operator<<(std::ostream& out, const Rect& r) {
    return out << r.key << " " << r.x0 << "," << r.y0 << " " << r.x1 << "," << r.y1;
}

std::vector<Rect> buttons() {
    std::vector<Rect> out;
    for (const auto& t : ui::hit_targets().all()) out.push_back({t.key, t.min.x, t.min.y, t.max.x, t.max.y});
    return out;
}

struct Console {
    explicit Console(float w, float h, float em) : ui(w, h, em) {
        ui.set_draw([this] {
            if (shown) ui::draw_facilitator_screen(ui.ctx(), session_open);
        });
    }
    HeadlessUi ui;
    bool shown = true;
    bool session_open = false;
};

class FacilitatorConsole : public ::testing::TestWithParam<std::tuple<float, float, bool>> {};

TEST_P(FacilitatorConsole, ItsButtonsInTheFirstFrameAreThoseOfTheSecond) {
    const auto [w, h, session_open] = GetParam();
    Console c(w, h, h / 40.0f);
    c.session_open = session_open;
    c.ui.frame();
    const std::vector<Rect> first = buttons();
    ASSERT_FALSE(first.empty());
    c.ui.frame();
    EXPECT_EQ(first, buttons());
    c.ui.frame();
    EXPECT_EQ(first, buttons());
    for (const Rect& r : first) {  // and all of it on the display
        EXPECT_GE(r.y0, 0.0f) << r;
        EXPECT_LE(r.y1, h) << r;
        EXPECT_GE(r.x0, 0.0f) << r;
        EXPECT_LE(r.x1, w) << r;
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, FacilitatorConsole,
                         ::testing::Values(std::make_tuple(1920.0f, 1080.0f, false), std::make_tuple(1920.0f, 1080.0f, true),
                                           std::make_tuple(1280.0f, 720.0f, true), std::make_tuple(1024.0f, 768.0f, true)));

// Opened again with other content (a session now open), the console still does not jump.
TEST(FacilitatorConsoleReopened, WithMoreButtonsItIsPlacedRightAtOnce) {
    Console c(1920, 1080, 27);
    c.ui.frames(3);
    c.shown = false;
    c.ui.frames(3);
    c.shown = true;
    c.session_open = true;
    c.ui.frame();
    const std::vector<Rect> first = buttons();
    c.ui.frame();
    EXPECT_EQ(first, buttons());
    // The tap on "quit" aimed at the first layout lands on "quit".
    const auto* quit = ui::hit_targets().find("quit");
    ASSERT_NE(quit, nullptr);
    const auto it = std::find_if(first.begin(), first.end(), [](const Rect& r) { return r.key == "quit"; });
    ASSERT_NE(it, first.end());
    const ImVec2 aimed(0.5f * (it->x0 + it->x1), 0.5f * (it->y0 + it->y1));
    EXPECT_TRUE(aimed.x >= quit->min.x && aimed.x < quit->max.x && aimed.y >= quit->min.y && aimed.y < quit->max.y);
}

// The panel is not taller than its content needs, nor clips it: the last button ends inside it.
TEST(FacilitatorConsoleReopened, ThePanelHoldsAllItsButtons) {
    Console c(1280, 720, 18);
    c.session_open = true;
    c.ui.frames(3);
    ImGuiWindow* panel = ImGui::FindWindowByName("##facilitator");
    ASSERT_NE(panel, nullptr);
    const auto* quit = ui::hit_targets().find("quit");
    ASSERT_NE(quit, nullptr);
    EXPECT_LE(quit->max.y, panel->Pos.y + panel->Size.y);
    EXPECT_GE(quit->min.y, panel->Pos.y);
}

}  // namespace
}  // namespace kiosk
