// What phones see (issue 12, core/phone_view.h, kiosk/net/PROTOCOL.md ROOM and ME), over the shipped
// bootcamp plan: every kind of exercise, and the privacy rules of core/privacy.h holding for phones
// as for the table — private, waiting and hidden notes only in their author's ME, no author on an
// anonymous board, no totals until shown, nobody else's dots, a vision only while it is shared.
#include "core/phone_view.h"

#include "../ui/bootcamp_session.h"
#include "core/action_sink.h"
#include "core/reduce.h"
#include "fake_clock.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

constexpr const char* kA = "p-aaaaaaaaaa";
constexpr const char* kB = "p-bbbbbbbbbb";

/// A reading of the wall clock alone (no run): the wall clock decides, as for an old database.
ClockReading wall(std::int64_t ms) { return ClockReading{ms, 0, ""}; }

class PhoneViewTest : public ::testing::Test {
protected:
    Session s = testing::bootcamp_session("nl");
    std::int64_t now = 2'000'000;

    void act(const std::string& type, Json fields = Json::object()) {
        Action a = make_action(type, s.id, now += 1000, std::move(fields));
        clean_action(a, s, now);
        ASSERT_TRUE(apply(s, a)) << a.to_line();
    }
    void go(const std::string& exercise) { act("agenda.goto", {{"exercise", exercise}}); }
    void note(const std::string& id, const std::string& seat, const std::string& text, const std::string& author = "") {
        act("note.add", {{"id", id}, {"exercise", "matrix"}, {"column", "of"}, {"text", text}, {"seat", seat},
                         {"author", author}, {"source", "phone"}, {"device", seat}});
    }
    PhoneView view() const { return phone_view(&s, wall(now)); }
    static bool has(const Json& j, const std::string& text) { return j.dump().find(text) != std::string::npos; }
};

TEST_F(PhoneViewTest, EveryKindOfExercise) {
    for (const Exercise& e : s.plan.agenda) {
        go(e.id);
        const PhoneView v = view();
        const bool joins = e.kind == ExerciseKind::Board || e.kind == ExerciseKind::Writing ||
                           e.kind == ExerciseKind::Checklist;
        EXPECT_EQ(v.session, s.id);
        EXPECT_EQ(v.room["session"], s.id);
        EXPECT_EQ(v.exercise, joins ? e.id : "") << e.id;
        EXPECT_EQ(v.room["exercise"].is_null(), !joins) << e.id;
        EXPECT_EQ(v.room.contains("board"), e.kind == ExerciseKind::Board) << e.id;
        EXPECT_EQ(v.room.contains("writing"), e.kind == ExerciseKind::Writing) << e.id;
        EXPECT_EQ(v.room.contains("checklist"), e.kind == ExerciseKind::Checklist) << e.id;
        if (!joins) continue;
        EXPECT_EQ(v.room["exercise"]["kind"], to_string(e.kind));
        EXPECT_EQ(v.room["exercise"]["title"], e.title);
        EXPECT_EQ(v.room["exercise"]["question"], e.prompt);
        if (e.kind == ExerciseKind::Board) {
            ASSERT_EQ(v.room["board"]["columns"].size(), e.columns.size());
            EXPECT_EQ(v.room["board"]["columns"][0]["title"], e.columns[0].title);
            EXPECT_EQ(v.room["board"]["budget"], s.vote_budget(e.id));
            EXPECT_EQ(v.new_device["dots_left"], s.vote_budget(e.id));
        }
        if (e.kind == ExerciseKind::Checklist) {
            ASSERT_EQ(v.room["checklist"]["questions"].size(), e.questions.size());
            EXPECT_EQ(v.room["checklist"]["questions"][0]["answer"], "none");
        }
        if (e.kind == ExerciseKind::Writing) EXPECT_EQ(v.room["writing"]["step"], "write");
    }
    EXPECT_EQ(phone_view(nullptr, wall(now)).room["session"], "");
    EXPECT_TRUE(phone_view(nullptr, wall(now)).room["exercise"].is_null());
    act("session.close");
    EXPECT_EQ(view().session, "") << "a closed session takes no phones";
    EXPECT_TRUE(view().room["exercise"].is_null());
}

TEST_F(PhoneViewTest, AnAnswerIsShownToTheRoom) {
    go("readiness");
    act("checklist.answer", {{"exercise", "readiness"}, {"question", "team"}, {"answer", "not_yet"}});
    EXPECT_EQ(view().room["checklist"]["questions"][0]["answer"], "not_yet");
}

