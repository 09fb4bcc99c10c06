// Moderation (issue 12): phones' notes waiting for approval, notes the facilitator hides and shows
// again, and what the room then reads (core/privacy.h). The facilitator's actions are not
// undoable; an undone delete brings a note back as it was moderated.
#include "core/privacy.h"
#include "core/reduce.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

class Moderation_ : public ::testing::Test {
protected:
    Session s = testing::sample_session();
    std::int64_t now = 2'000'000;
    std::vector<Action> log;

    ApplyResult act(const std::string& type, Json fields = Json::object()) {
        Action a = make_action(type, "s-test", now += 1000, std::move(fields));
        clean_action(a, s, now);
        ApplyResult r = apply(s, a);
        if (r) log.push_back(a);
        return r;
    }
    void add(const std::string& id, bool from_phone) {
        Json f = {{"id", id}, {"exercise", "matrix"}, {"column", "of"}, {"text", "idee " + id}};
        if (from_phone) f.update({{"source", "phone"}, {"device", "p-0123456789"}, {"seat", "p-0123456789"}});
        ASSERT_TRUE(act("note.add", f));
    }
    Moderation of(const std::string& id) const { return s.find_note(id)->moderation; }
    std::vector<std::string> room_ids() const {
        std::vector<std::string> ids;
        for (const Note* n : room_notes(s, "matrix", "of")) ids.push_back(n->id);
        return ids;
    }
};

TEST_F(Moderation_, APhonesNoteWaitsOnlyWhileApprovalIsOn) {
    add("n-1", true);
    EXPECT_EQ(of("n-1"), Moderation::Shown) << "approval is off by default";
    ASSERT_TRUE(act("phones.approval", {{"on", true}}));
    EXPECT_TRUE(s.phone_approval);
    add("n-2", true);
    add("n-3", false);
    EXPECT_EQ(of("n-2"), Moderation::Waiting);
    EXPECT_EQ(of("n-3"), Moderation::Shown) << "the table's notes never wait";
    EXPECT_EQ(room_ids(), (std::vector<std::string>{"n-1", "n-3"}));
    EXPECT_EQ(waiting_notes(s, "matrix"), 1);
    EXPECT_EQ(withheld_notes(s, "matrix"), 0) << "withheld counts private notes only";
    ASSERT_TRUE(act("note.approve", {{"id", "n-2"}}));
    EXPECT_EQ(of("n-2"), Moderation::Shown);
    EXPECT_EQ(room_ids(), (std::vector<std::string>{"n-1", "n-2", "n-3"}));
    ASSERT_TRUE(act("phones.approval", {{"on", false}}));
    add("n-4", true);
    EXPECT_EQ(of("n-4"), Moderation::Shown);
}

TEST_F(Moderation_, APhonesEditOfAnApprovedNoteWaitsAgainAndAHiddenNoteCannotBeEdited) {
    ASSERT_TRUE(act("phones.approval", {{"on", true}}));
    add("n-1", true);
    ASSERT_TRUE(act("note.approve", {{"id", "n-1"}}));
    const Json phone = {{"source", "phone"}, {"device", "p-0123456789"}, {"seat", "p-0123456789"}};
    Json edit = {{"id", "n-1"}, {"text", "iets anders"}};
    edit.update(phone);
    ASSERT_TRUE(act("note.edit", edit));
    EXPECT_EQ(of("n-1"), Moderation::Waiting) << "nobody has read the new text yet";
    EXPECT_EQ(room_ids(), std::vector<std::string>{});
    ASSERT_TRUE(act("note.approve", {{"id", "n-1"}}));
    ASSERT_TRUE(act("note.hide", {{"id", "n-1"}}));
    edit["text"] = "nog iets anders";
    EXPECT_FALSE(act("note.edit", edit)) << "an edit must not change what a restore would show";
    EXPECT_EQ(s.find_note("n-1")->text, "iets anders");
    EXPECT_EQ(of("n-1"), Moderation::Hidden);
    // The table's own edits are the room's, in view of the facilitator: they keep moderation.
    ASSERT_TRUE(act("note.unhide", {{"id", "n-1"}}));
    ASSERT_TRUE(act("note.edit", {{"id", "n-1"}, {"text", "van de tafel"}}));
    EXPECT_EQ(of("n-1"), Moderation::Shown);
}

