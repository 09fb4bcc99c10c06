// The archive screen (issue 13), headless: search typed on the on-screen keyboard, filter chips,
// drag to scroll, the detail's intents, and the confirm flow behind the facilitator console.
#include "headless_ui.h"

#include "ui/archive_screen.h"
#include "ui/keyboard.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <vector>

namespace kiosk {
namespace {

using test::HeadlessUi;
using Confirm = ui::ArchiveScreenState::Confirm;

struct ArchiveScreenTest : ::testing::Test {
    explicit ArchiveScreenTest(float w = 1920, float h = 1080, float em = 27) : ui(w, h, em) {
        data = ui::demo_archive_screen_data();
        ui.set_draw([this] {
            ui::Redraw redraw;
            auto intent = ui::draw_archive_screen(data, state, ui.ctx(), redraw);
            ui::keyboard_panel().draw(ui.ctx(), redraw);
            if (!std::holds_alternative<std::monostate>(intent)) intents.push_back(intent);
        });
        ui.frames(3);
    }
    template <typename T>
    std::vector<T> all_of() const {
        std::vector<T> out;
        for (const auto& i : intents)
            if (const T* t = std::get_if<T>(&i)) out.push_back(*t);
        return out;
    }
    void many_rows(int n) {
        const auto one = data.rows.front();
        data.rows.clear();
        for (int i = 0; i < n; ++i) {
            auto r = one;
            r.id = fmt::format("s-{:03}", i);
            r.title = fmt::format("Sessie {}", i);
            data.rows.push_back(r);
        }
        ui.frames(3);
    }

