// The table lock on the session screens (issue 11), headless: the lock covers the exercise and
// the agenda while Session::input_locked(), a tap on a note or a column's "+" under it does
// nothing, the board starts no drag, the facilitator's long-press on the lock still opens the
// console, and a lock at time's end shows on the countdown's own redraw.
#include "headless_ui.h"
#include "fake_clock.h"
#include "sample_plan.h"

#include "core/action_sink.h"
#include "core/actions.h"
#include "ui/keyboard.h"
#include "ui/session_view.h"

#include <gtest/gtest.h>

#include <limits>

namespace kiosk {
namespace {

using test::HeadlessUi;
using testing::FakeClock;

/// The sample session with lock_at_end on the board "matrix".
Session session_with_board_lock_at_end() {
    Plan plan = testing::sample_plan();
    for (Exercise& e : plan.agenda)
        if (e.id == "matrix") e.lock_at_end = true;
    return testing::session_from(plan);
}

struct TableLockView : ::testing::Test {
    TableLockView() : sink(session_with_board_lock_at_end(), clock), view(clock) {
        ui.set_draw([this] {
            ui::Redraw redraw;
            const ui::SessionOutcome out =
                agenda ? view.draw_agenda(sink, ui.ctx(), redraw) : view.draw_exercise(sink, ui.ctx(), redraw);
            if (out.open_facilitator) ++console_opened;
            ui::keyboard_panel().draw(ui.ctx(), redraw);
            last_redraw = redraw;
        });
        EXPECT_TRUE(sink.submit(actions::AgendaGoto{"matrix"}).ok());
        EXPECT_TRUE(sink.submit(actions::NoteAdd{"n1", "matrix", "of", "idee", {}, {}, {}}).ok());
        ui.frames(3);
    }
    const Session& s() const { return sink.session(); }
    void lock() {
        ASSERT_TRUE(console.submit(actions::TableLock{}).ok());
        ui.frames(2);
    }

    HeadlessUi ui;
    FakeClock clock;
    MemorySession sink;
    SourcedSink console{sink, Source::Facilitator, clock};  // the facilitator console's sink
    ui::SessionView view;
    bool agenda = false;
    int console_opened = 0;
    ui::Redraw last_redraw;
};

}  // namespace

TEST_F(TableLockView, NoLockWhileTheTableIsOpen) {
    EXPECT_FALSE(ui.has_target("table-lock"));
    EXPECT_TRUE(ui.has_target("note:n1"));
}

TEST_F(TableLockView, TheLockCoversTheBoardAndATapUnderItDoesNothing) {
    const ImVec2 note = ui.centre_of("note:n1");
    const ImVec2 plus = ui.centre_of("add-note:of");
    lock();
    EXPECT_TRUE(ui.has_target("table-lock"));
    ui.tap(note);
    ui.frames(2);
    EXPECT_FALSE(view.board().editor().is_open()) << "a tap on a note under the lock opened it";
    ui.tap(plus);
    ui.frames(2);
    EXPECT_FALSE(view.board().editor().is_open()) << "a tap on + under the lock opened the editor";
    EXPECT_EQ(s().notes.size(), 1u);

    ASSERT_TRUE(console.submit(actions::TableUnlock{}).ok());
    ui.frames(2);
    EXPECT_FALSE(ui.has_target("table-lock"));
    ui.tap(plus);
    ui.frames(2);
    EXPECT_TRUE(view.board().editor().is_open()) << "unlocked, the same tap opens the editor again";
}

TEST_F(TableLockView, TheBoardStartsNoDragUnderTheLock) {
    const ImVec2 from = ui.centre_of("note:n1");
    const ImVec2 to = ui.centre_of("column:by");
    lock();
    for (int i = 0; i <= 8; ++i) {
        const float t = float(i) / 8.0f;
        view.board().set_pointers({{7, true, from.x + t * (to.x - from.x), from.y + t * (to.y - from.y)}});
        ui.frame();
        EXPECT_TRUE(view.board().dragged_notes().empty()) << "step " << i;
    }
    view.board().set_pointers({});
    ui.frames(2);
    EXPECT_EQ(s().find_note("n1")->column, "of");
}

TEST_F(TableLockView, TheFacilitatorsLongPressOnTheLockOpensTheConsole) {
    lock();
    ASSERT_TRUE(ui.has_target("facilitator"));
    ui.tap_target("facilitator");
    ui.frames(2);
    EXPECT_EQ(console_opened, 0) << "a short tap does not open it";
    ui.hold(ui.centre_of("facilitator"), 2.2f);
    ui.frames(2);
    EXPECT_EQ(console_opened, 1);
}

TEST_F(TableLockView, TheAgendaIsLockedTooAndKeepsTheLongPress) {
    agenda = true;
    ui.frames(3);
    const ImVec2 next = ui.centre_of("agenda-next");
    const std::size_t here = s().current;
    lock();
    EXPECT_TRUE(ui.has_target("table-lock"));
    ui.tap(next);
    ui.frames(2);
    EXPECT_EQ(s().current, here) << "Next exercise under the lock moved the room";
    ui.hold(ui.centre_of("facilitator"), 2.2f);
    ui.frames(2);
    EXPECT_EQ(console_opened, 1);
}

TEST_F(TableLockView, ALockedIdleScreenAsksNoRedraws) {
    lock();
    ui.park_pointer();
    ui.frames(3);
    EXPECT_EQ(last_redraw.after_seconds, std::numeric_limits<double>::infinity());
}

TEST_F(TableLockView, TheLockAtTimesEndShowsOnTheCountdownsLastTick) {
    ASSERT_TRUE(console.submit(actions::TimerStart{5}).ok());
    ui.frames(2);
    for (int second = 1; second <= 5; ++second) {
        EXPECT_FALSE(ui.has_target("table-lock")) << "at " << second - 1 << " s";
        // The app sleeps until the redraw the countdown asks for: a second at most, plus the
        // countdown's few milliseconds of margin past the tick.
        ASSERT_LE(last_redraw.after_seconds, 1.01);
        clock.advance(1'000);
        ui.frame();
    }
    EXPECT_TRUE(ui.has_target("table-lock")) << "locked on the frame of the end";
    EXPECT_FALSE(s().table_locked);
}

}  // namespace kiosk