TEST_F(Moderation_, HideAndShowAgainKeepTheNote) {
    add("n-1", false);
    add("n-2", false);
    ASSERT_TRUE(act("note.hide", {{"id", "n-1"}}));
    EXPECT_EQ(of("n-1"), Moderation::Hidden);
    EXPECT_EQ(room_ids(), (std::vector<std::string>{"n-2"}));
    EXPECT_EQ(hidden_notes(s, "matrix"), 1);
    EXPECT_EQ(withheld_notes(s, "matrix"), 0);
    EXPECT_FALSE(act("note.approve", {{"id", "n-1"}})) << "a hidden note is shown again with note.unhide";
    ASSERT_TRUE(act("note.unhide", {{"id", "n-1"}}));
    EXPECT_EQ(of("n-1"), Moderation::Shown);
    EXPECT_EQ(hidden_notes(s, "matrix"), 0);
    EXPECT_FALSE(act("note.hide", {{"id", "n-9"}})) << "an unknown note";
}

TEST_F(Moderation_, APrivateNoteIsWithheldAndAHiddenOneIsNotCountedTwice) {
    ASSERT_TRUE(act("board.private", {{"exercise", "matrix"}, {"on", true}}));
    add("n-1", false);
    add("n-2", false);
    ASSERT_TRUE(act("note.hide", {{"id", "n-2"}}));
    EXPECT_EQ(withheld_notes(s, "matrix"), 2) << "private first: its text is for nobody yet";
    EXPECT_EQ(hidden_notes(s, "matrix"), 0);
    EXPECT_TRUE(moderated_notes(s, "matrix", "of").empty());
    ASSERT_TRUE(act("board.reveal", {{"exercise", "matrix"}}));
    EXPECT_EQ(room_ids(), (std::vector<std::string>{"n-1"})) << "revealing does not show a hidden note";
    EXPECT_EQ(hidden_notes(s, "matrix"), 1);
    ASSERT_EQ(moderated_notes(s, "matrix", "of").size(), 1u);
    EXPECT_EQ(moderated_notes(s, "matrix", "of")[0]->id, "n-2");
}

TEST_F(Moderation_, TheFacilitatorsActionsAreNotUndoneAndAnUndoneDeleteKeepsModeration) {
    add("n-1", false);
    const std::size_t steps = s.undo.size();
    ASSERT_TRUE(act("note.hide", {{"id", "n-1"}}));
    ASSERT_TRUE(act("phones.approval", {{"on", true}}));
    EXPECT_EQ(s.undo.size(), steps) << "like board.reveal, not on the table's undo stack";
    for (const char* type : {"note.approve", "note.hide", "note.unhide", "phones.approval"})
        EXPECT_FALSE(is_undoable(type)) << type;
    ASSERT_TRUE(act("note.delete", {{"id", "n-1"}}));
    ASSERT_TRUE(act("undo", {{"exercise", "matrix"}}));
    ASSERT_NE(s.find_note("n-1"), nullptr);
    EXPECT_EQ(of("n-1"), Moderation::Hidden) << "an undone delete does not show a hidden note";
}

TEST_F(Moderation_, AVisionKeepsItsSeatAlsoThroughUndo) {
    ASSERT_TRUE(act("vision.add", {{"id", "v-1"}, {"exercise", "visie"}, {"text", "t"}, {"seat", "p-0123456789"}}));
    EXPECT_EQ(s.find_vision("v-1")->seat, "p-0123456789");
    ASSERT_TRUE(act("vision.delete", {{"id", "v-1"}}));
    ASSERT_TRUE(act("undo", {{"exercise", "visie"}}));
    ASSERT_NE(s.find_vision("v-1"), nullptr);
    EXPECT_EQ(s.find_vision("v-1")->seat, "p-0123456789");
}

TEST_F(Moderation_, AReplayedLogRebuildsModerationAndRequests) {
    ASSERT_TRUE(act("phones.approval", {{"on", true}}));
    Json f = {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "t"}, {"source", "phone"},
              {"device", "p-0123456789"}, {"seat", "p-0123456789"}, {"request", "r-1"}};
    ASSERT_TRUE(act("note.add", f));
    add("n-2", false);
    ASSERT_TRUE(act("note.hide", {{"id", "n-2"}}));
    Session r = testing::sample_session();
    for (const Action& a : log) ASSERT_TRUE(apply(r, a)) << a.to_line();
    EXPECT_TRUE(r.phone_approval);
    EXPECT_EQ(r.find_note("n-1")->moderation, Moderation::Waiting);
    EXPECT_EQ(r.find_note("n-2")->moderation, Moderation::Hidden);
    EXPECT_EQ(r.requests, (std::unordered_set<std::string>{"p-0123456789 r-1"}));
}

}  // namespace
}  // namespace kiosk
