// The projector view (issue 11): walks every exercise of the shipped bootcamp plan, each phase and
// each shared vision, with private notes, an anonymous board, votes and visions, and checks what
// the frame really drew (ui::read_drawn_frame): private text, authors of an anonymous board, voter
// names and unshared visions never show; dot totals only while shown; body text at least 1/30 of
// the height; the pause screen; and that it asks for frames only when something moves.
#include "bootcamp_session.h"
#include "headless_ui.h"

#include "core/action_sink.h"
#include "core/actions.h"
#include "core/privacy.h"
#include "ui/frame_text.h"
#include "ui/projector_view.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

namespace kiosk {
namespace {

using test::HeadlessUi;

struct TestClock final : Clock {
    std::int64_t wall = 1'000'000, mono = 5'000'000;
    std::int64_t wall_ms() const override { return wall; }
    std::int64_t monotonic_ms() const override { return mono; }
    void advance(std::int64_t ms) { wall += ms, mono += ms; }
};

/// Texts that must never reach the projector while their rule holds.
constexpr const char* kSecret = "Geheimplan";      // prefix of every private note
constexpr const char* kSecretSeat = "Tafel 3";     // the seat that wrote them
constexpr const char* kHiddenAuthor = "Fatima";    // author on the anonymous board
constexpr const char* kVoterA = "Marieke";         // voters: never named on screen
constexpr const char* kVoterB = "Joost";
constexpr const char* kVisionPrefix = "Visietekst"; // visions, each "Visietekst N ..."
constexpr const char* kPublicAuthor = "Ilse";

std::string secret_text(const std::string& board, const std::string& column) { return std::string(kSecret) + board + column; }
std::string public_text(const std::string& board, const std::string& column) { return "Publiek" + board + column; }
std::string vision_text(int n) { return std::string(kVisionPrefix) + " " + std::to_string(n) + " over de bibliotheek"; }

struct ProjectorTest : ::testing::Test {
    explicit ProjectorTest(float w = 1920, float h = 1080)
        : ui(w, h, std::round(h / 40.0f)), sink(testing::bootcamp_session("nl"), clock), view(clock) {
        sink.set_source(Source::Facilitator);  // the tests set the boards up as the facilitator does
        ui.set_draw([this] {
            redraw = ui::Redraw{};
            view.draw(sink.session(), show, ui.ctx(), redraw);
        });
    }

    void submit(const Action& a) { ASSERT_TRUE(sink.submit(a).ok()) << a.type(); }
    template <class A> void submit(const A& a) { ASSERT_TRUE(sink.submit(a).ok()) << A::kType; }

    /// Every board of the plan gets, per column, a public note with 5 dots from two named voters
    /// and a private note from seat 3; "strengths" is anonymous, with a note by kHiddenAuthor.
    /// The vision exercise gets three visions and a shared text.
    void fill() {
        for (const Exercise& ex : sink.session().plan.agenda) {
            if (ex.kind == ExerciseKind::Board) {
                submit(actions::BoardBudget{ex.id, 20});
                for (const Column& c : ex.columns) {
                    const std::string id = new_id('n');
                    submit(actions::NoteAdd{id, ex.id, c.id, public_text(ex.id, c.id), 0, kPublicAuthor, ""});
                    for (int i = 0; i < 2; ++i) submit(actions::VoteAdd{id, kVoterA});
                    for (int i = 0; i < 3; ++i) submit(actions::VoteAdd{id, kVoterB});
                }
                submit(actions::BoardPrivate{ex.id, true});
                for (const Column& c : ex.columns)
                    submit(actions::NoteAdd{new_id('n'), ex.id, c.id, secret_text(ex.id, c.id), 1, kSecretSeat, "seat-3"});
                submit(actions::BoardPrivate{ex.id, false});
            }
            if (ex.id == "strengths") {
                submit(actions::BoardAnonymous{ex.id, true});
                submit(actions::NoteAdd{new_id('n'), ex.id, ex.columns[0].id, "Openingstijden", 2, kHiddenAuthor, ""});
            }
            if (ex.kind == ExerciseKind::Writing) {
                for (int n = 1; n <= 3; ++n) submit(actions::VisionAdd{new_id('v'), ex.id, "Jan", vision_text(n)});
                submit(actions::WritingShared{ex.id, "Samen maken we de bibliotheek"});
            }
        }
    }

    ui::DrawnFrame frame() {
        ui.frames(2);
        ui.make_current();
        return ui::read_drawn_frame(*ImGui::GetDrawData());
    }
    bool shows(const ui::DrawnFrame& f, const std::string& text) { return ui::frame_shows(f, text); }
    bool contains(const ui::DrawnFrame& f, const std::string& text) {
        return f.text.find(ui::glyph_text(text, *ImGui::GetFont())) != std::string::npos;
    }

