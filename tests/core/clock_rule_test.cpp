// The rule for time (core/timer.h, issue 14 "Two clocks for one timer"): within one run the
// monotonic clock decides how much time passed, across runs the wall clock does, bounded. Each
// test steps the wall clock alone (NTP after boot, a manual fix) where the monotonic clock goes on.
#include "core/action_sink.h"
#include "core/reduce.h"
#include "core/timer.h"
#include "fake_clock.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

using namespace kiosk;
using kiosk::testing::FakeClock;

namespace {

constexpr std::int64_t kMinute = 60'000, kHour = 60 * kMinute;

class ClockRule : public ::testing::Test {
protected:
    Session s = kiosk::testing::sample_session();
    FakeClock clock;
    std::vector<Action> log;  // everything accepted, as the store would hold it

    void SetUp() override {
        clock.run = "r-0000000000a1";
        clock.wall = 1'000'000 + 10 * kHour;  // ten hours after the sample session's creation
        act("agenda.goto", {{"exercise", "visie"}});
    }
    /// Applies an action stamped by `clock` (both readings), as a sink stamps it.
    void act(const std::string& type, Json fields = Json::object()) {
        Action a = make_action(type, "s-test", read_clock(clock), std::move(fields));
        clean_action(a, s, clock.wall);
        ApplyResult r = apply(s, a);
        ASSERT_TRUE(r) << type << ": " << r.error;
        log.push_back(a);
    }
    /// The stored actions reduced again from scratch, as a restarted kiosk does.
    Session replayed() const {
        Session r;
        EXPECT_TRUE(apply(r, kiosk::testing::create_sample_session()));
        for (const Action& a : log) EXPECT_TRUE(apply(r, a)) << a.to_line();
        return r;
    }
    /// A later run of the kiosk: a new run id, its own monotonic origin, the same wall clock.
    void restart() {
        clock.run = "r-0000000000b2";
        clock.mono = 7;  // e.g. after a reboot
    }
};

}  // namespace

TEST_F(ClockRule, ActionsCarryBothReadingsAndTheRun) {
    ASSERT_FALSE(log.empty());
    const Json& goto_ = log.back().data;
    EXPECT_EQ(goto_["at"], clock.wall);
    EXPECT_EQ(goto_["mono"], clock.mono);
    EXPECT_EQ(goto_["run"], "r-0000000000a1");
    EXPECT_EQ(validate(goto_, Source::Facilitator), "") << "the new fields are known to the catalogue";
}

