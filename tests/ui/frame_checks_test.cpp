// Screens checked against what ImGui rendered (ui::read_drawn_frame), for defects of issue 9
// that only show on screen: the readiness verdict scrolling away and saying "1 questions", the
// export's success line cut off at the window's edge; and the reader itself.
#include "headless_ui.h"
#include "sample_plan.h"

#include "core/action_sink.h"
#include "core/plan_json.h"
#include "plans/plan_loader.h"
#include "ui/exercise_views.h"
#include "ui/export_screen.h"
#include "ui/frame_text.h"
#include "ui/keyboard.h"
#include "ui/session_view.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using test::HeadlessUi;

ui::DrawnFrame drawn() { return ui::read_drawn_frame(*ImGui::GetDrawData()); }

// --- the reader -------------------------------------------------------------------------------

TEST(DrawnFrame, ReadsBackTextAsDrawnAndNothingThatIsClippedOrMissing) {
    HeadlessUi ui(800, 600, 20);
    ui.set_draw([] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(400, 300));
        ImGui::Begin("##w", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::TextUnformatted("Bibliotheek \xE2\x80\x9E" "één\xE2\x80\x9D ĳs");  // „één” ĳs
        ImGui::TextUnformatted("Glyph \xE2\x96\xA4 missing");                     // ▤ is not in the atlas
        ImGui::SetCursorPos(ImVec2(10, 290));
        ImGui::TextUnformatted("Onder de rand");  // half below the window: cut
        ImGui::SetCursorPos(ImVec2(600, 10));
        ImGui::TextUnformatted("Buiten beeld");  // right of the window: not shown
        ImGui::End();
        ImGui::GetForegroundDrawList()->AddText(ImVec2(770, 10), IM_COL32_WHITE, "Over de rand");
    });
    ui.frames(2);
    const ui::DrawnFrame f = drawn();
    EXPECT_TRUE(ui::frame_shows(f, "Bibliotheek \xE2\x80\x9E" "één\xE2\x80\x9D ĳs"));
    EXPECT_FALSE(ui::frame_shows(f, "Buiten beeld"));
    EXPECT_FALSE(ui::frame_shows(f, "Glyph \xE2\x96\xA4 missing")) << "a missing glyph is not the text";
    EXPECT_EQ(f.missing_glyphs, 1);
    ASSERT_EQ(f.missing.size(), 1u);
    EXPECT_NE(f.missing[0].find("Glyph"), std::string::npos) << f.missing[0];
    EXPECT_GT(f.cut_glyphs, 0);
    EXPECT_NEAR(f.smallest_font_px, 20.0f, 0.6f);
    EXPECT_GT(f.max.x, 800.0f) << "what is laid out beyond the display counts in the bounding box";
    EXPECT_FALSE(ui::frame_shows(f, "Over de rand"));
}

// --- the readiness verdict ----------------------------------------------------------------------

/// The shipped Dutch plan's session, at its readiness check (six questions).
Session shipped_session() {
    const PlanLoadResult r = load_plan_file(KIOSK_SOURCE_DIR "/sessions/bootcamp.nl.toml");
    Session s;
    if (r.ok())
        apply(s, make_action("session.create", "s-1", 1'000'000,
                             {{"title", "Bootcamp"}, {"date", "2026-11-29"}, {"place", "Zaal 2"}, {"plan", plan_to_json(*r.plan)}}));
    return s;
}

struct ChecklistScreen : ::testing::Test {
    ChecklistScreen() : ui(1024, 768, 768.0f / 40.0f), sink(shipped_session()) {
        sink.submit("agenda.goto", {{"exercise", "readiness"}});
        ui.set_draw([this] {
            ui::Redraw redraw;
            view.draw_exercise(sink, ui.ctx(), redraw);
            ui::keyboard_panel().draw(ui.ctx(), redraw);
        });
        ui.frames(3);
    }
    HeadlessUi ui;
    MemorySession sink;
    ui::SessionView view;
};

TEST(ChecklistVerdict, OneOpenQuestionIsSingular) {
    Session::Tally t;
    t.yes = 1;
    t.open = 1;
    t.no = 1;
    EXPECT_EQ(ui::checklist_verdict(t, 2, 3), "1 yes so far; 2 needed, 1 question still open.");
    t.open = 2;
    t.no = 0;
    EXPECT_EQ(ui::checklist_verdict(t, 2, 3), "1 yes so far; 2 needed, 2 questions still open.");
}

TEST_F(ChecklistScreen, TheVerdictStaysInViewWhenTheQuestionsScroll) {
    ASSERT_NE(sink.session().current_exercise(), nullptr);
    ASSERT_EQ(sink.session().current_exercise()->id, "readiness");
    const Exercise& ex = *sink.session().current_exercise();
    const std::string verdict = ui::checklist_verdict(sink.session().tally(ex.id), ex.pass_count, int(ex.questions.size()));
    ASSERT_TRUE(ui::frame_shows(drawn(), verdict));
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 30; ++i) {  // to the bottom of the questions
        io.MousePos = ImVec2(512, 600);
        io.MouseWheel = -1.0f;
        ui.frame();
    }
    io.MouseWheel = 0.0f;
    ui.park_pointer();
    const ui::DrawnFrame f = drawn();
    const Question& last = sink.session().current_exercise()->questions.back();
    EXPECT_TRUE(ui::frame_shows(f, last.text)) << "scrolled to the last question";
    EXPECT_TRUE(ui::frame_shows(f, verdict)) << "the verdict scrolled away";
}

// --- the export's success line ------------------------------------------------------------------

TEST(ExportScreen, TheSuccessLineWrapsInsteadOfRunningOffTheScreen) {
    HeadlessUi ui(1024, 768, 768.0f / 40.0f);
    ui::ExportScreenData data{"Bootcamp", {{"USB stick or card: KINGSTON", "/media/anna/KINGSTON", true}}};
    ui::ExportScreenState state;
    ui::ExportProgress progress;
    progress.phase = ui::ExportProgress::Phase::Done;
    progress.done = progress.total = 5;
    progress.folder = "/media/anna/KINGSTON 32GB/Bibliotheek Zwolle/Workshopverslagen";
    progress.written = {"bootcamp-werken-met-communities-2026-11-29.md", "bootcamp.html"};
    ui.set_draw([&] {
        ui::Redraw redraw;
        ui::draw_export_screen(data, state, progress, ui.ctx(), redraw);
    });
    ui.frames(3);
    const ui::DrawnFrame f = drawn();
    EXPECT_TRUE(ui::frame_shows(f, "2 files written to /media/anna/KINGSTON 32GB/Bibliotheek Zwolle/Workshopverslagen"));
    EXPECT_LE(f.max.x, 1024.5f) << "nothing is laid out beyond the window";
}

}  // namespace
}  // namespace kiosk
