// After a crash the kiosk comes back as the room left it (issue 9): the open session at its
// exercise, the seat chosen on the board and the note being written. A real SQLite file; the
// "crash" is a child process that writes through the kiosk's own objects and then dies with
// _exit() (no destructor, no clean close, as after SIGKILL or a power cut).
#include "app/ui_state_sync.h"

#include "headless_ui.h"
#include "sample_plan.h"
#include "../store/temp_dir.h"  // the store tests' temporary folder

#include "core/plan_json.h"
#include "store/live_session.h"
#include "store/store.h"
#include "ui/keyboard.h"
#include "ui/session_view.h"

#include <gtest/gtest.h>
#include <SQLiteCpp/Database.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <limits>
#include <memory>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace kiosk {
namespace {

/// Runs `body` in a child process that ends with _exit(): its exit code is body's result.
int crash_after(const std::function<int()>& body) {
    const pid_t pid = ::fork();
    if (pid == 0) ::_exit(body());
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100;
}

/// A session screen over a LiveSession, drawn headlessly as the app draws it.
struct Screen {
    explicit Screen(ActionSink& sink) : sink(&sink) {
        ui.set_draw([this] {
            ui::Redraw redraw;
            view.draw_exercise(*this->sink, ui.ctx(), redraw);
            ui::keyboard_panel().draw(ui.ctx(), redraw);
        });
        ui.frames(3);
    }
    void tap(const std::string& key) {
        ui.tap_target(key);
        ui.frame();
    }
    test::HeadlessUi ui;
    ActionSink* sink;
    ui::SessionView view;
};

constexpr const char* kSession = "s-absturz";

/// Starts the sample session as kSession in `live` and opens its board; false when refused.
bool open_board(LiveSession& live) {
    Action create = testing::create_sample_session();
    create.data["session"] = kSession;
    return live.submit(create).ok() && live.submit("agenda.goto", {{"exercise", "matrix"}}).ok();
}

/// The first run: a session on the board, seat 3 chosen, a note half written; then the crash.
int first_run(const std::string& db, bool leave_on_purpose) {
    Store store(db, Access::Write);
    LiveSession live(store);
    if (!open_board(live)) return 1;
    app::UiStateSync sync(store);
    sync.opened(kSession);
    Screen screen(live);
    screen.tap("seat");
    screen.tap("seat:3");
    screen.tap("add-note:of");
    screen.ui.frame();
    screen.ui.type("Voorleesuurtje op zaterdag");
    for (int i = 0; i < 4; ++i) {  // frames over two seconds, as the app saves them
        screen.ui.frame(0.5f);
        sync.save(kSession, screen.view, 10.0 + 0.5 * i);
    }
    if (!screen.view.board().editor().is_open()) return 3;
    if (leave_on_purpose) sync.left();
    return 0;  // and die: no destructor runs, SQLite is not closed
}

TEST(UiStateAfterACrash, TheSessionItsExerciseTheSeatAndTheDraftComeBack) {
    testing::TempDir dir;
    const std::string db = dir.file("kiosk.db");
    ASSERT_EQ(crash_after([&] { return first_run(db, false); }), 0);

    Store store(db, Access::Write);
    app::UiStateSync sync(store);
    ASSERT_EQ(sync.open_session(), kSession) << "the session that was open reopens";
    LiveSession live = LiveSession::open(store, sync.open_session());
    ASSERT_EQ(live.session().current_exercise()->id, "matrix") << "at its exercise";
    Screen screen(live);
    sync.restore(kSession, "matrix", screen.view);
    screen.ui.frames(2);
    EXPECT_EQ(screen.view.board().seat(), 3) << "the seat chosen before the crash";
    ASSERT_TRUE(screen.view.board().editor().is_open()) << "the note being written";
    EXPECT_EQ(screen.view.board().editor().draft().text, "Voorleesuurtje op zaterdag");
    ASSERT_TRUE(screen.ui.has_target("note-save"));
    screen.tap("note-save");
    screen.ui.frames(2);
    const auto notes = live.session().notes_in("matrix", "of");
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0]->text, "Voorleesuurtje op zaterdag");
    EXPECT_EQ(notes[0]->seat, "seat-3");
}

TEST(UiStateAfterACrash, ASessionLeftOnPurposeDoesNotReopen) {
    testing::TempDir dir;
    const std::string db = dir.file("kiosk.db");
    ASSERT_EQ(crash_after([&] { return first_run(db, true); }), 0);
    Store store(db, Access::Write);
    app::UiStateSync sync(store);
    EXPECT_EQ(sync.open_session(), "");
    LiveSession live = LiveSession::open(store, kSession);
    Screen screen(live);
    sync.restore(kSession, "matrix", screen.view);
    screen.ui.frames(2);
    EXPECT_EQ(screen.view.board().seat(), 0);
    EXPECT_FALSE(screen.view.board().editor().is_open());
}

// The draft is written while it is typed, not only when the editor closes, and not with every
// key (each write is a transaction on disk).
TEST(UiStateAfterACrash, ADraftIsWrittenAtMostOnceASecondWhileTyped) {
    testing::TempDir dir;
    const std::string db = dir.file("kiosk.db");
    Store store(db, Access::Write);
    LiveSession live(store);
    ASSERT_TRUE(open_board(live));
    app::UiStateSync sync(store);
    Screen screen(live);
    screen.tap("add-note:of");
    sync.save(kSession, screen.view, 1.0);
    screen.ui.type("7");
    sync.save(kSession, screen.view, 1.2);
    EXPECT_EQ(Json::parse(*store.ui_state("board"))["draft"]["text"], "") << "not yet: 0.2 s after the last write";
    sync.save(kSession, screen.view, 2.1);
    EXPECT_EQ(Json::parse(*store.ui_state("board"))["draft"]["text"], "7");
}

TEST(UiStateAfterACrash, AfterAFailedWriteTheNextTryWaitsASecondSoFramesDoNotStall) {
    // shared/cases K12: while another program holds the database, each try waits out the busy
    // timeout on the UI thread; a try every frame held the frames, and lost taps, for the whole lock.
    testing::TempDir dir;
    const std::string db = dir.file("kiosk.db");
    Store store(db, Access::Write, StoreOptions{20});
    LiveSession live(store);
    ASSERT_TRUE(open_board(live));
    app::UiStateSync sync(store);
    Screen screen(live);
    auto shell = std::make_unique<SQLite::Database>(db, SQLite::OPEN_READWRITE);
    shell->exec("BEGIN IMMEDIATE");
    screen.tap("add-note:of");
    EXPECT_DOUBLE_EQ(sync.save(kSession, screen.view, 1.0), app::UiStateSync::kRetryAfterFailureSeconds);
    shell->exec("COMMIT");
    shell.reset();
    screen.ui.type("7");
    EXPECT_NEAR(sync.save(kSession, screen.view, 1.5), 0.5, 1e-9) << "no second try within the second";
    EXPECT_FALSE(store.ui_state("board").has_value()) << "nothing was written at 1.5 s";
    EXPECT_EQ(sync.save(kSession, screen.view, 2.1), std::numeric_limits<double>::infinity());
    EXPECT_EQ(Json::parse(*store.ui_state("board"))["draft"]["text"], "7") << "written at the next try";
}

}  // namespace
}  // namespace kiosk