    HeadlessUi ui;
    ui::ArchiveScreenData data;
    ui::ArchiveScreenState state;
    std::vector<ui::ArchiveIntent> intents;
};

TEST_F(ArchiveScreenTest, SearchTypedOnTheKeyboardLeavesTheFirstRowsInSight) {
    ui.tap_target("archive-search");
    ui.frames(2);
    ASSERT_TRUE(ui::keyboard_panel().has_focus("archive-search"));
    for (char c : std::string("zoe")) ui.tap_target(std::string("key-") + c);
    ui.frames(1);  // the keyboard types at the end of a frame; the filter follows on the next
    EXPECT_EQ(state.filter.search, state.search.text());
    EXPECT_EQ(state.search.text().size(), 3u);
    const float keyboard_top = ImGui::GetIO().DisplaySize.y - ui::keyboard_panel().reserved_height(ui.ctx());
    ASSERT_LT(keyboard_top, ImGui::GetIO().DisplaySize.y);
    for (int i = 0; i < 2; ++i) {
        const ui::HitTarget* row = ui::hit_targets().find("row-" + data.rows[size_t(i)].id);
        ASSERT_NE(row, nullptr);
        EXPECT_LE(row->max.y, keyboard_top) << "row " << i << " is under the keyboard";
    }
}

TEST_F(ArchiveScreenTest, ChipsSetTheFilterAndTapAgainClearsPlanAndYear) {
    ui.tap_target("chip-status-2");
    EXPECT_EQ(state.filter.status, ui::ArchiveFilter::Status::Finished);
    ui.tap_target("chip-status-1");
    EXPECT_EQ(state.filter.status, ui::ArchiveFilter::Status::InProgress);
    ui.tap_target("chip-year-2025");
    EXPECT_EQ(state.filter.year, "2025");
    ui.tap_target("chip-year-2025");
    EXPECT_EQ(state.filter.year, "");
    ui.tap_target("chip-archived");
    EXPECT_TRUE(state.filter.archived);
    EXPECT_FALSE(ui.has_target("chip-plan-bootcamp")) << "one plan only: no plan chips";
}

TEST_F(ArchiveScreenTest, TheListScrollsByDragAndADragTapsNoRow) {
    many_rows(40);
    const ui::HitTarget* region = ui::hit_targets().find("scroll-archive-rows");
    ASSERT_NE(region, nullptr);
    ASSERT_FALSE(ui.has_target("row-s-039") && ui::hit_targets().find("row-s-039")->max.y < region->max.y);
    const ImVec2 from(region->centre().x, region->max.y - 20.0f), to(region->centre().x, region->min.y + 20.0f);
    for (int i = 0; i < 6; ++i) ui.drag(from, to, 8);
    ui.frames(60);
    const ui::HitTarget* last = ui::hit_targets().find("row-s-039");
    ASSERT_NE(last, nullptr);
    EXPECT_TRUE(last->visible());
    EXPECT_TRUE(state.selected.empty()) << "a drag is not a tap";
}

TEST_F(ArchiveScreenTest, DetailOpensReadOnlyExportsAndCompares) {
    ui.tap_target("row-s-0004");
    ui.frames(2);
    EXPECT_EQ(state.selected, "s-0004");
    ui.tap_target("open-read-only");
    ui.tap_target("export");
    ui.tap_target("compare");
    ui.frames(2);  // the "pick the second" line appears above the rows
    ui.tap_target("row-s-0002");
    ui.frames(2);
    ASSERT_EQ(all_of<ui::OpenReadOnlyIntent>().size(), 1u);
    EXPECT_EQ(all_of<ui::OpenReadOnlyIntent>()[0].session_id, "s-0004");
    ASSERT_EQ(all_of<ui::ExportSessionsIntent>().size(), 1u);
    EXPECT_EQ(all_of<ui::ExportSessionsIntent>()[0].ids, std::vector<std::string>{"s-0004"});
    const auto compare = all_of<ui::CompareSessionsIntent>();
    ASSERT_EQ(compare.size(), 1u);
    EXPECT_EQ(compare[0].then_id, "s-0002");  // the older one, whichever was tapped first
    EXPECT_EQ(compare[0].now_id, "s-0004");
}

TEST_F(ArchiveScreenTest, ExportTheseExportsEveryRowTheFilterLeaves) {
    // A year of sessions in one spreadsheet (issue 13): the chips narrow, one tap exports them.
    const std::size_t rows = data.rows.size();
    ASSERT_GT(rows, 1u);
    ui.tap_target("export-list");
    ui.frames(2);
    const auto exports = all_of<ui::ExportSessionsIntent>();
    ASSERT_EQ(exports.size(), 1u);
    ASSERT_EQ(exports[0].ids.size(), rows);
    for (std::size_t i = 0; i < rows; ++i) EXPECT_EQ(exports[0].ids[i], data.rows[i].id);
    data.rows.resize(1);  // one session left: its own detail exports it, the button goes
    ui.frames(3);
    EXPECT_FALSE(ui.has_target("export-list"));
}

TEST_F(ArchiveScreenTest, DeleteAsksForTheConsoleThenConfirmsNamingTheSession) {
    ui.tap_target("row-s-0003");
    ui.frames(2);
    ui.tap_target("delete");
    EXPECT_EQ(all_of<ui::ArchiveNeedsConsoleIntent>().size(), 1u);
    EXPECT_FALSE(ui.has_target("archive-confirm")) << "no confirm before the console is open";
    data.console_open = true;  // the PIN gate let the facilitator in
    ui.frames(2);
    ASSERT_TRUE(ui.has_target("archive-confirm"));
    ui.tap_target("confirm-no");
    EXPECT_EQ(state.confirm, Confirm::None);
    EXPECT_TRUE(all_of<ui::DeleteSessionIntent>().empty());
    ui.tap_target("delete");
    ui.frames(1);
    ui.tap_target("confirm-yes");
    const auto deleted = all_of<ui::DeleteSessionIntent>();
    ASSERT_EQ(deleted.size(), 1u);
    EXPECT_EQ(deleted[0].session_id, "s-0003");
}

TEST_F(ArchiveScreenTest, ArchiveAwayAndContinueGoThroughTheirConfirm) {
    data.console_open = true;
    ui.tap_target("row-s-0005");
    ui.frames(2);
    ui.tap_target("archive-away");
    ui.frames(1);
    ui.tap_target("confirm-yes");
    ASSERT_EQ(all_of<ui::ArchiveAwayIntent>().size(), 1u);
    EXPECT_TRUE(all_of<ui::ArchiveAwayIntent>()[0].archived);
    ui.tap_target("row-s-0005");
    ui.frames(2);
    ui.tap_target("continue");
    ui.frames(1);
    ui.tap_target("confirm-yes");
    ASSERT_EQ(all_of<ui::ContinueSessionIntent>().size(), 1u);
    EXPECT_EQ(all_of<ui::ContinueSessionIntent>()[0].session_id, "s-0005");
    EXPECT_TRUE(all_of<ui::ArchiveNeedsConsoleIntent>().empty());
}

struct SmallArchiveScreenTest : ArchiveScreenTest {
    SmallArchiveScreenTest() : ArchiveScreenTest(1024, 768, 20) {}
};

TEST_F(SmallArchiveScreenTest, EveryTargetIsFingerSized) {
    ui.tap_target("row-s-0004");
    ui.frames(2);
    for (const auto& t : ui::hit_targets().all()) {
        if (t.key.rfind("scroll-", 0) == 0) continue;
        EXPECT_GE(t.max.y - t.min.y + 0.5f, ui.ctx().metrics.touch_target()) << t.key;
    }
}

}  // namespace
}  // namespace kiosk