TEST_F(PhoneViewTest, APrivateNoteIsInItsAuthorsMeOnly) {
    go("matrix");
    act("board.private", {{"exercise", "matrix"}, {"on", true}});
    note("n-a", kA, "Geheim van A");
    note("n-b", kB, "Van B");
    const PhoneView v = view();
    EXPECT_FALSE(has(v.room, "Geheim van A"));
    EXPECT_FALSE(has(v.room, "Van B"));
    EXPECT_EQ(v.room["board"]["withheld"], 2);
    EXPECT_EQ(v.room["board"]["private"], true);
    ASSERT_EQ(v.devices.count(kA), 1u);
    ASSERT_EQ(v.devices.at(kA)["notes"].size(), 1u);
    EXPECT_EQ(v.devices.at(kA)["notes"][0]["text"], "Geheim van A");
    EXPECT_EQ(v.devices.at(kA)["notes"][0]["private"], true);
    EXPECT_FALSE(has(v.devices.at(kB), "Geheim van A"));
    EXPECT_FALSE(has(v.new_device, "Geheim van A"));
    act("board.reveal", {{"exercise", "matrix"}});
    EXPECT_TRUE(has(view().room, "Geheim van A")) << "revealed, the room reads it";
}

TEST_F(PhoneViewTest, WaitingAndHiddenNotesAreInTheirAuthorsMeOnly) {
    go("matrix");
    act("phones.approval", {{"on", true}});
    note("n-a", kA, "Wacht op goedkeuring");
    note("n-b", kB, "Wordt verborgen");
    act("note.approve", {{"id", "n-b"}});
    act("note.hide", {{"id", "n-b"}});
    const PhoneView v = view();
    EXPECT_FALSE(has(v.room, "Wacht op goedkeuring"));
    EXPECT_FALSE(has(v.room, "Wordt verborgen"));
    EXPECT_EQ(v.room["board"]["withheld"], 0) << "withheld counts private notes only";
    EXPECT_EQ(v.devices.at(kA)["notes"][0]["waiting"], true);
    EXPECT_EQ(v.devices.at(kB)["notes"][0]["hidden"], true);
    EXPECT_FALSE(has(v.devices.at(kA), "Wordt verborgen"));
    EXPECT_FALSE(has(v.devices.at(kB), "Wacht op goedkeuring"));
    act("note.approve", {{"id", "n-a"}});
    EXPECT_TRUE(has(view().room, "Wacht op goedkeuring"));
}

TEST_F(PhoneViewTest, AnAnonymousBoardShowsNoAuthorInTheRoom) {
    go("matrix");
    note("n-a", kA, "Leesclub", "Sanne");
    EXPECT_EQ(view().room["board"]["columns"][0]["notes"][0]["author"], "Sanne");
    act("board.anonymous", {{"exercise", "matrix"}, {"on", true}});
    const PhoneView v = view();
    EXPECT_EQ(v.room["board"]["anonymous"], true);
    EXPECT_EQ(v.room["board"]["columns"][0]["notes"][0]["author"], "");
    EXPECT_FALSE(has(v.room, "Sanne"));
    for (const auto& [device, me] : v.devices) EXPECT_FALSE(has(me, "Sanne")) << device;
}

TEST_F(PhoneViewTest, TotalsUntilShownAndNobodyElsesDots) {
    go("matrix");
    note("n-a", kA, "Leesclub");
    act("vote.add", {{"note", "n-a"}, {"voter", kA}});
    act("vote.add", {{"note", "n-a"}, {"voter", kB}});
    act("vote.add", {{"note", "n-a"}, {"voter", kB}});
    PhoneView v = view();
    EXPECT_EQ(v.room["board"]["columns"][0]["notes"][0]["dots"], -1);
    EXPECT_EQ(v.devices.at(kA)["dots"], (Json{{"n-a", 1}}));
    EXPECT_EQ(v.devices.at(kA)["dots_left"], 2);
    EXPECT_EQ(v.devices.at(kB)["dots"], (Json{{"n-a", 2}}));
    EXPECT_EQ(v.devices.at(kB)["dots_left"], 1);
    EXPECT_FALSE(has(v.room, kA));
    EXPECT_FALSE(has(v.room, kB)) << "no voter in ROOM";
    EXPECT_FALSE(has(v.devices.at(kA), kB));
    act("board.totals", {{"exercise", "matrix"}, {"shown", true}});
    EXPECT_EQ(view().room["board"]["columns"][0]["notes"][0]["dots"], 3);
}

TEST_F(PhoneViewTest, AVisionIsReadByTheRoomOnlyWhileShared) {
    go("vision");
    act("vision.add", {{"id", "v-a"}, {"exercise", "vision"}, {"text", "Het is 2036."}, {"author", "Sanne"}, {"seat", kA}});
    act("vision.add", {{"id", "v-t"}, {"exercise", "vision"}, {"text", "Van de tafel"}, {"seat", "seat-2"}});
    PhoneView v = view();
    EXPECT_FALSE(has(v.room, "Het is 2036."));
    EXPECT_TRUE(v.room["writing"]["shared"].is_null());
    EXPECT_EQ(v.room["phones"]["handed_in"], 1) << "a table's vision is not a phone's";
    EXPECT_EQ(v.devices.at(kA)["vision"], (Json{{"id", "v-a"}, {"handed_in", true}}));
    EXPECT_FALSE(has(v.devices.at(kA), "Het is 2036.")) << "ME says it is handed in, not its text";
    EXPECT_TRUE(v.new_device["vision"].is_null());
    act("writing.phase", {{"exercise", "vision"}, {"phase", "share"}});
    v = view();
    EXPECT_EQ(v.room["writing"]["step"], "share");
    EXPECT_EQ(v.room["writing"]["shared"], (Json{{"text", "Het is 2036."}, {"author", "Sanne"}}));
    act("writing.phase", {{"exercise", "vision"}, {"phase", "compose"}});
    EXPECT_FALSE(has(view().room, "Het is 2036."));
    go("matrix");
    EXPECT_EQ(view().room["phones"]["handed_in"], 0) << "counted during writing only";
    EXPECT_TRUE(view().devices.at(kA)["vision"].is_null());
}

