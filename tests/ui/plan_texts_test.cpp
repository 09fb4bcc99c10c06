// Every text the shipped plans give an exercise reaches the table (issue 9: boards drew neither
// their prompt nor their rules, forms skipped their rules, the writing screen skipped the
// exercise's question). For both plans, at 1920x1080 and 1024x768, each exercise (and each
// phase of a writing exercise) is drawn by ui::SessionView as the app draws it; every "?" panel
// on screen is opened by a tap, the scrolling parts are scrolled through, and the text is read
// back from what ImGui rendered (ui::read_drawn_frame): a text counts only when all its glyphs
// were drawn, in one piece, visible, at body size or larger.
#include "headless_ui.h"
#include "plan_texts.h"

#include "core/action_sink.h"
#include "core/plan_json.h"
#include "plans/plan_loader.h"
#include "ui/frame_text.h"
#include "ui/keyboard.h"
#include "ui/session_view.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace kiosk {
namespace {

struct Size {
    float w, h;
};

struct FakeClock final : Clock {
    std::int64_t wall_ms() const override { return 2'000'000; }
    std::int64_t monotonic_ms() const override { return 50'000; }
};

Plan shipped_plan(const std::string& language) {
    const PlanLoadResult r = load_plan_file(KIOSK_SOURCE_DIR "/sessions/bootcamp." + language + ".toml");
    EXPECT_TRUE(r.ok()) << language;
    return r.ok() ? *r.plan : Plan{};
}

Session session_of(const Plan& plan) {
    Session s;
    EXPECT_TRUE(apply(s, make_action("session.create", "s-plan", 1'000'000,
                                     {{"title", "Bootcamp"}, {"date", "2026-11-29"}, {"place", "Zaal 2"},
                                      {"plan", plan_to_json(plan)}})));
    return s;
}

/// Keys of the widgets that open a plan text on demand: a column's "?", a question's
/// explanation, a field's helping questions, an exercise's rules.
bool opens_help(const std::string& key) {
    return key.rfind("hint:", 0) == 0 || key.rfind("hint-", 0) == 0 ||
           (key.size() > 5 && key.compare(key.size() - 5, 5, "-help") == 0) || key == "exercise-rules";
}

class PlanTextsTest : public ::testing::TestWithParam<std::tuple<std::string, int>> {};

struct Walk {
    std::string seen;     // everything drawn over the walk
    float smallest = 0;   // smallest font size drawn
    int missing = 0;      // missing-glyph boxes drawn
    std::vector<std::string> missing_near;
};

/// Draws the current exercise, opens each help panel on screen once, and scrolls every
/// scrolling part (left, middle and right of the screen) to its end, collecting what is drawn.
Walk walk_exercise(test::HeadlessUi& ui, Size size) {
    Walk walk;
    auto collect = [&] {
        const ui::DrawnFrame f = ui::read_drawn_frame(*ImGui::GetDrawData());
        walk.seen += f.text + "\n";
        if (f.smallest_font_px > 0)
            walk.smallest = walk.smallest == 0 ? f.smallest_font_px : std::min(walk.smallest, f.smallest_font_px);
        walk.missing += f.missing_glyphs;
        walk.missing_near.insert(walk.missing_near.end(), f.missing.begin(), f.missing.end());
    };
    std::set<std::string> tapped;
    ImGuiIO& io = ImGui::GetIO();
    const float xs[] = {0.12f * size.w, 0.5f * size.w, 0.88f * size.w};
    // A repeatable form shows its fields once the room adds a record, as it would for a partner.
    // Two frames first: a scrolling region finds out in its first frame whether it needs a
    // scroll bar, and a person never taps within 16 ms of the screen appearing.
    ui.frames(2);
    for (float x : xs) {  // from the top: a region may keep its scroll from an earlier phase
        io.MousePos = ImVec2(x, 0.72f * size.h);
        io.MouseWheel = 50.0f;
        ui.frame();
    }
    io.MouseWheel = 0.0f;
    ui.park_pointer();
    if (ui.has_target("form-add")) {
        ui.tap_target("form-add");
        ui.park_pointer();

    }
    std::string last_step;
    for (int step = 0; step < 60; ++step) {
        const std::size_t step_begin = walk.seen.size();
        ui.frame();
        collect();
        for (bool again = true; again;) {
            again = false;
            for (const auto& t : ui::hit_targets().all()) {
                const ImVec2 c = t.centre();
                if (!opens_help(t.key) || tapped.count(t.key) || c.y < 0 || c.y > size.h || c.x < 0 || c.x > size.w)
                    continue;
                tapped.insert(t.key);
                ui.tap(c);
                ui.park_pointer();
                ui.frame();
                collect();
                again = true;
                break;  // the layout moved: look at the targets again
            }
        }
        for (float x : xs) {
            io.MousePos = ImVec2(x, 0.72f * size.h);
            io.MouseWheel = -1.0f;
            ui.frame();
            io.MouseWheel = 0.0f;
            collect();
        }
        ui.park_pointer();
        const std::string this_step = walk.seen.substr(step_begin);
        if (this_step == last_step) break;  // scrolled to the end everywhere, nothing new opened
        last_step = this_step;
    }
    return walk;
}

TEST_P(PlanTextsTest, EveryPlanTextOfEveryExerciseIsDrawn) {
    const auto [language, size_index] = GetParam();
    const Size size = size_index == 0 ? Size{1920, 1080} : Size{1024, 768};
    const float em = size.h / 40.0f;  // body text is 1/40 of the screen height (README)
    const Plan plan = shipped_plan(language);
    ASSERT_FALSE(plan.agenda.empty());
    FakeClock clock;
    MemorySession sink(session_of(plan), clock);
    test::HeadlessUi ui(size.w, size.h, em);
    auto view = std::make_unique<ui::SessionView>(clock);
    ui.set_draw([&] {
        ui::Redraw redraw;
        view->draw_exercise(sink, ui.ctx(), redraw);
        ui::keyboard_panel().draw(ui.ctx(), redraw);
    });

    for (const Exercise& ex : plan.agenda) {
        std::vector<const Phase*> phases;
        for (const Phase& p : ex.phases) phases.push_back(&p);
        if (phases.empty()) phases.push_back(nullptr);
        for (const Phase* phase : phases) {
            ASSERT_TRUE(sink.submit("agenda.goto", {{"exercise", ex.id}}).ok());
            if (phase) ASSERT_TRUE(sink.submit("writing.phase", {{"exercise", ex.id}, {"phase", phase->id}}).ok());
            view = std::make_unique<ui::SessionView>(clock);  // every panel closed, nothing scrolled
            const Walk walk = walk_exercise(ui, size);
            const std::string where = language + " " + std::to_string(int(size.w)) + "x" + std::to_string(int(size.h)) +
                                      " " + ex.id + (phase ? "/" + phase->id : std::string());
            for (const testing::PlanText& t : testing::exercise_texts(ex, phase)) {
                const std::string want = ui::glyph_text(t.text, *ImGui::GetIO().Fonts->Fonts[0]);
                EXPECT_NE(walk.seen.find(want), std::string::npos)
                    << where << ": " << t.where << " never drawn whole: \"" << t.text << "\"";
            }
            EXPECT_GE(walk.smallest, em - 0.5f) << where << ": text drawn below body size";
            EXPECT_EQ(walk.missing, 0) << where << ": missing glyph near \""
                                       << (walk.missing_near.empty() ? "" : walk.missing_near.front()) << "\"";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(BothPlansBothSizes, PlanTextsTest,
                         ::testing::Combine(::testing::Values("nl", "en"), ::testing::Values(0, 1)),
                         [](const auto& info) {
                             return std::get<0>(info.param) + (std::get<1>(info.param) == 0 ? "_1920x1080" : "_1024x768");
                         });

}  // namespace
}  // namespace kiosk
