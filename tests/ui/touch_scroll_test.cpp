// Lists scrolled by a finger alone (issue 9): the readiness check, the agenda and the
// partner-power form of the shipped bootcamp, on a 1080p table and a 1024x768 projector, driven
// by drags and taps only (no wheel, no scrollbar, no hardware key). Also: every window that can
// scroll, on every screen of both shipped plans, follows the finger.
#include "bootcamp_session.h"
#include "headless_ui.h"

#include "core/action_sink.h"
#include "ui/export_screen.h"
#include "ui/keyboard.h"
#include "ui/session_view.h"
#include "ui/start_screen.h"
#include "ui/touch_scroll.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <imgui_internal.h>

#include <cmath>
#include <limits>
#include <string>

namespace kiosk {
namespace {

using test::HeadlessUi;

struct Display {
    float w, h, em;  // body text 1/40 of the height, as the kiosk sizes it
};
constexpr Display kTable{1920, 1080, 27};
constexpr Display kProjector{1024, 768, 19.2f};

std::string name_of(const ::testing::TestParamInfo<Display>& info) {
    return std::to_string(int(info.param.w)) + "x" + std::to_string(int(info.param.h));
}

struct FakeClock final : Clock {
    std::int64_t wall = 1'764'420'000'000, mono = 50'000;
    std::int64_t wall_ms() const override { return wall; }
    std::int64_t monotonic_ms() const override { return mono; }
};

ImRect rect_of(const std::string& key) {
    const ui::HitTarget* t = ui::hit_targets().find(key);
    if (!t) {
        ADD_FAILURE() << "no widget recorded under \"" << key << "\"";
        return ImRect(-1, -1, -1, -1);
    }
    return ImRect(t->min, t->max);
}

/// True when the widget `key` lies wholly inside the visible part of region `region`.
bool fully_visible(const std::string& key, const std::string& region) {
    const ui::HitTarget* t = ui::hit_targets().find(key);
    const ui::HitTarget* r = ui::hit_targets().find("scroll-" + region);
    // The "More below" button sits over the list's lower edge: a target under it is not free.
    const ui::HitTarget* more = ui::hit_targets().find("more-" + region);
    const float bottom = more ? std::min(r ? r->max.y : 0.0f, more->min.y) : (r ? r->max.y : 0.0f);
    return t && r && t->min.y >= r->min.y && t->max.y <= bottom;
}

/// A session screen of the shipped Dutch bootcamp with the demo session's content, drawn the
/// way the app draws it (the screen, then the keyboard on top), at one display size.
struct Room {
    explicit Room(Display d, Session session = testing::bootcamp_session("nl", true))
        : ui(d.w, d.h, d.em), sink(std::move(session), clock), view(clock) {
        ui.set_draw([this] {
            ui::Redraw redraw;
            if (agenda) view.draw_agenda(sink, ui.ctx(), redraw);
            else view.draw_exercise(sink, ui.ctx(), redraw);
            ui::keyboard_panel().draw(ui.ctx(), redraw);
            last_redraw = redraw;
        });
        ui.frames(3);
    }
    const Session& s() const { return sink.session(); }
    void go(const std::string& exercise) {
        ASSERT_TRUE(sink.submit("agenda.goto", {{"exercise", exercise}}).ok());
        ui.frames(3);
    }
    /// Lets a glide run out (at most `seconds` of frames); returns the frames it took.
    int settle(float seconds = 5.0f) {
        int n = 0;
        for (; n < int(seconds * 60.0f); ++n) {
            ui.frame();
            if (last_redraw.after_seconds > 0.5) break;
        }
        ui.frames(2);
        return n;
    }
    /// One finger stroke upwards over region `region`, starting left of its centre (on text, not
    /// on a button), of 40 % of its height, then the glide runs out.
    void stroke_up(const std::string& region) {
        const ImRect r = rect_of("scroll-" + region);
        const ImVec2 a(r.Min.x + 0.25f * r.GetWidth(), r.Min.y + 0.7f * r.GetHeight());
        ui.drag(a, ImVec2(a.x, a.y - 0.4f * r.GetHeight()), 8);
        ui.park_pointer();
        settle();
    }
    /// Strokes up until `key` is wholly visible in `region`; false after 30 strokes.
    bool scroll_to(const std::string& key, const std::string& region) {
        for (int i = 0; i < 30 && !fully_visible(key, region); ++i) stroke_up(region);
        return fully_visible(key, region);
    }