TEST_F(PhoneViewTest, TheTimerAsOfNow) {
    go("vision");
    PhoneView v = view();
    // Before the start, what the table shows: the write phase's 10 minutes, not the exercise's 50.
    EXPECT_EQ(v.room["timer"], (Json{{"state", "idle"}, {"remaining_ms", 10 * 60'000}, {"duration_ms", 10 * 60'000}}));
    act("timer.start", {{"seconds", 600}});
    const std::int64_t started = now;
    EXPECT_EQ(phone_view(&s, wall(started + 90'500)).room["timer"],
              (Json{{"state", "running"}, {"remaining_ms", 509'500}, {"duration_ms", 600'000}}));
    EXPECT_EQ(phone_view(&s, wall(started + 700'000)).room["timer"]["remaining_ms"], 0) << "never below zero";
    now = started + 100'000;
    act("timer.pause");
    EXPECT_EQ(phone_view(&s, wall(now + 50'000)).room["timer"]["state"], "paused");
    EXPECT_EQ(phone_view(&s, wall(now + 50'000)).room["timer"]["remaining_ms"], 499'000);
    act("table.lock");
    EXPECT_EQ(view().room["locked"], true);
}

// Issue 14, one clock for one timer: the phones' countdown follows the table's rule (core/timer.h),
// not the wall clock alone. A wall step either way, before and after a pause, leaves what phones
// show equal to what the table's Countdown shows; on the wall clock alone a step back of 5 minutes
// gave phones 5 minutes more than the table, and a step forward took 5 minutes away.
TEST(PhoneViewClock, AWallStepEitherWayLeavesThePhonesShowingWhatTheTableShows) {
    testing::FakeClock clock;
    clock.run = "r-test";
    MemorySession sink(testing::bootcamp_session("nl"), clock);
    SourcedSink facilitator(sink, Source::Facilitator, clock);
    ASSERT_TRUE(facilitator.submit("agenda.goto", {{"exercise", "vision"}}).ok());
    ASSERT_TRUE(facilitator.submit("timer.start", {{"seconds", 600}}).ok());
    Countdown table(clock);  // the table's live countdown (ui/countdown_view.h draws this)
    auto phones = [&] { return phone_view(&sink.session(), read_clock(clock)).room["timer"]; };
    auto expect_same = [&](const char* when) {
        table.sync(sink.session().timer);
        const Json t = phones();
        EXPECT_EQ(t["remaining_ms"], std::max<std::int64_t>(0, table.remaining_ms())) << when;
        EXPECT_EQ(t["state"], table.running() ? "running" : "paused") << when;
    };
    clock.advance(60'000);
    expect_same("a minute in");
    EXPECT_EQ(phones()["remaining_ms"], 540'000);
    clock.step_wall(-300'000);  // the wall clock set back 5 minutes
    clock.advance(10'000);
    expect_same("after a step back");
    EXPECT_EQ(phones()["remaining_ms"], 530'000);
    clock.step_wall(+900'000);  // and 15 minutes forward
    clock.advance(10'000);
    expect_same("after a step forward");
    EXPECT_EQ(phones()["remaining_ms"], 520'000);
    ASSERT_TRUE(facilitator.submit("timer.pause", {}).ok());
    clock.step_wall(-1'200'000);  // 20 minutes back (the fake wall clock starts near the epoch)
    clock.advance(30'000);
    expect_same("paused, after a step back");
    EXPECT_EQ(phones()["remaining_ms"], 520'000);
    const SubmitResult resumed = facilitator.submit("timer.resume", {});
    ASSERT_TRUE(resumed.ok()) << resumed.message;
    clock.step_wall(+7'200'000);
    clock.advance(20'000);
    expect_same("resumed, after a step forward");
    EXPECT_EQ(phones()["remaining_ms"], 500'000);
    EXPECT_EQ(phones()["state"], "running");
}

TEST(PhoneDevice, IsPAndTenLowerCaseHexDigits) {
    EXPECT_TRUE(is_phone_device("p-3f9a0c21d4"));
    for (const char* id : {"", "seat-3", "p-3f9a0c21d", "p-3f9a0c21d45", "p-3F9A0C21D4", "q-3f9a0c21d4", "p-3f9a0c21dg"})
        EXPECT_FALSE(is_phone_device(id)) << id;
}

}  // namespace
}  // namespace kiosk
