// The rule for time (core/timer.h) through the store: timer actions keep both clocks' readings
// and their run in the log, a writer killed with SIGKILL leaves them so, and a kiosk reopened in
// a new run times the countdown by the wall clock, bounded.
#include "store/live_session.h"

#include "sample_plan.h"
#include "store/store.h"
#include "temp_dir.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <csignal>

#include <sys/wait.h>
#include <unistd.h>

namespace kiosk {
namespace {

using testing::TempDir;
using testing::user_action;

constexpr std::int64_t kMinute = 60'000, kHour = 60 * kMinute;

/// A clock of one run of the kiosk; step_wall() moves the wall clock alone.
struct RunClock final : Clock {
    std::int64_t wall = 2'000'000, mono = 100;
    std::string run = "r-0000000000a1";
    std::int64_t wall_ms() const override { return wall; }
    std::int64_t monotonic_ms() const override { return mono; }
    std::string run_id() const override { return run; }
    void advance(std::int64_t ms) { wall += ms, mono += ms; }
};

void submit(LiveSession& live, const std::string& type, Json fields = Json::object()) {
    const SubmitResult r = live.submit(user_action(type, "s-test", std::move(fields)));
    ASSERT_EQ(r.state, SaveState::Saved) << type << ": " << r.message;
}

/// The first run, in a child process killed with SIGKILL after its last action: the countdown
/// started, a wall-clock step of an hour forward, a pause, a resume, 10 s more.
void first_run_then_killed(const std::string& path, const RunClock& start) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        RunClock clock = start;
        Store store(path, Access::Write);
        LiveSession live(store, clock);
        live.set_source(Source::Facilitator);
        live.submit(testing::create_sample_session());
        submit(live, "agenda.goto", {{"exercise", "visie"}});
        submit(live, "timer.start", {{"seconds", 600}});
        clock.advance(30'000);
        clock.wall += kHour;  // NTP after boot
        submit(live, "timer.pause");
        submit(live, "timer.resume");
        clock.advance(10'000);
        std::raise(SIGKILL);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the child failed before its kill";
}

}  // namespace

TEST(ClockRestart, TimerActionsKeepTheirReadingsThroughAKillAndTheNextRunTimesThemByTheWallClock) {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    RunClock clock;
    first_run_then_killed(path, clock);

    {  // every stamped action in the log has both readings and the run
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        SQLite::Statement q(db, "SELECT data FROM actions WHERE type LIKE 'timer.%' ORDER BY rowid");
        int timer_actions = 0;
        while (q.executeStep()) {
            const Json a = Json::parse(q.getColumn(0).getString());
            EXPECT_TRUE(a.contains("mono")) << a.dump();
            EXPECT_EQ(a.value("run", ""), "r-0000000000a1") << a.dump();
            ++timer_actions;
        }
        EXPECT_EQ(timer_actions, 3);
    }

    // The next run: two minutes after the kill, a new run id, the monotonic clock from 0 again.
    clock.wall += 30'000 + kHour + 10'000 + 2 * kMinute;
    clock.mono = 0;
    clock.run = "r-0000000000b2";
    {
        Store store(path, Access::Write);
        LiveSession live = LiveSession::open(store, "s-test", clock);
        ASSERT_TRUE(live.replay_problems().empty());
        const TimerRecord& t = live.session().timer;
        EXPECT_EQ(t.remaining_ms, 570'000) << "the pause in the first run took no time for the step";
        EXPECT_EQ(t.anchor_run, "r-0000000000a1");
        Countdown shown(clock);
        shown.sync(t);
        EXPECT_EQ(shown.remaining_ms(), 570'000 - 10'000 - 2 * kMinute) << "kept running while the kiosk was down";
        EXPECT_TRUE(shown.running());
        // As the kiosk does on opening it (kiosk_app.cpp, resume_session): the countdown goes on
        // in this run, so a wall-clock step from now on changes nothing either.
        ASSERT_TRUE(needs_new_anchor(t, read_clock(clock)));
        live.set_source(Source::Facilitator);
        submit(live, "timer.resume");
        EXPECT_EQ(live.session().timer.anchor_run, "r-0000000000b2");
        EXPECT_EQ(live.session().timer.remaining_ms, 570'000 - 10'000 - 2 * kMinute);
        EXPECT_FALSE(needs_new_anchor(live.session().timer, read_clock(clock)));
        clock.advance(5'000);
        clock.wall -= 30 * kMinute;  // a step back within this run
        submit(live, "timer.adjust", {{"seconds", 60}});
        EXPECT_EQ(live.session().timer.remaining_ms, 570'000 - 10'000 - 2 * kMinute - 5'000 + 60'000);
    }
    // Reduced once more from the log, in yet another run, it says the same.
    Store reader(path, Access::Read);
    EXPECT_EQ(reader.load_session("s-test").session.timer.remaining_ms, 570'000 - 10'000 - 2 * kMinute - 5'000 + 60'000);
}

TEST(ClockRestart, AKioskReopenedDaysLaterHoldsTheCountdownInsteadOfDeepOvertime) {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    RunClock clock;
    first_run_then_killed(path, clock);
    clock.wall += 3 * 24 * kHour;  // the laptop's clock was wrong at first, or reopened days later
    clock.mono = 0;
    clock.run = "r-0000000000c3";
    Store store(path, Access::Write);
    LiveSession live = LiveSession::open(store, "s-test", clock);
    Countdown shown(clock);
    shown.sync(live.session().timer);
    EXPECT_TRUE(shown.held());
    EXPECT_FALSE(shown.running());
    EXPECT_FALSE(needs_new_anchor(live.session().timer, read_clock(clock))) << "held: the facilitator decides";
    EXPECT_EQ(format_countdown(shown.remaining_ms()), "09:30");
    EXPECT_FALSE(live.session().input_locked(read_clock(clock)));
    live.set_source(Source::Facilitator);
    submit(live, "timer.resume");
    clock.advance(1'000);
    EXPECT_EQ(remaining_at(live.session().timer, read_clock(clock)), 569'000);
}

}  // namespace kiosk