TEST_F(ClockRule, TheSinkStampsBothReadings) {
    MemorySession sink(s, clock);
    sink.set_source(Source::Facilitator);
    ASSERT_TRUE(sink.submit("timer.start", {{"seconds", 600}}).ok());
    clock.advance(30'000);
    clock.step_wall(kHour);  // NTP puts the clock an hour forward
    ASSERT_TRUE(sink.submit("timer.pause").ok());
    EXPECT_EQ(sink.session().timer.remaining_ms, 570'000);
    // An action sent without "at" (kiosk apply, a phone) is stamped by the sink with both too.
    clock.advance(10'000);
    clock.step_wall(-10 * kMinute);
    Action bare{Json::parse(R"({"type":"timer.resume","session":"s-test"})")};
    const SubmitResult resumed = sink.submit(bare);
    ASSERT_TRUE(resumed.ok()) << resumed.message;
    clock.advance(20'000);
    ASSERT_TRUE(sink.submit("timer.pause").ok());
    EXPECT_EQ(sink.session().timer.remaining_ms, 550'000);
}

TEST_F(ClockRule, AWallStepForwardWhileRunningTakesNoTimeOnPause) {
    act("timer.start", {{"seconds", 600}});
    clock.advance(30'000);
    clock.step_wall(kHour);
    act("timer.pause");
    EXPECT_EQ(s.timer.remaining_ms, 570'000) << "not an hour in overtime";
    EXPECT_EQ(replayed().timer.remaining_ms, 570'000) << "the stored actions say the same";
}

TEST_F(ClockRule, AWallStepBackwardWhileRunningGivesNoTimeBack) {
    act("timer.start", {{"seconds", 600}});
    clock.advance(30'000);
    clock.step_wall(-5 * kMinute);
    act("timer.pause");
    EXPECT_EQ(s.timer.remaining_ms, 570'000) << "the 30 s that ran are not given back";
}

TEST_F(ClockRule, StepsWhilePausedAndAfterResumeChangeNothing) {
    act("timer.start", {{"seconds", 600}});
    clock.advance(10'000);
    act("timer.pause");
    clock.advance(5 * kMinute);
    clock.step_wall(2 * kHour);  // while paused
    act("timer.resume");
    clock.advance(20'000);
    clock.step_wall(-3 * kHour);  // after the resume
    clock.advance(5'000);
    act("timer.pause");
    EXPECT_EQ(s.timer.remaining_ms, 600'000 - 10'000 - 25'000);
    EXPECT_EQ(replayed().timer.remaining_ms, s.timer.remaining_ms);
}

TEST_F(ClockRule, PlusAndMinusOneMinuteAroundWallSteps) {
    act("timer.start", {{"seconds", 600}});
    clock.advance(20'000);
    clock.step_wall(-5 * kMinute);
    act("timer.adjust", {{"seconds", 60}});
    EXPECT_EQ(s.timer.remaining_ms, 600'000 - 20'000 + 60'000);
    clock.advance(40'000);
    clock.step_wall(10 * kMinute);
    act("timer.adjust", {{"seconds", -60}});
    EXPECT_EQ(s.timer.remaining_ms, 600'000 - 60'000);
    EXPECT_TRUE(s.timer.running);
    clock.advance(1'000);
    EXPECT_EQ(remaining_at(s.timer, read_clock(clock)), 600'000 - 61'000);
}

TEST_F(ClockRule, TheLiveCountdownAndTheRecordAgreeAfterAWallStep) {
    act("timer.start", {{"seconds", 600}});
    clock.advance(30'000);
    clock.step_wall(2 * kHour);
    Countdown live(clock);
    live.sync(s.timer);  // e.g. the projector opened after the step
    EXPECT_EQ(live.remaining_ms(), 570'000);
    EXPECT_TRUE(live.running());
    EXPECT_FALSE(live.held());
}

TEST_F(ClockRule, ActualMinutesOfTheAgendaIgnoreWallSteps) {
    clock.advance(5 * kMinute);
    clock.step_wall(kHour);
    EXPECT_EQ(s.actual_ms("visie", read_clock(clock)), 5 * kMinute) << "the current visit";
    act("agenda.goto", {{"exercise", "klaar"}});
    EXPECT_EQ(s.state_of("visie").active_ms, 5 * kMinute) << "not 65 minutes";
    clock.advance(kMinute);
    clock.step_wall(-2 * kHour);
    act("agenda.goto", {{"exercise", "visie"}});
    // From the session's creation (an action with "at" only) to the goto of SetUp by the wall
    // clock (10 h, within the bound), then the minute of this visit by the monotonic clock.
    EXPECT_EQ(s.state_of("klaar").active_ms, 10 * kHour + kMinute);
    EXPECT_EQ(replayed().state_of("klaar").active_ms, s.state_of("klaar").active_ms);
}

TEST_F(ClockRule, TheTableLocksWhenTheCountdownShowsTheEndNotWhenTheWallClockSays) {
    act("timer.lock_at_end", {{"exercise", "visie"}, {"on", true}});
    act("timer.start", {{"seconds", 60}});
    clock.advance(10'000);
    clock.step_wall(kHour);
    EXPECT_FALSE(s.input_locked(read_clock(clock))) << "50 s are left on the countdown";
    clock.advance(50'000);
    EXPECT_TRUE(s.input_locked(read_clock(clock)));
}

// --- across runs: the wall clock decides, bounded -----------------------------------------------

TEST_F(ClockRule, AfterARestartARunningCountdownKeptRunningByTheWallClock) {
    act("timer.start", {{"seconds", 600}});
    clock.advance(20'000);
    clock.step_wall(kHour);  // within the first run: the monotonic clock decides
    act("timer.pause");
    act("timer.resume");
    clock.advance(10'000);
    restart();
    clock.wall += 2 * kMinute;  // the kiosk was down for two minutes
    Session back = replayed();
    EXPECT_EQ(remaining_at(back.timer, read_clock(clock)), 600'000 - 30'000 - 2 * kMinute);
    Countdown live(clock);
    live.sync(back.timer);
    EXPECT_EQ(live.remaining_ms(), 600'000 - 30'000 - 2 * kMinute);
    EXPECT_TRUE(live.running());
}

TEST_F(ClockRule, AReopenedKioskTakesARunningCountdownIntoItsOwnRun) {
    act("timer.start", {{"seconds", 600}});
    clock.advance(30'000);
    restart();
    clock.wall += 2 * kMinute;
    s = replayed();
    ASSERT_TRUE(needs_new_anchor(s.timer, read_clock(clock)));
    act("timer.resume");  // as the kiosk sends on opening the session
    EXPECT_TRUE(s.timer.running);
    EXPECT_EQ(s.timer.anchor_run, "r-0000000000b2");
    EXPECT_EQ(s.timer.remaining_ms, 600'000 - 30'000 - 2 * kMinute);
    EXPECT_FALSE(needs_new_anchor(s.timer, read_clock(clock)));
    clock.advance(5'000);
    clock.step_wall(-3 * kHour);  // within the new run: the monotonic clock decides again
    act("timer.pause");
    EXPECT_EQ(s.timer.remaining_ms, 600'000 - 30'000 - 2 * kMinute - 5'000);
    EXPECT_EQ(replayed().timer.remaining_ms, s.timer.remaining_ms);
}

TEST_F(ClockRule, AfterARestartAWallClockThatWentBackAddsNoTime) {
    act("timer.start", {{"seconds", 600}});
    clock.advance(30'000);
    clock.step_wall(-5 * kMinute);
    act("timer.adjust", {{"seconds", 60}});  // anchored at 630 s left
    restart();
    clock.step_wall(-3 * kHour);  // the RTC was 3 h ahead; NTP fixed it before the restart
    Session back = replayed();
    EXPECT_EQ(remaining_at(back.timer, read_clock(clock)), 630'000);
    s = back;
    clock.advance(10'000);
    act("timer.pause");
    EXPECT_EQ(s.timer.remaining_ms, 630'000) << "no time added, and none taken for the step";
}

TEST_F(ClockRule, AfterARestartAWallJumpOfMoreThanTwelveHoursHoldsTheCountdownWithANotice) {
    act("timer.start", {{"seconds", 600}});
    clock.advance(30'000);
    act("timer.pause");
    act("timer.resume");  // anchored at 570 s left
    restart();
    clock.step_wall(3 * 24 * kHour);  // booted with a wrong clock, or resumed days later
    Session back = replayed();
    const TimerNow now = timer_at(back.timer, read_clock(clock));
    EXPECT_TRUE(now.held);
    EXPECT_EQ(now.remaining_ms, 570'000) << "not three days into overtime";
    Countdown live(clock);
    live.sync(back.timer);
    EXPECT_TRUE(live.held());
    EXPECT_FALSE(live.running()) << "shown paused";
    EXPECT_EQ(format_countdown(live.remaining_ms()), "09:30");
    // The facilitator resumes it: it runs again from 9:30, within this run by the monotonic clock.
    s = back;
    clock.advance(60'000);
    act("timer.resume");
    EXPECT_TRUE(s.timer.running);
    clock.advance(15'000);
    clock.step_wall(kHour);
    EXPECT_EQ(remaining_at(s.timer, read_clock(clock)), 555'000);
    EXPECT_FALSE(timer_at(s.timer, read_clock(clock)).held);
}

TEST_F(ClockRule, AHeldCountdownPausesOnAdjustRatherThanRunningFromTheJump) {
    act("timer.start", {{"seconds", 600}});
    restart();
    clock.step_wall(13 * kHour);
    s = replayed();
    act("timer.adjust", {{"seconds", 60}});
    EXPECT_FALSE(s.timer.running) << "the held countdown becomes a real pause";
    EXPECT_EQ(s.timer.remaining_ms, 660'000);
    act("timer.resume");
    clock.advance(1'000);
    EXPECT_EQ(remaining_at(s.timer, read_clock(clock)), 659'000);
}

TEST_F(ClockRule, AJumpOfLessThanTwelveHoursAcrossRunsIsBelieved) {
    act("timer.start", {{"seconds", 600}});
    clock.advance(10'000);
    clock.step_wall(30 * kMinute);
    act("timer.pause");
    act("timer.resume");  // anchored at 590 s left
    restart();
    clock.wall += 11 * kHour;  // a long lunch: a kitchen timer would be deep in overtime too
    Session back = replayed();
    const TimerNow now = timer_at(back.timer, read_clock(clock));
    EXPECT_FALSE(now.held);
    EXPECT_EQ(now.remaining_ms, 590'000 - 11 * kHour);
}

// --- older databases: actions without "mono"/"run" ---------------------------------------------

TEST(ClockRuleOlderDatabases, ActionsWithoutTheNewFieldsBehaveAsBefore) {
    Session s = kiosk::testing::sample_session();
    std::int64_t at = 2'000'000;
    auto act = [&](const std::string& type, Json fields = Json::object()) {
        Action a = make_action(type, "s-test", at, std::move(fields));  // "at" only
        ASSERT_TRUE(apply(s, a)) << type;
    };
    act("agenda.goto", {{"exercise", "visie"}});
    act("timer.start", {{"seconds", 600}});
    EXPECT_EQ(s.timer.anchor_run, "");
    at += 30'000;
    act("timer.pause");
    EXPECT_EQ(s.timer.remaining_ms, 570'000);
    act("timer.resume");
    at -= kHour;  // backwards: no time passed
    act("timer.pause");
    EXPECT_EQ(s.timer.remaining_ms, 570'000);
    act("timer.resume");
    at += 13 * kHour;  // between two old readings the wall clock decides, unbounded, as before
    act("timer.pause");
    EXPECT_EQ(s.timer.remaining_ms, 570'000 - 13 * kHour);
    // An old running timer read by today's kiosk (a reading with a run) is bounded.
    act("timer.resume");
    const ClockReading today{at + 2 * 24 * kHour, 5, "r-0000000000c3"};
    EXPECT_TRUE(timer_at(s.timer, today).held);
    EXPECT_EQ(timer_at(s.timer, {at + kMinute, 5, "r-0000000000c3"}).remaining_ms, 570'000 - 13 * kHour - kMinute);
}

TEST(ClockRuleElapsed, TheRuleItself) {
    const ClockReading a{1'000'000, 500, "r-0000000000a1"};
    EXPECT_EQ(elapsed_between(a, {1'000'000 + kHour, 1'500, "r-0000000000a1"}).ms, 1'000) << "same run: monotonic";
    EXPECT_EQ(elapsed_between(a, {1'000'000 - kHour, 1'500, "r-0000000000a1"}).ms, 1'000);
    EXPECT_EQ(elapsed_between(a, {1'000'000 + kMinute, 3, "r-0000000000b2"}).ms, kMinute) << "another run: wall";
    EXPECT_EQ(elapsed_between(a, {1'000'000 - kMinute, 3, "r-0000000000b2"}).ms, 0);
    const Elapsed jump = elapsed_between(a, {1'000'000 + kSuspectGapMs + 1, 3, "r-0000000000b2"});
    EXPECT_TRUE(jump.suspect);
    EXPECT_EQ(jump.ms, 0);
    EXPECT_FALSE(elapsed_between(a, {1'000'000 + kSuspectGapMs, 3, "r-0000000000b2"}).suspect);
    EXPECT_EQ(elapsed_between({1'000, 0, ""}, {1'000 + 20 * kHour, 0, ""}).ms, 20 * kHour) << "two old readings";
}

TEST(ClockRuleSystemClock, OneRunIdPerProcessAndAMonotonicClockThatAdvances) {
    const Clock& c = system_clock();
    EXPECT_EQ(c.run_id().rfind("r-", 0), 0u);
    EXPECT_EQ(c.run_id(), system_clock().run_id());
    const std::int64_t m = c.monotonic_ms();
    EXPECT_GE(c.monotonic_ms(), m);
}
