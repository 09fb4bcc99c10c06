// The table's side of phones joining (issue 12): the join button and the presence under the
// header while phones are on, the join panel with a QR code of at least 40 % of the height that
// a tap anywhere closes, the handed-in count during writing and a waiting count on a board.
#include "bootcamp_session.h"
#include "headless_ui.h"

#include "core/action_sink.h"
#include "ui/frame_text.h"
#include "ui/phones_join.h"
#include "ui/session_view.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

struct PhonesTable {
    explicit PhonesTable(float w = 1920, float h = 1080) : ui(w, h, h / 40.0f), sink(testing::bootcamp_session("nl")) {
        EXPECT_TRUE(sink.submit("agenda.goto", {{"exercise", "choose"}}).ok());
        phones.on = true;
        phones.url = "http://192.168.1.20:8080/j/123456";
        phones.code = "123456";
        phones.qr = ui::make_qr_code(phones.url);
        phones.connected = 12;
        ui.set_draw([this] {
            ui::Redraw redraw;
            view.set_phones(phones);
            view.draw_exercise(sink, ui.ctx(), redraw);
        });
        ui.frames(2);
    }
    ui::DrawnFrame drawn() { return ui::read_drawn_frame(*ImGui::GetDrawData()); }
    test::HeadlessUi ui;
    MemorySession sink;
    ui::SessionView view;
    ui::PhonesInfo phones;
};

TEST(PhonesTable, WhileOnTheButtonAndThePresenceShowAndWhenOffNeither) {
    PhonesTable t;
    EXPECT_TRUE(t.ui.has_target("phones-join"));
    EXPECT_TRUE(ui::frame_shows(t.drawn(), "Phones: 12"));
    t.phones.on = false;
    t.ui.frames(2);
    EXPECT_FALSE(t.ui.has_target("phones-join"));
    EXPECT_FALSE(ui::frame_shows(t.drawn(), "Phones: 12"));
}

TEST(PhonesTable, TheJoinPanelShowsALargeQrCodeTheCodeAndTheUrlAndATapAnywhereClosesIt) {
    PhonesTable t(1280, 800);
    EXPECT_FALSE(t.ui.has_target("phones-join-panel"));
    t.ui.tap_target("phones-join");
    t.ui.frames(2);
    ASSERT_TRUE(t.view.join_open());
    const ui::HitTarget* qr = t.ui.window().targets.find("phones-join-qr");
    ASSERT_TRUE(qr);
    EXPECT_GE(qr->max.y - qr->min.y, 0.4f * 800);
    EXPECT_GE(qr->min.y, 0.0f);
    EXPECT_LE(qr->max.y, 800.0f);
    const ui::DrawnFrame frame = t.drawn();
    EXPECT_TRUE(ui::frame_shows(frame, "123456"));
    EXPECT_TRUE(ui::frame_shows(frame, "http://192.168.1.20:8080/j/123456"));
    t.ui.tap(ImVec2(20, 780));  // a corner far from the card
    t.ui.frames(2);
    EXPECT_FALSE(t.view.join_open());
    EXPECT_FALSE(t.ui.has_target("phones-join-qr"));
    EXPECT_EQ(t.sink.session().current_exercise()->id, "choose") << "the tap closed the panel and did nothing else";
}

TEST(PhonesTable, DuringWritingTheHandedInCount) {
    PhonesTable t;
    t.phones.writing = true;
    t.phones.handed_in = 3;
    t.ui.frames(2);
    EXPECT_TRUE(ui::frame_shows(t.drawn(), "3 of 12 handed in"));
}

TEST(PhonesTable, WaitingNotesShowAsACount) {
    Session s = testing::bootcamp_session("nl");
    const Exercise& choose = *s.plan.find("choose");
    for (int i = 0; i < 2; ++i) {
        Note n;
        n.id = "n-wait" + std::to_string(i);
        n.exercise = "choose";
        n.column = choose.columns.front().id;
        n.text = "Geheimidee" + std::to_string(i);
        n.moderation = Moderation::Waiting;
        s.notes.push_back(n);
    }
    PhonesTable t;
    t.sink = MemorySession(s);
    ASSERT_TRUE(t.sink.submit("agenda.goto", {{"exercise", "choose"}}).ok());
    t.ui.frames(2);
    EXPECT_TRUE(ui::frame_shows(t.drawn(), "2 waiting for approval"));
    // The presence is a count: its text names no note (whether the board itself leaves waiting
    // notes out is core/privacy.h's rule, tested with the model).
    const std::string presence = ui::phones_presence_text(t.phones, t.sink.session(), t.sink.session().current_exercise());
    EXPECT_EQ(presence, "Phones: 12, 2 waiting for approval");
}

}  // namespace
}  // namespace kiosk
