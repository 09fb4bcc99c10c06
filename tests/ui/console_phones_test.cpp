// The console's phones section (issue 12): the switch and a new code come back as intents, the
// approval switch and the moderation buttons go out as the facilitator's actions, and the
// moderation list puts waiting notes first with one button each, under the keys the e2e test taps.
#include "bootcamp_session.h"
#include "headless_ui.h"

#include "core/action_sink.h"
#include "ui/console_phones.h"
#include "ui/facilitator_screen.h"
#include "ui/frame_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kiosk {
namespace {

using test::HeadlessUi;

/// Keeps what the console sent, and passes it on to the session (which may refuse an action its
/// catalogue does not know yet: the test reads what was sent, the model's tests what it does).
class RecordingSink final : public ActionSink {
public:
    explicit RecordingSink(Session session) : inner_(std::move(session)) { set_source(Source::Facilitator); }
    const Session& session() const override { return inner_.session(); }
    using ActionSink::submit;
    SubmitResult submit(Action action) override {
        sent.push_back(action);
        return inner_.submit(std::move(action));
    }
    std::vector<Action> sent;

private:
    const Clock& clock() const override { return system_clock(); }
    MemorySession inner_;
};

Session board_with_moderated_notes() {
    Session s = testing::bootcamp_session("nl");
    s.current = 0;
    for (std::size_t i = 0; i < s.plan.agenda.size(); ++i)
        if (s.plan.agenda[i].id == "choose") s.current = i;
    const Exercise& choose = *s.plan.find("choose");
    auto note = [&](const std::string& id, const std::string& text, Moderation m) {
        Note n;
        n.id = id;
        n.exercise = "choose";
        n.column = choose.columns.front().id;
        n.text = text;
        n.moderation = m;
        s.notes.push_back(n);
    };
    note("n-shown", "Leesclub in het café", Moderation::Shown);
    note("n-hidden", "Iets wat niet hoort", Moderation::Hidden);
    note("n-waiting", "Buurtmoestuin\nmet de school", Moderation::Waiting);
    return s;
}

struct PhonesConsole {
    explicit PhonesConsole(Session session, float w = 1920, float h = 1080) : ui(w, h, h / 40.0f), sink(std::move(session)) {
        phones.on = true;
        phones.url = "http://192.168.1.20:8080/j/123456";
        phones.code = "123456";
        phones.connected = 12;
        ui.set_draw([this] {
            ui::ConsoleData data;
            data.facilitator = &sink;
            data.countdown = &countdown;
            data.language = "nl";
            data.phones = phones;
            data.scroll = &scroll;
            data.redraw = &redraw;
            const ui::FacilitatorIntent now = ui::draw_facilitator_screen(data, ui.ctx());
            if (now.index() != 0) intent = now;
        });
        ui.frames(2);
    }
    void tap(const std::string& key) {
        ui.tap_target(key);
        ui.frame();
    }
    HeadlessUi ui;
    RecordingSink sink;
    ui::CountdownView countdown;
    ui::TouchScroll scroll;
    ui::Redraw redraw;
    ui::PhonesInfo phones;
    ui::FacilitatorIntent intent;
};

TEST(ConsolePhones, TheSwitchAndANewCodeAreIntentsForTheApp) {
    PhonesConsole c(board_with_moderated_notes());
    c.tap("phones-on");
    EXPECT_TRUE(std::holds_alternative<ui::SwitchPhonesIntent>(c.intent));
    c.intent = {};
    c.tap("phones-renew");
    EXPECT_TRUE(std::holds_alternative<ui::RenewJoinCodeIntent>(c.intent));
    EXPECT_TRUE(c.sink.sent.empty()) << "neither is a session action";
}

TEST(ConsolePhones, WhenOnTheUrlCodeAndCountAreShownAndWhenOffOnlyTheSwitch) {
    PhonesConsole c(board_with_moderated_notes());
    ui::DrawnFrame frame = ui::read_drawn_frame(*ImGui::GetDrawData());
    EXPECT_TRUE(ui::frame_shows(frame, "http://192.168.1.20:8080/j/123456"));
    EXPECT_TRUE(ui::frame_shows(frame, "123456"));
    EXPECT_TRUE(ui::frame_shows(frame, "12"));
    c.phones.on = false;
    c.phones.url.clear();
    c.ui.frames(2);
    frame = ui::read_drawn_frame(*ImGui::GetDrawData());
    EXPECT_FALSE(ui::frame_shows(frame, "192.168.1.20"));
    EXPECT_TRUE(c.ui.has_target("phones-on"));
    EXPECT_FALSE(c.ui.has_target("phones-renew"));
}

TEST(ConsolePhones, TheApprovalSwitchSendsPhonesApprovalTheOtherWay) {
    PhonesConsole c(board_with_moderated_notes());
    c.tap("phones-approval");
    ASSERT_EQ(c.sink.sent.size(), 1u);
    EXPECT_EQ(c.sink.sent[0].type(), "phones.approval");
    EXPECT_EQ(c.sink.sent[0].data.value("on", false), true);
}

TEST(ConsolePhones, EachNoteHasTheOneButtonItsStateAsksForAndSendsItsId) {
    PhonesConsole c(board_with_moderated_notes());
    EXPECT_TRUE(c.ui.has_target("note-approve-n-waiting"));
    EXPECT_TRUE(c.ui.has_target("note-hide-n-shown"));
    EXPECT_TRUE(c.ui.has_target("note-unhide-n-hidden"));
    for (const char* absent : {"note-hide-n-waiting", "note-approve-n-shown", "note-hide-n-hidden", "note-unhide-n-shown"})
        EXPECT_FALSE(c.ui.has_target(absent)) << absent;
    c.tap("note-approve-n-waiting");
    c.tap("note-hide-n-shown");
    c.tap("note-unhide-n-hidden");
    ASSERT_EQ(c.sink.sent.size(), 3u);
    EXPECT_EQ(c.sink.sent[0].type(), "note.approve");
    EXPECT_EQ(c.sink.sent[0].data.value("id", ""), "n-waiting");
    EXPECT_EQ(c.sink.sent[1].type(), "note.hide");
    EXPECT_EQ(c.sink.sent[1].data.value("id", ""), "n-shown");
    EXPECT_EQ(c.sink.sent[2].type(), "note.unhide");
    EXPECT_EQ(c.sink.sent[2].data.value("id", ""), "n-hidden");
}

TEST(ConsolePhones, WaitingNotesComeFirstThenShownThenHidden) {
    const Session s = board_with_moderated_notes();
    const std::vector<std::size_t> order = ui::moderation_order(s, "choose");
    ASSERT_EQ(order.size(), 3u);
    EXPECT_EQ(s.notes[order[0]].id, "n-waiting");
    EXPECT_EQ(s.notes[order[1]].id, "n-shown");
    EXPECT_EQ(s.notes[order[2]].id, "n-hidden");
    PhonesConsole c(s);
    EXPECT_LT(c.ui.centre_of("note-approve-n-waiting").y, c.ui.centre_of("note-hide-n-shown").y);
    EXPECT_LT(c.ui.centre_of("note-hide-n-shown").y, c.ui.centre_of("note-unhide-n-hidden").y);
}

TEST(ConsolePhones, ALongListScrollsUnderTheFinger) {
    Session s = board_with_moderated_notes();
    for (int i = 0; i < 30; ++i) {
        Note n = s.notes.front();
        n.id = "n-extra" + std::to_string(i);
        s.notes.push_back(n);
    }
    PhonesConsole c(std::move(s), 1280, 720);
    const ui::HitTarget* last = c.ui.window().targets.find("note-hide-n-extra29");
    ASSERT_TRUE(last);
    EXPECT_FALSE(last->visible()) << "the list is cut to a few rows";
    const ImVec2 start = c.ui.centre_of("note-hide-n-shown");
    c.ui.drag(ImVec2(start.x - 200, start.y), ImVec2(start.x - 200, start.y - 250), 10);
    c.ui.frames(40);
    const ui::HitTarget* first = c.ui.window().targets.find("note-approve-n-waiting");
    ASSERT_TRUE(first);
    EXPECT_FALSE(first->visible()) << "the list moved up under the finger";
}

TEST(ConsolePhones, ANoteIsCutToOneLineAtACharacterBoundary) {
    HeadlessUi ui(800, 600, 20);
    std::string shown, whole;
    ui.set_draw([&] {
        ImGui::Begin("t");
        whole = ui::one_line("Buurtmoestuin\nmet de school", 2000);
        shown = ui::one_line("Ééééééééééééééééééééééééééééééééééééééééé", 120);
        ImGui::End();
    });
    ui.frame();
    EXPECT_EQ(whole, "Buurtmoestuin met de school");
    ASSERT_GE(shown.size(), 3u);
    EXPECT_EQ(shown.substr(shown.size() - 3), "\xE2\x80\xA6");
    EXPECT_LT(shown.size(), 60u);
    EXPECT_EQ(shown.rfind("\xC3\x89", 0), 0u);
    // Whole characters only: the part before the ellipsis is a run of two-byte É.
    EXPECT_EQ((shown.size() - 3) % 2, 0u);
}

}  // namespace
}  // namespace kiosk
