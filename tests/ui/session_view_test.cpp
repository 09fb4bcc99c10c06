// The session screens driven headlessly on the sample plan, asserting on the model through a
// MemorySession: the readiness check, vision writing, forms, facilitator cards, the agenda, and
// the countdown on a fake clock (cases K14, K15).
#include "headless_ui.h"
#include "sample_plan.h"

#include "core/action_sink.h"
#include "ui/keyboard.h"
#include "ui/facilitator_screen.h"
#include "ui/session_view.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using test::HeadlessUi;

struct FakeClock final : Clock {
    std::int64_t wall = 2'000'000, mono = 50'000;
    std::string run;  // set: actions carry "mono" and "run" (core/timer.h)
    std::int64_t wall_ms() const override { return wall; }
    std::int64_t monotonic_ms() const override { return mono; }
    std::string run_id() const override { return run; }
    void advance(std::int64_t ms) { wall += ms; mono += ms; }
};

struct SessionViewTest : ::testing::Test {
    SessionViewTest() : sink(testing::sample_session(), clock), view(clock) {
        ui.set_draw([this] {
            ui::Redraw redraw;
            if (console) {  // the facilitator console, which holds the timer (issue 11)
                ui::ConsoleData data;
                data.facilitator = &facilitator;
                data.countdown = &view.countdown();
                ui::draw_facilitator_screen(data, ui.ctx());
                last_redraw = redraw;
                return;
            }
            last = agenda ? view.draw_agenda(sink, ui.ctx(), redraw) : view.draw_exercise(sink, ui.ctx(), redraw);
            if (last.timer_ended) ++ended;
            ui::keyboard_panel().draw(ui.ctx(), redraw);
            last_redraw = redraw;
        });
        ui.frames(3);
    }
    const Session& s() const { return sink.session(); }
    /// Taps a widget, then lets one frame pass so the next tap sees the new layout (as a person would).
    void tap(const std::string& key) {
        ui.tap_target(key);
        ui.frame();
    }
    /// Opens the facilitator console, taps `key` there and goes back to the session screen.
    void console_tap(const std::string& key) {
        console = true;
        ui.frames(2);
        tap(key);
        console = false;
        ui.frame();
    }
    void goto_exercise(const char* id) {
        sink.submit("agenda.goto", {{"exercise", id}});
        ui.frames(3);
    }
    std::string shown() { return format_countdown(view.countdown().shown_ms(s().current_exercise()->id, 0)); }

    HeadlessUi ui;
    FakeClock clock;
    MemorySession sink;
    SourcedSink facilitator{sink, Source::Facilitator, clock};  // the console's sink
    ui::SessionView view;
    bool console = false;
    bool agenda = false;
    ui::SessionOutcome last;
    int ended = 0;
    ui::Redraw last_redraw;
};

// --- readiness check -------------------------------------------------------------------------

TEST_F(SessionViewTest, ReadinessAnswersTallyAndVerdict) {
    tap("answer-team-yes");
    tap("answer-tijd-not_yet");
    tap("answer-geld-no");
    EXPECT_EQ(s().tally("klaar").yes, 1);
    EXPECT_EQ(s().tally("klaar").not_yet, 1);
    EXPECT_EQ(s().tally("klaar").no, 1);
    EXPECT_EQ(ui::checklist_verdict(s().tally("klaar"), 2, 3).find("2"), ui::checklist_verdict(s().tally("klaar"), 2, 3).find("2"));
    tap("answer-tijd-yes");
    EXPECT_EQ(s().tally("klaar").yes, 2);
    tap("answer-tijd-yes");  // tapping the chosen answer again makes it undecided
    EXPECT_EQ(s().tally("klaar").open, 1);
}

TEST_F(SessionViewTest, VerdictIsHonestAboutWhatCanStillBeReached) {
    Session::Tally t;
    t.yes = 1; t.no = 2; t.open = 0;
    EXPECT_NE(ui::checklist_verdict(t, 2, 3), ui::checklist_verdict({2, 0, 1, 0}, 2, 3));
    t = {1, 0, 0, 2};
    const std::string open = ui::checklist_verdict(t, 2, 3);
    EXPECT_NE(open, ui::checklist_verdict({1, 0, 2, 0}, 2, 3));
}