    HeadlessUi ui;
    FakeClock clock;
    MemorySession sink;
    ui::SessionView view;
    bool agenda = false;
    ui::Redraw last_redraw;
};

int yes_count(const Room& room) { return room.s().tally("readiness").yes; }

class Fingers : public ::testing::TestWithParam<Display> {};

TEST_P(Fingers, ReadinessQuestionSixIsReachedByDragAndItsAnswerTaps) {
    Room room(GetParam());
    room.go("readiness");
    ASSERT_FALSE(fully_visible("answer-skills-not_yet", "checklist")) << "question 6 starts below the fold";
    EXPECT_TRUE(ui::hit_targets().find("more-checklist")) << "a list that goes on says so";
    ASSERT_TRUE(room.scroll_to("answer-skills-not_yet", "checklist"));
    const Answer before = room.s().state_of("readiness").answers.at("skills").answer;
    const char* key = before == Answer::NotYet ? "answer-skills-yes" : "answer-skills-not_yet";
    room.ui.tap_target(key);
    room.ui.frame();
    EXPECT_NE(room.s().state_of("readiness").answers.at("skills").answer, before);
}

TEST_P(Fingers, AJitterBelowTheThresholdOnAButtonStillTapsIt) {
    Room room(GetParam(), testing::bootcamp_session("nl"));
    room.go("readiness");
    const ImVec2 c = room.ui.centre_of("answer-team-yes");
    const float jitter = 0.6f * room.ui.ctx().metrics.drag_threshold();
    room.ui.drag(c, ImVec2(c.x + 0.5f * jitter, c.y - jitter), 4);
    room.ui.frame();
    EXPECT_EQ(yes_count(room), 1);
}

TEST_P(Fingers, ADragThatStartsOnAButtonScrollsAndDoesNotPressIt) {
    Room room(GetParam());
    room.go("readiness");
    const auto answers = room.s().state_of("readiness").answers;
    const ImRect list = rect_of("scroll-checklist");
    const float up = 0.3f * list.GetHeight();
    // A button far enough below the list's top for the whole stroke (not the answer it has).
    std::string key;
    for (const Question& q : room.s().plan.find("readiness")->questions) {
        const auto a = answers.find(q.id);
        const std::string k = std::string("answer-") + q.id + (a != answers.end() && a->second.answer == Answer::No ? "-yes" : "-no");
        const ui::HitTarget* t = ui::hit_targets().find(k);
        const float y = t ? 0.5f * (t->min.y + t->max.y) : 0.0f;
        if (t && y - up > list.Min.y + 10.0f && y < list.Max.y - 10.0f) {
            key = k;
            break;
        }
    }
    ASSERT_FALSE(key.empty()) << "no answer button with room for the stroke";
    const ImVec2 c = room.ui.centre_of(key);
    // Slowly, so no glide carries the button away: the finger ends on the button it started on.
    room.ui.drag(c, ImVec2(c.x, c.y - up), 40);
    room.ui.park_pointer();
    room.settle();
    EXPECT_LT(room.ui.centre_of(key).y, c.y - 0.5f * up) << "the list followed the finger";
    for (const auto& [q, a] : answers) EXPECT_EQ(room.s().state_of("readiness").answers.at(q).answer, a.answer) << q;
}

TEST_P(Fingers, AFlickGlidesOnAndStopsByItself) {
    Room room(GetParam());
    room.go("readiness");
    const ImRect list = rect_of("scroll-checklist");
    const ImVec2 a(list.Min.x + 0.25f * list.GetWidth(), list.Max.y - 0.2f * list.GetHeight());
    const float y0 = room.ui.centre_of("answer-team-yes").y;
    room.ui.drag(a, ImVec2(a.x, a.y - 0.25f * list.GetHeight()), 4);  // quick: 4 frames
    room.ui.park_pointer();
    const float released = room.ui.centre_of("answer-team-yes").y;
    EXPECT_LE(room.last_redraw.after_seconds, 1.0 / 60.0 + 1e-9) << "frames while it glides";
    room.ui.frames(10);
    const float later = room.ui.centre_of("answer-team-yes").y;
    EXPECT_LT(later, released - 5.0f) << "the list glides on after the finger lifted";
    const int frames = room.settle();
    EXPECT_LT(frames, 3 * 60) << "the glide decays within three seconds";
    EXPECT_EQ(room.last_redraw.after_seconds, std::numeric_limits<double>::infinity()) << "then no more frames";
    const float stopped = room.ui.centre_of("answer-team-yes").y;
    room.ui.frames(30);
    EXPECT_EQ(room.ui.centre_of("answer-team-yes").y, stopped);
    EXPECT_LT(stopped, y0);
}

TEST_P(Fingers, ATouchOnAGlidingListStopsItAndPressesNothing) {
    Room room(GetParam());
    room.go("readiness");
    const auto answers = room.s().state_of("readiness").answers;
    const ImRect list = rect_of("scroll-checklist");
    const ImVec2 a(list.Min.x + 0.25f * list.GetWidth(), list.Max.y - 0.2f * list.GetHeight());
    // A short flick, so the glide is still fast when the finger comes down again.
    room.ui.drag(a, ImVec2(a.x, a.y - 2.5f * room.ui.ctx().metrics.em), 4);
    room.ui.park_pointer();
    room.ui.frames(2);
    ASSERT_LE(room.last_redraw.after_seconds, 1.0 / 60.0 + 1e-9) << "still gliding";
    // The finger lands on whatever answer button is under it now.
    std::string key;
    for (const auto& [q, answer] : answers)
        for (const char* word : {"yes", "not_yet", "no"})
            if (fully_visible("answer-" + q + "-" + word, "checklist")) key = "answer-" + q + "-" + word;
    ASSERT_FALSE(key.empty());
    room.ui.quick_tap(room.ui.centre_of(key));
    room.ui.park_pointer();
    const float y = room.ui.centre_of(key).y;
    room.ui.frames(10);
    EXPECT_EQ(room.ui.centre_of(key).y, y) << "the glide stopped";
    for (const auto& [q, answer] : answers) EXPECT_EQ(room.s().state_of("readiness").answers.at(q).answer, answer.answer) << q;
}

TEST_P(Fingers, AFingerThatRestsBeforeLiftingLeavesNoGlide) {
    Room room(GetParam());
    room.go("readiness");
    const ImRect list = rect_of("scroll-checklist");
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(list.Min.x + 0.25f * list.GetWidth(), list.Max.y - 0.2f * list.GetHeight());
    io.MouseDown[0] = true;
    room.ui.frame();
    for (int i = 0; i < 6; ++i) {
        io.MousePos.y -= 0.05f * list.GetHeight();
        room.ui.frame();
    }
    room.ui.frame(0.3f);  // the finger rests
    io.MouseDown[0] = false;
    room.ui.frame();
    room.ui.park_pointer();
    const float lifted = room.ui.centre_of("answer-team-yes").y;
    room.ui.frames(10);
    EXPECT_EQ(room.ui.centre_of("answer-team-yes").y, lifted);
}

TEST_P(Fingers, TheMoreBelowButtonScrollsAPageAndPressesNothingUnderIt) {
    Room room(GetParam());
    room.go("readiness");
    const auto answers = room.s().state_of("readiness").answers;
    const float y0 = room.ui.centre_of("answer-team-yes").y;
    room.ui.tap_target("more-checklist");
    room.ui.park_pointer();
    room.settle();
    const ImRect list = rect_of("scroll-checklist");
    const float moved = y0 - room.ui.centre_of("answer-team-yes").y;
    // A page on, or to the end of a list shorter than that (then the button is gone).
    if (room.ui.has_target("more-checklist")) EXPECT_GT(moved, 0.5f * list.GetHeight());
    else EXPECT_GT(moved, 4.0f * room.ui.ctx().metrics.em);
    for (const auto& [q, a] : answers) EXPECT_EQ(room.s().state_of("readiness").answers.at(q).remark, a.remark) << q;
    EXPECT_FALSE(ui::keyboard_panel().reserved_height(room.ui.ctx()) > 0) << "no field under the button got the keyboard";
}

TEST_P(Fingers, TheAgendasLastRowIsReachedByDragAndOpens) {
    Room room(GetParam());
    room.agenda = true;
    room.ui.frames(3);
    const std::string last = room.s().plan.agenda.back().id;
    const std::string key = "agenda-open-" + last;
    ASSERT_TRUE(room.scroll_to(key, "agenda")) << "the last agenda row can be brought into view";
    room.ui.tap_target(key);
    room.ui.frame();
    EXPECT_EQ(room.s().plan.agenda[room.s().current].id, last);
}

TEST_P(Fingers, TheLowestPartnerPowerBoxStaysAboveTheKeyboardAndTakesItsLetters) {
    Room room(GetParam());
    room.go("partners");
    std::string rid;
    int records = 0;
    for (const FormRecord& r : room.s().forms)
        if (r.exercise == "partners") { rid = r.id; ++records; }
    ASSERT_GE(records, 1);
    const std::string key = "field-" + std::to_string(records) + "-success";  // the last box of the last form
    auto value = [&] {
        const FormRecord* r = room.s().find_form(rid);
        return r && r->values.count("success") ? r->values.at("success") : std::string();
    };
    ASSERT_TRUE(room.scroll_to(key, "form"));
    const std::string before = value();
    room.ui.tap_target(key);
    room.ui.frames(4);
    ASSERT_TRUE(room.ui.has_target("keyboard"));
    const ImRect box = rect_of(key), keyboard = rect_of("keyboard"), form = rect_of("scroll-form");
    EXPECT_LE(box.Max.y, keyboard.Min.y) << "the box is above the keyboard's top edge";
    EXPECT_LE(box.Max.y, form.Max.y) << "and inside the visible part of the form";
    EXPECT_GE(box.Min.y, form.Min.y);
    room.ui.tap_target("key-a");
    room.ui.frame();
    const ImRect typed = rect_of(key);
    EXPECT_LE(typed.Max.y, rect_of("keyboard").Min.y) << "still in view while typing";
    room.ui.tap_target("key-hide");
    room.ui.frames(2);
    const std::string after = value();
    EXPECT_NE(after, before);
    EXPECT_EQ(after.size(), before.size() + 1);
}

INSTANTIATE_TEST_SUITE_P(Displays, Fingers, ::testing::Values(kTable, kProjector), name_of);

// --- every scrolling window follows the finger ------------------------------------------------

/// Fails for each window drawn this frame that can scroll but was not handed to a TouchScroll,
/// or that shows an ImGui scrollbar a finger would have to hit.
void expect_every_scrolling_window_follows(const std::string& where) {
    for (ImGuiWindow* w : GImGui->Windows) {
        if (!w->Active || w->ScrollMax.y < 1.0f) continue;
        EXPECT_TRUE(ui::follows_touch(*w)) << where << ": window " << w->Name << " scrolls only by wheel";
        EXPECT_LE(w->ScrollbarSizes.x, 1.0f) << where << ": window " << w->Name << " shows a scrollbar";
    }
}

class EveryWindow : public ::testing::TestWithParam<Display> {};

TEST_P(EveryWindow, OfEverySessionScreenOfBothPlansFollowsTheFinger) {
    for (const char* language : {"nl", "en"}) {
        Room room(GetParam(), testing::bootcamp_session(language, std::string(language) == "nl"));
        room.agenda = true;
        room.ui.frames(3);
        expect_every_scrolling_window_follows(std::string(language) + " agenda");
        room.agenda = false;
        for (const Exercise& ex : room.s().plan.agenda) {
            room.go(ex.id);
            const std::string where = std::string(language) + " " + ex.id;
            expect_every_scrolling_window_follows(where);
            for (const Phase& p : ex.phases) {
                ASSERT_TRUE(room.sink.submit("writing.phase", {{"exercise", ex.id}, {"phase", p.id}}).ok());
                room.ui.frames(3);
                expect_every_scrolling_window_follows(where + " " + p.id);
            }
        }
        room.ui.tap_target("open-cards");
        room.ui.frames(3);
        expect_every_scrolling_window_follows(std::string(language) + " cards");
    }
}

TEST_P(EveryWindow, OfTheStartAndExportScreensFollowsTheFinger) {
    HeadlessUi ui(GetParam().w, GetParam().h, GetParam().em);
    ui::StartScreenData start = ui::demo_start_screen_data();
    for (int i = 0; i < 30; ++i) start.sessions.push_back(start.sessions[std::size_t(i % 3)]);
    for (int i = 0; i < 12; ++i) start.plans.push_back(start.plans[std::size_t(i % 3)]);
    ui::StartScreenState state;
    ui::ExportScreenData data{"Bootcamp", {}};
    for (int i = 0; i < 12; ++i) data.destinations.push_back({"USB-stick " + std::to_string(i), "/media/usb" + std::to_string(i), true});
    ui::ExportScreenState export_state;
    ui::ExportProgress done;
    done.phase = ui::ExportProgress::Phase::Done;
    for (int i = 0; i < 40; ++i) done.written.push_back("bord-" + std::to_string(i) + ".png");
    bool on_start = true;
    ui.set_draw([&] {
        ui::Redraw redraw;
        if (on_start) ui::draw_start_screen(start, state, ui.ctx(), redraw);
        else ui::draw_export_screen(data, export_state, done, ui.ctx(), redraw);
    });
    ui.frames(3);
    expect_every_scrolling_window_follows("start");
    on_start = false;
    ui.frames(3);
    expect_every_scrolling_window_follows("export");
}

INSTANTIATE_TEST_SUITE_P(Displays, EveryWindow, ::testing::Values(kTable, kProjector), name_of);

}  // namespace
}  // namespace kiosk