    /// Checks one frame of exercise `ex` against every rule; `where` names it in failures.
    void check_privacy(const ui::DrawnFrame& f, const Exercise& ex, const std::string& where) {
        EXPECT_FALSE(contains(f, kSecret)) << where << ": a private note's text";
        EXPECT_FALSE(contains(f, kSecretSeat)) << where << ": the seat of private notes";
        EXPECT_FALSE(contains(f, kVoterA)) << where << ": a voter";
        EXPECT_FALSE(contains(f, kVoterB)) << where << ": a voter";
        if (sink.session().state_of(ex.id).anonymous) EXPECT_FALSE(contains(f, kHiddenAuthor)) << where;
        EXPECT_EQ(f.missing_glyphs, 0) << where;
        // A vision only while it is the one being shared.
        int position = -1;
        const Vision* shared = room_vision(sink.session(), ex, &position);
        for (int n = 1; n <= 3; ++n) {
            const bool may = shared && shared->text == vision_text(n);
            if (!may) EXPECT_FALSE(contains(f, vision_text(n))) << where << ": vision " << n;
            else EXPECT_TRUE(shows(f, vision_text(n))) << where << ": the vision being shared";
        }
    }

    TestClock clock;
    HeadlessUi ui;
    MemorySession sink;
    ui::ProjectorView view;
    ui::ProjectorShow show;
    ui::Redraw redraw;
};

TEST_F(ProjectorTest, EveryScreenOfTheBootcampKeepsPrivateThingsOffTheProjector) {
    fill();
    int boards = 0, shared = 0;
    for (const Exercise& ex : sink.session().plan.agenda) {
        submit(actions::AgendaGoto{ex.id});
        if (ex.kind != ExerciseKind::Writing) {
            const ui::DrawnFrame f = frame();
            check_privacy(f, ex, ex.id);
            EXPECT_TRUE(shows(f, ex.title)) << ex.id;
            if (ex.kind == ExerciseKind::Board) {
                ++boards;
                for (const Column& c : ex.columns) EXPECT_TRUE(shows(f, public_text(ex.id, c.id))) << ex.id;
                EXPECT_TRUE(shows(f, "Face down until the reveal: " + std::to_string(ex.columns.size()))) << ex.id;
                EXPECT_EQ(contains(f, kPublicAuthor), !sink.session().state_of(ex.id).anonymous) << ex.id;
            }
            continue;
        }
        for (const Phase& p : ex.phases) {
            submit(actions::WritingPhase{ex.id, p.id});
            for (int i = 0; i < 3; ++i) {
                submit(actions::WritingShare{ex.id, i});
                const ui::DrawnFrame f = frame();
                check_privacy(f, ex, ex.id + "/" + p.id + "/" + std::to_string(i));
                if (room_vision(sink.session(), ex)) ++shared;
            }
        }
    }
    const auto board_count = std::count_if(sink.session().plan.agenda.begin(), sink.session().plan.agenda.end(),
                                           [](const Exercise& e) { return e.kind == ExerciseKind::Board; });
    EXPECT_GE(board_count, 3);
    EXPECT_EQ(boards, board_count) << "every board of the plan was drawn";
    EXPECT_EQ(shared, 3) << "each vision was shown once, in the share phase";
}

TEST_F(ProjectorTest, VoteTotalsShowOnlyWhileTheFacilitatorShowsThem) {
    fill();
    submit(actions::AgendaGoto{"matrix"});
    const Exercise& matrix = *sink.session().plan.find("matrix");
    const std::string note = public_text("matrix", matrix.columns[0].id);
    // The note's text, its author, then its total of 5 dots (DrawnFrame drops whitespace).
    ui::DrawnFrame f = frame();
    EXPECT_TRUE(shows(f, note + kPublicAuthor));
    EXPECT_FALSE(shows(f, note + kPublicAuthor + "5")) << "totals hidden";
    Session with_totals = sink.session();
    with_totals.exercises["matrix"].totals_shown = true;
    sink = MemorySession(with_totals, clock);
    f = frame();
    EXPECT_TRUE(shows(f, note + kPublicAuthor + "5"));
    EXPECT_FALSE(contains(f, kVoterA));
    EXPECT_FALSE(contains(f, kVoterB));
}

TEST_F(ProjectorTest, RevealedNotesShowAndTheFaceDownTotalGoes) {
    fill();
    submit(actions::AgendaGoto{"choose"});
    const Exercise& choose = *sink.session().plan.find("choose");
    EXPECT_FALSE(contains(frame(), kSecret));
    submit(actions::BoardReveal{"choose"});
    const ui::DrawnFrame f = frame();
    for (const Column& c : choose.columns) EXPECT_TRUE(shows(f, secret_text("choose", c.id)));
    EXPECT_FALSE(contains(f, "face down"));
}

TEST_F(ProjectorTest, TheAgendaShowsWhenTheTableShowsIt) {
    show.agenda = true;
    const ui::DrawnFrame f = frame();
    for (const Exercise& ex : sink.session().plan.agenda) EXPECT_TRUE(shows(f, ex.title)) << ex.id;
}

TEST_F(ProjectorTest, ThePauseScreenShowsTheTitleAndTheClock) {
    setenv("TZ", "UTC", 1);
    tzset();
    clock.wall = (14 * 60 + 5) * 60'000LL + 12'000;  // 14:05:12 UTC on the first day of 1970
    show.pause_screen = true;
    const ui::DrawnFrame f = frame();
    EXPECT_TRUE(shows(f, "Bootcamp Zwolle"));
    EXPECT_TRUE(shows(f, "14:05"));
    EXPECT_FALSE(contains(f, sink.session().current_exercise()->title));
    EXPECT_NEAR(redraw.after_seconds, 48.0, 0.1) << "the next frame when the minute changes";
}

TEST_F(ProjectorTest, NothingMovingAsksForNoFrameAndARunningCountdownForTheNextSecond) {
    frame();
    EXPECT_TRUE(std::isinf(redraw.after_seconds));
    submit(actions::TimerStart{600});
    clock.advance(300);
    frame();
    EXPECT_GT(redraw.after_seconds, 0.6);
    EXPECT_LE(redraw.after_seconds, 0.71);
    submit(actions::TimerPause{});
    frame();
    EXPECT_TRUE(std::isinf(redraw.after_seconds)) << "a paused countdown does not change";
}

TEST_F(ProjectorTest, TheCountdownShowsOvertimeAgainstThePlan) {
    submit(actions::AgendaGoto{"choose"});
    ui::DrawnFrame f = frame();
    EXPECT_TRUE(shows(f, "30:00"));
    EXPECT_TRUE(shows(f, "Planned 30 min"));
    submit(actions::TimerStart{60});
    clock.advance(75'000);
    f = frame();
    EXPECT_TRUE(shows(f, "+00:15"));
    EXPECT_TRUE(shows(f, "Time is up \xE2\x80\x93 overtime"));
}

TEST_F(ProjectorTest, TheFormShowsWhatTheRoomFilledInWithChoiceLabels) {
    submit(actions::AgendaGoto{"map"});
    submit(actions::FormAdd{"f1", "map"});
    submit(actions::FormSet{"f1", "name", "Jonge ouders"});
    submit(actions::FormSet{"f1", "connection", "geography,interest"});
    const ui::DrawnFrame f = frame();
    EXPECT_TRUE(shows(f, "Naam van de community"));
    EXPECT_TRUE(shows(f, "Jonge ouders"));
    EXPECT_TRUE(shows(f, "Plek, Interesse"));
    EXPECT_FALSE(contains(f, "geography"));
}

/// Body text at least 1/30 of the height on every screen but the board (whose notes shrink to fit).
void expect_readable(ProjectorTest& t, float height) {
    t.fill();
    for (const Exercise& ex : t.sink.session().plan.agenda) {
        t.submit(actions::AgendaGoto{ex.id});
        const ui::DrawnFrame f = t.frame();
        EXPECT_GE(t.view.metrics().body_px, height / 30.0f);
        if (ex.kind != ExerciseKind::Board) EXPECT_GE(f.smallest_font_px + 0.5f, height / 30.0f) << ex.id;
        EXPECT_EQ(f.cut_glyphs, 0) << ex.id;
        EXPECT_LE(f.max.y, height) << ex.id << ": nothing below the screen";
    }
}

struct Projector720Test : ProjectorTest {
    Projector720Test() : ProjectorTest(1280, 720) {}
};

TEST_F(ProjectorTest, BodyTextIsAThirtiethOfTheHeightAt1080) { expect_readable(*this, 1080); }
TEST_F(Projector720Test, BodyTextIsAThirtiethOfTheHeightAt720) { expect_readable(*this, 720); }

TEST_F(Projector720Test, ALongAgendaShowsTheRowsAroundTheCurrentExerciseAtFullSize) {
    // The bootcamp with step 6 has sixteen rows (issue 13): near the end of the day the current
    // row and the next show, and no row shrinks below the body size.
    const auto& agenda = sink.session().plan.agenda;
    ASSERT_GT(agenda.size(), 12u);
    const Exercise& late = agenda[agenda.size() - 2];
    submit(actions::AgendaGoto{late.id});
    show.agenda = true;
    const ui::DrawnFrame f = frame();
    EXPECT_TRUE(contains(f, std::to_string(agenda.size() - 1) + ". " + late.title)) << "the current row";
    EXPECT_TRUE(contains(f, std::to_string(agenda.size()) + ". " + agenda.back().title)) << "what comes next";
    EXPECT_GE(f.smallest_font_px + 0.5f, 720.0f / 30.0f);
}

}  // namespace
}  // namespace kiosk
