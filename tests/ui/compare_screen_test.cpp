// The comparison screen (ui/compare_screen.h), headless: both sessions' headings and values are
// drawn, a change is said in words, the list follows a finger, Back leaves.
#include "headless_ui.h"

#include "core/compare.h"
#include "ui/compare_screen.h"
#include "ui/frame_text.h"

#include <gtest/gtest.h>
#include <imgui_internal.h>

#include <vector>

namespace kiosk {
namespace {

using test::HeadlessUi;

Comparison sample_comparison() {
    Comparison c;
    c.then = {"s-1", "Bootcamp Zwolle", "2026-03-10", "Zaal 2"};
    c.now = {"s-2", "Terugkomdag Zwolle", "2026-11-29", "Café „De Hoek”"};
    CompareSection readiness;
    readiness.topic = CompareTopic::Readiness;
    readiness.title = "Readiness";
    readiness.exercise_title = "Zijn we er klaar voor?";
    readiness.rows.push_back({"Is er een team dat het werk kan dragen?", "Nog niet", "Ja", Change::Up, "", ""});
    readiness.rows.push_back({"Is er budget?", "Nee", "Nee", Change::Same, "", ""});
    c.sections.push_back(readiness);
    CompareSection board;
    board.topic = CompareTopic::StrengthsNeeds;
    board.title = "Strengths and needs";
    for (int i = 0; i < 30; ++i)  // more than a screen
        board.rows.push_back({"Sterktes", "Jongerenwerkersbijeenkomstenreeks " + std::to_string(i), "",
                              Change::Removed, "", ""});
    board.rows.push_back({"Behoeften", "", "Een eigen plek, laatste regel", Change::Added, "", ""});
    c.sections.push_back(board);
    CompareSection partners;
    partners.topic = CompareTopic::Partners;
    partners.title = "Partners";
    partners.missing_now = true;
    c.sections.push_back(partners);
    return c;
}

struct CompareScreenTest : ::testing::Test {
    explicit CompareScreenTest(float w = 1920, float h = 1080, float em = 27) : ui(w, h, em) {
        comparison = sample_comparison();
        ui.set_draw([this] {
            ui::Redraw redraw;
            const auto intent = ui::draw_compare_screen(comparison, state, ui.ctx(), redraw);
            if (!std::holds_alternative<std::monostate>(intent)) intents.push_back(intent);
        });
        ui.frames(3);
    }
    std::string drawn() const { return ui::read_drawn_frame(*ImGui::GetDrawData()).text; }
    bool shows(const std::string& text) const {
        return drawn().find(ui::glyph_text(text, *ImGui::GetFont())) != std::string::npos;
    }
    ImGuiWindow* list() const {
        for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
            if (std::string(w->Name).find("##compare-list") != std::string::npos) return w;
        return nullptr;
    }

    HeadlessUi ui;
    Comparison comparison;
    ui::CompareScreenState state;
    std::vector<ui::CompareIntent> intents;
};

TEST_F(CompareScreenTest, ShowsBothSessionsSideBySideWithTheChangeInWords) {
    for (const char* text : {"Then", "Now", "2026-03-10", "Bootcamp Zwolle", "2026-11-29", "Terugkomdag Zwolle",
                             "Café „De Hoek”", "Nog niet", "Ja", "forward", "no longer",
                             "Is er een team dat het werk kan dragen?"})
        EXPECT_TRUE(shows(text)) << text;
    // "Then" is left of "Now", and each session's value sits under its own heading.
    const ui::HitTarget* back = ui.window().targets.find("compare-back");
    ASSERT_NE(back, nullptr);
    EXPECT_GE(back->max.y - back->min.y, ui.ctx().metrics.touch_target() - 0.5f);
    EXPECT_GE(back->max.x - back->min.x, ui.ctx().metrics.touch_target() * 2.0f);
}

TEST_F(CompareScreenTest, TheListScrollsByDragAndBackLeaves) {
    ImGuiWindow* w = list();
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(ui::follows_touch(*w));
    EXPECT_GT(w->ScrollMax.y, 0.0f) << "the sample is longer than a screen";
    EXPECT_FALSE(shows("Een eigen plek, laatste regel"));
    const ui::HitTarget* region = ui.window().targets.find("scroll-compare");
    ASSERT_NE(region, nullptr);
    for (int i = 0; i < 6 && w->Scroll.y < w->ScrollMax.y; ++i) {
        const ImVec2 a(region->min.x + 0.3f * (region->max.x - region->min.x), region->min.y + 0.8f * (region->max.y - region->min.y));
        ui.drag(a, ImVec2(a.x, region->min.y + 0.1f * (region->max.y - region->min.y)), 8);
        ui.park_pointer();
        ui.frames(120);
    }
    EXPECT_GT(w->Scroll.y, 0.0f);
    EXPECT_TRUE(shows("Een eigen plek, laatste regel"));
    EXPECT_TRUE(shows("Not in this session's plan"));
    EXPECT_TRUE(intents.empty()) << "a drag pressed something";
    ui.tap_target("compare-back");
    ASSERT_EQ(intents.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<ui::LeaveCompareIntent>(intents.front()));
}

struct SmallCompareScreen : CompareScreenTest {
    SmallCompareScreen() : CompareScreenTest(1024, 768, 19) {}
};

TEST_F(SmallCompareScreen, ReadableAt1024x768) {
    for (const char* text : {"Then", "Now", "Bootcamp Zwolle", "Terugkomdag Zwolle", "forward"})
        EXPECT_TRUE(shows(text)) << text;
    const ui::HitTarget* back = ui.window().targets.find("compare-back");
    ASSERT_NE(back, nullptr);
    EXPECT_LE(back->max.x, 1024.0f);
}

}  // namespace
}  // namespace kiosk