TEST_F(SessionViewTest, ReadinessRemarkTypedOnTheKeyboardBecomesAnAction) {
    tap("add-remark-team");
    tap("remark-team");
    for (const char* k : {"key-e", "key-e", "key-n"}) tap(k);
    tap("key-hide");
    ui.frame();
    EXPECT_EQ(s().state_of("klaar").answers.at("team").remark, "Een");
}

// --- countdown -------------------------------------------------------------------------------

TEST_F(SessionViewTest, TimerControlsWhileRunningAndPaused) {
    tap("timer-focus");
    console_tap("timer-start");
    ASSERT_TRUE(s().timer.running);
    EXPECT_EQ(s().timer.duration_ms, 10 * 60'000);  // the exercise's planned minutes
    clock.advance(30'000);
    ui.frame();
    EXPECT_EQ(shown(), "09:30");
    console_tap("timer-plus");
    EXPECT_EQ(shown(), "10:30");
    console_tap("timer-minus");
    console_tap("timer-minus");
    EXPECT_EQ(shown(), "08:30");
    console_tap("timer-pause");
    clock.advance(120'000);
    ui.frame();
    EXPECT_EQ(shown(), "08:30");  // paused: time stands still
    console_tap("timer-plus");
    EXPECT_EQ(shown(), "09:30");
    EXPECT_EQ(last_redraw.after_seconds, std::numeric_limits<double>::infinity());  // paused: no frames
    console_tap("timer-resume");
    clock.advance(1'000);
    ui.frame();
    EXPECT_EQ(shown(), "09:29");
    console_tap("timer-reset");
    EXPECT_FALSE(s().timer.running);
}

/// Runs the room with no input: each frame comes when the UI asked for it (plus `late_ms` of a
/// slow frame), as the platform loop would. Returns the wall ms at which the end was raised.
std::int64_t run_until_end(SessionViewTest& t, std::int64_t late_ms, int& frames, std::vector<std::string>& shown) {
    const std::int64_t start = t.clock.wall;
    for (frames = 0; frames < 5000 && t.ended == 0; ++frames) {
        const double after = t.last_redraw.after_seconds;
        if (!(after < 10.0)) return -1;  // the UI stopped asking for frames
        t.clock.advance(std::int64_t(after * 1000.0) + late_ms);
        t.ui.frame(float(after));
        shown.push_back(t.shown());
    }
    return t.clock.wall - start;
}

// The rule for time (core/timer.h): a countdown left running by an earlier run of the kiosk,
// whose wall clock has since jumped days ahead, is held where it was: shown paused, the console
// says why, and Resume goes on from there.
TEST_F(SessionViewTest, ACountdownHeldAfterAWallClockJumpShowsPausedWithANotice) {
    clock.run = "r-0000000000a1";
    goto_exercise("visie");
    tap("timer-focus");
    Action earlier = make_action("timer.start", "s-test", ClockReading{clock.wall, 5, "r-00000000e0e1"}, {{"seconds", 600}});
    ASSERT_TRUE(facilitator.submit(earlier).ok());
    clock.wall += 3 * 24 * 3600'000LL;  // the machine's clock was put right, three days on
    ui.frames(2);
    EXPECT_EQ(shown(), "10:00") << "not three days into overtime";
    EXPECT_FALSE(view.countdown().running_for("visie"));
    EXPECT_TRUE(view.countdown().held_for("visie"));
    console = true;
    ui.frames(2);
    EXPECT_TRUE(ui.has_target("timer-held-notice"));
    tap("timer-resume");
    console = false;
    ui.frame();
    EXPECT_TRUE(s().timer.running);
    EXPECT_EQ(s().timer.anchor_run, "r-0000000000a1") << "resumed in this run";
    clock.advance(1'000);
    clock.wall += 3'600'000;  // and a step within this run changes nothing
    ui.frame();
    EXPECT_EQ(shown(), "09:59");
    console = true;
    ui.frames(2);
    EXPECT_FALSE(ui.has_target("timer-held-notice"));
}

TEST_F(SessionViewTest, WithoutASoundDeviceTheButtonSaysSoAndCannotBeToggled) {
    ui.ctx().sound_available = false;
    tap("timer-focus");
    console = true;
    ui.frames(2);
    ASSERT_TRUE(ui.has_target("timer-sound"));
    console = false;
    const bool before = view.countdown().muted();
    console_tap("timer-sound");
    EXPECT_EQ(view.countdown().muted(), before);
    ui.ctx().sound_available = true;
    ui.frame();
    console_tap("timer-sound");
    EXPECT_NE(view.countdown().muted(), before);
}

TEST_F(SessionViewTest, SilentRoomTicksEverySecondAndEndsAtZeroWithoutInput) {  // K14
    tap("timer-focus");
    console_tap("timer-start");
    ui.park_pointer();
    int frames = 0;
    std::vector<std::string> shown_values;
    const std::int64_t start_wall = clock.wall;
    const std::int64_t at = run_until_end(*this, 0, frames, shown_values);
    ASSERT_GT(at, 0);
    EXPECT_NEAR(double(clock.wall - start_wall), 600'000.0, 20.0);
    EXPECT_EQ(ended, 1);
    EXPECT_LE(frames, 610);          // about one frame per displayed second, no busy loop
    EXPECT_GE(frames, 599);
    for (std::size_t i = 1; i < shown_values.size(); ++i)
        EXPECT_NE(shown_values[i], shown_values[i - 1]) << "frame " << i << " showed the same second twice";
    ui.frames(3);
    EXPECT_EQ(ended, 1);  // raised once
    clock.advance(12'000);
    ui.frame();
    EXPECT_EQ(shown(), "+00:12");
}

TEST_F(SessionViewTest, SlowFramesNeverStretchTheTimebox) {  // K15
    tap("timer-focus");
    console_tap("timer-start");
    ui.park_pointer();
    const std::int64_t start_wall = clock.wall;
    // Every frame arrives 400 ms late and ImGui's own frame time says something else entirely.
    int frames = 0;
    std::vector<std::string> shown_values;
    ASSERT_GT(run_until_end(*this, 400, frames, shown_values), 0);
    EXPECT_GE(clock.wall - start_wall, 600'000);
    EXPECT_LE(clock.wall - start_wall, 600'500);
    EXPECT_EQ(ended, 1);
}

// --- vision writing --------------------------------------------------------------------------

TEST_F(SessionViewTest, VisionWritePhaseAddsTextsWithNamesAndEditsThem) {
    tap("exercise-next");
    ui.frame();
    ASSERT_EQ(s().current_exercise()->id, "visie");
    tap("new-vision-name");
    for (const char* k : {"key-b", "key-o"}) tap(k);
    tap("vision-add");
    ui.frame();
    ASSERT_EQ(s().visions.size(), 1u);
    EXPECT_EQ(s().visions[0].author, "Bo");
    // The new text has the keyboard: type on the hardware keyboard, then pause a second.
    ui.type("het is 2036. Iedereen is welkom.");
    ui.frames(70);
    EXPECT_EQ(s().visions[0].text, "het is 2036. Iedereen is welkom.");
    // A second participant, no name.
    tap("key-hide");
    tap("vision-add");
    ui.type("De bieb is open.");
    tap("vision-pick-0");  // switching texts commits the one being written
    ui.frame();
    ASSERT_EQ(s().visions.size(), 2u);
    EXPECT_EQ(s().visions[1].text, "De bieb is open.");
    EXPECT_EQ(s().visions[1].author, "");
}

TEST_F(SessionViewTest, VisionWritePhaseShowsTheTenMinuteCountdownBig) {
    goto_exercise("visie");
    const ui::HitTarget* big = ui::hit_targets().find("countdown");
    ASSERT_NE(big, nullptr);
    EXPECT_GE(big->max.y - big->min.y, 1080.0f / 4.0f);
    EXPECT_EQ(format_countdown(view.countdown().shown_ms("visie", 600)), "10:00");
    console_tap("timer-start");
    EXPECT_EQ(s().timer.duration_ms, 10 * 60'000);  // the write phase's minutes
}

TEST_F(SessionViewTest, SharePhaseStepsThroughTheTextsAndComposeAppendsSentences) {
    goto_exercise("visie");
    sink.submit("vision.add", {{"id", "v-1"}, {"exercise", "visie"}, {"author", "An"}, {"text", "Eerste zin. Tweede zin!"}});
    sink.submit("vision.add", {{"id", "v-2"}, {"exercise", "visie"}, {"text", "Derde zin\xE2\x80\xA6 Vierde."}});
    tap("phase-delen");
    EXPECT_EQ(s().state_of("visie").phase, "delen");
    tap("share-next");
    EXPECT_EQ(s().state_of("visie").share_index, 1);
    tap("share-previous");
    EXPECT_EQ(s().state_of("visie").share_index, 0);
    tap("phase-samen");
    tap("sentence-0-1");
    tap("sentence-1-0");
    EXPECT_EQ(s().state_of("visie").shared_text, "Tweede zin! Derde zin\xE2\x80\xA6");
    // And typing into the shared text.
    tap("shared-text");
    ui.type(" Samen.");
    tap("key-hide");
    ui.frame();
    EXPECT_EQ(s().state_of("visie").shared_text, "Tweede zin! Derde zin\xE2\x80\xA6 Samen.");
}

TEST(SplitSentences, KeepsPunctuationAndSplitsLines) {
    const auto v = ui::split_sentences("Het is 2036. Wat nu?\nGeen idee\xE2\x80\xA6 Ok");
    ASSERT_EQ(v.size(), 4u);
    EXPECT_EQ(v[0], "Het is 2036.");
    EXPECT_EQ(v[1], "Wat nu?");
    EXPECT_EQ(v[2], "Geen idee\xE2\x80\xA6");
    EXPECT_EQ(v[3], "Ok");
}

// --- forms -----------------------------------------------------------------------------------

TEST_F(SessionViewTest, MapFormChoicesAndTextCreateOneRecord) {
    goto_exercise("kaart");
    tap("field-verbinding-interesse");
    tap("field-verbinding-plek");
    tap("field-sterkte-3");
    ASSERT_EQ(s().forms.size(), 1u);
    EXPECT_EQ(s().forms[0].values.at("verbinding"), "plek,interesse");  // the plan's order
    EXPECT_EQ(s().forms[0].values.at("sterkte"), "3");
    tap("field-naam");
    ui.type("jongeren in Zwolle");
    ui.key(ImGuiKey_Enter);  // one-line field: Enter is done
    ui.frame();
    EXPECT_EQ(s().forms[0].values.at("naam"), "jongeren in Zwolle");
    tap("field-verbinding-plek");
    EXPECT_EQ(s().forms[0].values.at("verbinding"), "interesse");
    EXPECT_EQ(s().forms.size(), 1u);
}

TEST_F(SessionViewTest, PartnerRecordsRepeatAndDeleteNeedsTwoTaps) {
    goto_exercise("partners");
    tap("form-add");
    tap("form-add");
    ASSERT_EQ(s().forms.size(), 2u);
    tap("field-1-uitdagingen");
    ui.type("Weinig tijd");
    tap("key-hide");
    EXPECT_EQ(s().forms[0].values.at("uitdagingen"), "Weinig tijd");
    tap("form-delete-2");
    EXPECT_EQ(s().forms.size(), 2u);  // one tap only asks
    tap("form-delete-2");
    ASSERT_EQ(s().forms.size(), 1u);
    EXPECT_EQ(s().forms[0].values.at("uitdagingen"), "Weinig tijd");
}

// --- cards and agenda ------------------------------------------------------------------------

TEST_F(SessionViewTest, CardsOpenOverAnExerciseWithoutLosingItsState) {
    tap("add-remark-team");
    tap("remark-team");
    ui.type("half af");
    tap("open-cards");
    EXPECT_TRUE(view.cards_open());
    EXPECT_TRUE(ui.has_target("card-tips"));
    tap("close-cards");
    EXPECT_FALSE(view.cards_open());
    EXPECT_TRUE(ui.has_target("remark-team"));
    tap("remark-team");
    tap("key-hide");
    ui.frame();
    EXPECT_EQ(s().state_of("klaar").answers.at("team").remark, "half af");
}

TEST_F(SessionViewTest, AgendaReopensAnEarlierExercise) {
    goto_exercise("kaart");
    agenda = true;
    ui.frames(2);
    tap("agenda-open-klaar");
    EXPECT_EQ(s().current_exercise()->id, "klaar");
    EXPECT_TRUE(last.open_exercise || true);
    tap("agenda-next");
    EXPECT_EQ(s().current_exercise()->id, "visie");
}

TEST_F(SessionViewTest, ScheduleAgainstTheClock) {
    // 15 minutes in the 10-minute checklist: 5 behind; then 2 minutes into the next: still 5.
    clock.wall = 1'000'000;  // the moment the sample session was created
    clock.advance(15 * 60'000);
    EXPECT_EQ(ui::schedule_text(ui::schedule_delta_ms(s(), read_clock(clock))), "5 min behind");
    sink.submit("agenda.goto", {{"exercise", "visie"}});
    clock.advance(2 * 60'000);
    EXPECT_EQ(ui::schedule_delta_ms(s(), read_clock(clock)) / 60'000, 5);
    EXPECT_EQ(ui::schedule_text(-5 * 60'000), "5 min ahead");
    EXPECT_EQ(ui::schedule_text(20'000), "on schedule");
}

// --- undo (issue 9) ----------------------------------------------------------------------------

// Undo on a board without steps of its own used to take back the readiness answer given on an
// earlier exercise, and nothing on screen changed.
TEST_F(SessionViewTest, BoardUndoOnlyTakesBackStepsOfThisBoard) {
    tap("answer-team-yes");
    ASSERT_EQ(s().state_of("klaar").answers.at("team").answer, Answer::Yes);
    goto_exercise("matrix");
    ASSERT_TRUE(ui.has_target("board-undo"));
    tap("board-undo");
    tap("board-undo");
    EXPECT_EQ(s().state_of("klaar").answers.at("team").answer, Answer::Yes) << "the readiness answer stays";
    ASSERT_TRUE(sink.submit("note.add", {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Koffie"}}).ok());
    ui.frames(2);
    tap("board-undo");
    EXPECT_EQ(s().find_note("n-1"), nullptr) << "the board's own step is undone";
    tap("board-undo");
    EXPECT_EQ(s().state_of("klaar").answers.at("team").answer, Answer::Yes);
    tap("board-redo");
    EXPECT_NE(s().find_note("n-1"), nullptr);
}

// --- the big countdown (issue 9) --------------------------------------------------------------

// Tapping the small clock on one exercise and going Next used to show the next exercise as a
// bare big countdown, without its content.
TEST_F(SessionViewTest, TheBigCountdownBelongsToTheExerciseWhereItWasChosen) {
    goto_exercise("kaart");
    ASSERT_FALSE(ui.has_target("countdown"));
    tap("timer-focus");
    ASSERT_TRUE(ui.has_target("countdown")) << "the form shows its countdown big";
    tap("exercise-next");
    ui.frames(2);
    ASSERT_EQ(s().current_exercise()->id, "matrix");
    EXPECT_FALSE(ui.has_target("countdown")) << "the board shows no big countdown";
    EXPECT_TRUE(ui.has_target("add-note:of")) << "the board shows its notes";
    tap("exercise-previous");
    ui.frames(2);
    EXPECT_TRUE(ui.has_target("countdown")) << "back on the form, its choice still holds";
    tap("timer-focus");
    EXPECT_FALSE(ui.has_target("countdown"));
}

// --- one countdown at a time (issue 9) --------------------------------------------------------

TEST_F(SessionViewTest, ACountdownLeftBehindPausesAndNeverEndsOutOfSight) {
    goto_exercise("kaart");
    tap("timer-focus");
    console_tap("timer-start");
    ASSERT_TRUE(s().timer.running);
    clock.advance(60'000);
    ui.frame();
    tap("exercise-next");
    ASSERT_EQ(s().current_exercise()->id, "matrix");
    clock.advance(30 * 60'000);  // long past the end of the form's 15 minutes
    ui.frames(3);
    EXPECT_EQ(ended, 0) << "no chime on the board for the form's countdown";
    EXPECT_FALSE(s().timer.running);
    EXPECT_EQ(last_redraw.after_seconds, std::numeric_limits<double>::infinity())
        << "nothing ticks on the board";
    tap("exercise-previous");
    ui.frames(2);
    EXPECT_EQ(shown(), "14:00") << "back on the form: paused where it was left";
    console_tap("timer-resume");
    clock.advance(1'000);
    ui.frame();
    EXPECT_EQ(shown(), "13:59");
}

}  // namespace
}  // namespace kiosk
