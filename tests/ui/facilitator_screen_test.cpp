// The facilitator console (issue 11): everything participants must not do, in one place, sent
// as Source::Facilitator. Its buttons appear where they stay (issue 9: a first frame laid out
// elsewhere than the second made a tap aimed at the first miss).
#include "bootcamp_session.h"
#include "headless_ui.h"

#include "core/action_sink.h"
#include "ui/facilitator_screen.h"
#include "ui/frame_text.h"

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

/// The console over the bootcamp session, on the board "choose" (the most buttons), drawn with
/// the console's own sink; `table` is the participants' sink over the same session.
struct Console {
    explicit Console(float w, float h, float em, Session session = testing::bootcamp_session("nl"))
        : ui(w, h, em), table(std::move(session)) {
        EXPECT_TRUE(facilitator.submit("agenda.goto", {{"exercise", "choose"}}).ok());
        ui.set_draw([this] {
            if (!shown) return;
            ui::ConsoleData data;
            data.facilitator = session_open ? &facilitator : nullptr;
            data.countdown = session_open ? &countdown : nullptr;
            data.language = "nl";
            data.projector_available = true;
            data.projector_monitors = monitors;
            data.projector_on = projector_monitor > 0;
            data.projector_monitor = projector_monitor;
            data.projector_waiting = projector_waiting;
            const ui::FacilitatorIntent now = ui::draw_facilitator_screen(data, ui.ctx());
            if (now.index() != 0) intent = now;  // kept past the frames after the tap
        });
    }
    void tap(const std::string& key) {
        ui.tap_target(key);
        ui.frame();
    }
    HeadlessUi ui;
    MemorySession table;
    SourcedSink facilitator{table, Source::Facilitator};
    ui::CountdownView countdown;
    bool shown = true;
    bool session_open = false;
    std::vector<ui::ProjectorMonitor> monitors;  ///< what the app offers; empty: one switch
    int projector_monitor = 0;
    bool projector_waiting = false;
    ui::FacilitatorIntent intent;
};

class FacilitatorConsole : public ::testing::TestWithParam<std::tuple<float, float, bool>> {};

TEST_P(FacilitatorConsole, ItsButtonsInTheFirstFrameAreThoseOfTheSecondAndAllOnTheDisplay) {
    const auto [w, h, session_open] = GetParam();
    Console c(w, h, h / 40.0f);
    c.session_open = session_open;
    // Two monitors besides the table's, with the long names docks give them: the most buttons.
    c.monitors = {{2, "DP-1-1-8 (Dell U2720Q)"}, {3, "HDMI-1"}};
    c.projector_monitor = 3;
    c.ui.frame();
    const std::vector<Rect> first = buttons();
    ASSERT_FALSE(first.empty());
    c.ui.frame();
    EXPECT_EQ(first, buttons());
    c.ui.frame();
    EXPECT_EQ(first, buttons());
    for (const Rect& r : first) {
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
    const auto* quit = ui::hit_targets().find("quit");
    ASSERT_NE(quit, nullptr);
    const auto it = std::find_if(first.begin(), first.end(), [](const Rect& r) { return r.key == "quit"; });
    ASSERT_NE(it, first.end());
    const ImVec2 aimed(0.5f * (it->x0 + it->x1), 0.5f * (it->y0 + it->y1));
    EXPECT_TRUE(aimed.x >= quit->min.x && aimed.x < quit->max.x && aimed.y >= quit->min.y && aimed.y < quit->max.y);
}

TEST(FacilitatorConsoleActions, TheBoardsSettingsAreSentAsTheFacilitatorAndApplied) {
    Console c(1280, 720, 18);
    c.session_open = true;
    c.ui.frames(2);
    c.tap("board-private");
    EXPECT_TRUE(c.table.session().state_of("choose").private_writing);
    c.tap("board-anonymous");
    EXPECT_TRUE(c.table.session().state_of("choose").anonymous);
    const int budget = c.table.session().vote_budget("choose");
    c.tap("budget-up");
    EXPECT_EQ(c.table.session().vote_budget("choose"), budget + 1);
    c.tap("board-reveal");
    EXPECT_FALSE(c.table.session().state_of("choose").private_writing);
    // The same settings from the participants' own sink are refused.
    EXPECT_FALSE(c.table.submit("board.private", {{"exercise", "choose"}, {"on", true}}).ok());
    EXPECT_FALSE(c.table.session().state_of("choose").private_writing);
    EXPECT_EQ(c.table.source(), Source::Table) << "the console's sink gives the table's its own source back";
}

TEST(FacilitatorConsoleActions, TheTimerStartsWithTheCurrentExercisesMinutesAndPauses) {
    Console c(1920, 1080, 27);
    c.session_open = true;
    c.ui.frames(2);
    c.tap("timer-start");
    ASSERT_TRUE(c.table.session().timer.running);
    const Exercise* choose = c.table.session().plan.find("choose");
    ASSERT_NE(choose, nullptr);
    EXPECT_EQ(c.table.session().timer.duration_ms, std::int64_t(choose->minutes) * 60'000);
    c.ui.frame();
    c.tap("timer-pause");
    EXPECT_FALSE(c.table.session().timer.running);
    EXPECT_FALSE(c.table.submit("timer.resume").ok()) << "participants cannot restart the timer";
}

TEST(FacilitatorConsoleActions, LockWhenTimeIsUpFollowsThePlanKeyAndTheFacilitatorsSwitch) {
    Console c(1024, 768, 768 / 40.0f);
    c.session_open = true;
    c.ui.frames(2);
    ASSERT_TRUE(c.ui.has_target("timer-lock-at-end"));
    const Exercise& choose = *c.table.session().plan.find("choose");
    ASSERT_FALSE(choose.lock_at_end) << "the shipped plans leave it off";
    c.tap("timer-lock-at-end");
    EXPECT_EQ(c.table.session().state_of("choose").lock_at_end, std::optional<bool>(true));
    EXPECT_TRUE(c.table.session().locks_at_end(choose));
    ASSERT_TRUE(c.facilitator.submit("timer.start", {{"seconds", 60}}).ok());
    EXPECT_TRUE(c.table.session().input_locked(c.table.session().timer.anchor_ms + 60'000));
    c.ui.frame();
    c.tap("timer-lock-at-end");
    EXPECT_EQ(c.table.session().state_of("choose").lock_at_end, std::optional<bool>(false));
    EXPECT_FALSE(c.table.session().input_locked(c.table.session().timer.anchor_ms + 60'000));
    EXPECT_FALSE(c.table.submit("timer.lock_at_end", {{"exercise", "choose"}, {"on", true}}).ok())
        << "the table's own sink is refused";
    EXPECT_FALSE(c.table.session().locks_at_end(choose));
}

TEST(FacilitatorConsoleActions, ThePlanKeyShowsAsTheSwitchOn) {
    Session with_key = testing::bootcamp_session("nl");
    for (Exercise& e : with_key.plan.agenda)
        if (e.id == "choose") e.lock_at_end = true;
    Console c(1920, 1080, 27, std::move(with_key));
    c.session_open = true;
    c.ui.frames(2);
    c.tap("timer-lock-at-end");
    EXPECT_EQ(c.table.session().state_of("choose").lock_at_end, std::optional<bool>(false)) << "on, so a tap turns it off";
}

TEST(FacilitatorConsoleActions, OneButtonPerMonitorAndOffChooseTheProjectorsMonitor) {
    Console c(1920, 1080, 27);
    c.monitors = {{2, "HDMI-1"}, {3, "DP-2"}};
    c.ui.frames(2);
    EXPECT_FALSE(c.ui.has_target("projector")) << "no one switch when there is a monitor to choose";
    for (const char* key : {"projector-off", "projector-2", "projector-3"}) EXPECT_TRUE(c.ui.has_target(key)) << key;
    EXPECT_FALSE(c.ui.has_target("projector-1")) << "the table's monitor is not offered";
    c.tap("projector-3");
    ASSERT_TRUE(std::holds_alternative<ui::ChooseProjectorIntent>(c.intent));
    EXPECT_EQ(std::get<ui::ChooseProjectorIntent>(c.intent).monitor, 3);
    c.intent = {};
    c.projector_monitor = 3;
    c.ui.frame();
    c.tap("projector-3");
    EXPECT_EQ(c.intent.index(), 0u) << "already there: nothing to do";
    c.tap("projector-off");
    ASSERT_TRUE(std::holds_alternative<ui::ChooseProjectorIntent>(c.intent));
    EXPECT_EQ(std::get<ui::ChooseProjectorIntent>(c.intent).monitor, 0);
}

// A projector that is wanted but whose screen is not there is said on the console, not only in
// the log (issue 14: refusals that reach only the log).
TEST(FacilitatorConsoleActions, AProjectorWithoutItsScreenIsSaidOnTheConsole) {
    Console c(1280, 720, 18);
    c.session_open = true;
    c.ui.frames(2);
    const char* waiting = "The projector's screen is not connected";
    EXPECT_FALSE(ui::frame_shows(ui::read_drawn_frame(*ImGui::GetDrawData()), waiting));
    c.projector_waiting = true;
    c.ui.frames(2);
    EXPECT_TRUE(ui::frame_shows(ui::read_drawn_frame(*ImGui::GetDrawData()), waiting));
}

TEST(FacilitatorConsoleActions, WithoutASessionOnlyTheRoomAndClosingAreOffered) {
    Console c(1920, 1080, 27);
    c.ui.frames(2);
    for (const char* key : {"timer-start", "board-private", "export-notes", "finish-session", "leave-session"})
        EXPECT_FALSE(c.ui.has_target(key)) << key;
    for (const char* key : {"facilitator-back", "projector", "language-en", "change-pin", "quit"})
        EXPECT_TRUE(c.ui.has_target(key)) << key;
    c.tap("language-en");
    ASSERT_TRUE(std::holds_alternative<ui::ConsoleLanguageIntent>(c.intent));
    EXPECT_EQ(std::get<ui::ConsoleLanguageIntent>(c.intent).language, "en");
}

}  // namespace
}  // namespace kiosk
