#include "core/reduce.h"

#include "core/plan_json.h"
#include "core/text.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

using namespace kiosk;
using kiosk::testing::sample_session;

namespace {

class Reduce : public ::testing::Test {
protected:
    Session s = sample_session();
    std::int64_t now = 2'000'000;
    std::vector<Action> log;  // everything accepted, to check that a replay gives the same state

    ApplyResult act(const std::string& type, Json fields = Json::object()) {
        Action a = make_action(type, "s-test", now += 1000, std::move(fields));
        clean_action(a, s, now);
        auto r = apply(s, a);
        if (r) log.push_back(a);
        return r;
    }
    void add_note(const std::string& id, const std::string& column, const std::string& text = "idee") {
        ASSERT_TRUE(act("note.add", {{"id", id}, {"exercise", "matrix"}, {"column", column}, {"text", text}}));
    }
    std::vector<std::string> column(const std::string& c) const {
        std::vector<std::string> ids;
        for (const Note* n : s.notes_in("matrix", c)) ids.push_back(n->id);
        return ids;
    }
    Session replayed() const {
        Session r;
        EXPECT_TRUE(apply(r, kiosk::testing::create_sample_session()));
        for (const auto& a : log) EXPECT_TRUE(apply(r, a)) << a.to_line();
        return r;
    }
};

}  // namespace

TEST_F(Reduce, CreateTakesThePlanSnapshot) {
    EXPECT_EQ(s.id, "s-test");
    EXPECT_EQ(s.title, "Bootcamp Zwolle");
    ASSERT_EQ(s.plan.agenda.size(), 5u);
    EXPECT_EQ(plan_to_json(s.plan), plan_to_json(kiosk::testing::sample_plan()));
}

TEST_F(Reduce, RejectsWithoutChangingAnything) {
    add_note("n1", "of");
    Session before = s;
    EXPECT_FALSE(act("note.add", {{"id", "n1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "x"}}));
    EXPECT_FALSE(act("note.add", {{"id", "n2"}, {"exercise", "matrix"}, {"column", "nope"}, {"text", "x"}}));
    EXPECT_FALSE(act("note.add", {{"id", "n2"}, {"exercise", "klaar"}, {"column", "of"}, {"text", "x"}}));
    EXPECT_FALSE(act("note.move", {{"id", "n1"}, {"column", "by"}, {"before", "ghost"}}));
    EXPECT_FALSE(act("teleport"));
    auto r = act("note.edit", {{"id", "ghost"}, {"text", "x"}});
    EXPECT_FALSE(r);
    EXPECT_NE(r.error.find("ghost"), std::string::npos);
    EXPECT_EQ(s.notes.size(), before.notes.size());
    EXPECT_EQ(s.undo.size(), before.undo.size());
}

TEST_F(Reduce, UserTextIsJustText) {
    for (std::string text : {"%s %n {} {0}", "##hidden", "###", "=1+1"}) {
        std::string id = "n" + std::to_string(s.notes.size());
        add_note(id, "of", text);
        EXPECT_EQ(s.find_note(id)->text, text);
    }
    add_note("same1", "by", "Koffie");
    add_note("same2", "by", "Koffie");
    EXPECT_EQ(column("by").size(), 2u);
}

TEST_F(Reduce, MovesWithinAndBetweenColumnsKeepingOrder) {
    add_note("a", "of"); add_note("b", "of"); add_note("c", "of"); add_note("x", "by");
    ASSERT_TRUE(act("note.move", {{"id", "c"}, {"column", "of"}, {"before", "a"}}));
    EXPECT_EQ(column("of"), (std::vector<std::string>{"c", "a", "b"}));
    ASSERT_TRUE(act("note.move", {{"id", "a"}, {"column", "by"}, {"before", ""}}));
    EXPECT_EQ(column("of"), (std::vector<std::string>{"c", "b"}));
    EXPECT_EQ(column("by"), (std::vector<std::string>{"x", "a"}));
    ASSERT_TRUE(act("undo"));
    EXPECT_EQ(column("of"), (std::vector<std::string>{"c", "a", "b"}));
    ASSERT_TRUE(act("undo"));
    EXPECT_EQ(column("of"), (std::vector<std::string>{"a", "b", "c"}));
    ASSERT_TRUE(act("redo"));
    EXPECT_EQ(column("of"), (std::vector<std::string>{"c", "a", "b"}));
}

TEST_F(Reduce, UndoOfAMoveOutOfAStackPutsTheNoteBackInTheStack) {
    // shared/cases K28: a note dragged out of its stack into another column comes back into it.
    add_note("a", "of"); add_note("b", "of"); add_note("c", "of");
    ASSERT_TRUE(act("group.create", {{"id", "g"}, {"exercise", "matrix"}, {"column", "of"}, {"name", "Jeugd"},
                                     {"notes", {"a", "b"}}}));
    ASSERT_TRUE(act("note.move", {{"id", "a"}, {"column", "by"}, {"before", ""}}));
    EXPECT_TRUE(s.find_note("a")->group.empty());
    ASSERT_TRUE(act("undo"));
    EXPECT_EQ(s.find_note("a")->group, "g");
    EXPECT_EQ(column("of"), (std::vector<std::string>{"a", "b", "c"}));
    ASSERT_TRUE(act("redo"));
    EXPECT_TRUE(s.find_note("a")->group.empty());
    EXPECT_EQ(column("by"), (std::vector<std::string>{"a"}));
    ASSERT_TRUE(act("undo"));
    EXPECT_EQ(s.find_note("a")->group, "g");
    // A move into a stack of another column is refused.
    EXPECT_FALSE(act("note.move", {{"id", "c"}, {"column", "by"}, {"group", "g"}}));
    EXPECT_EQ(s.find_note("c")->column, "of");
    const Session r = replayed();
    EXPECT_EQ(r.find_note("a")->group, "g");
}

TEST_F(Reduce, DeleteAndUndoBringsBackTextPlaceAndVotes) {
    add_note("a", "of"); add_note("b", "of", "Ideeën voor de één-op-één gesprekken"); add_note("c", "of");
    ASSERT_TRUE(act("vote.add", {{"note", "b"}, {"voter", "tafel 1"}}));
    ASSERT_TRUE(act("vote.add", {{"note", "b"}, {"voter", "tafel 2"}}));
    ASSERT_TRUE(act("note.delete", {{"id", "b"}}));
    EXPECT_EQ(s.find_note("b"), nullptr);
    EXPECT_EQ(s.votes_on("b"), 0);
    ASSERT_TRUE(act("undo"));
    ASSERT_NE(s.find_note("b"), nullptr);
    EXPECT_EQ(s.find_note("b")->text, "Ideeën voor de één-op-één gesprekken");
    EXPECT_EQ(column("of"), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(s.votes_on("b"), 2);
    EXPECT_EQ(s.votes_by("matrix", "tafel 1"), 1);
    ASSERT_TRUE(act("redo"));
    EXPECT_EQ(s.find_note("b"), nullptr);
    EXPECT_EQ(s.votes_by("matrix", "tafel 1"), 0);  // the dot came back to tafel 1's budget
}

TEST_F(Reduce, DotVotingNeverExceedsTheBudgetOrGoesBelowZero) {
    add_note("a", "of"); add_note("b", "by");
    for (int tap = 0; tap < 50; ++tap) act("vote.add", {{"note", tap % 2 ? "a" : "b"}, {"voter", "tafel 1"}});
    EXPECT_EQ(s.votes_by("matrix", "tafel 1"), 3);
    EXPECT_EQ(s.votes_on("a") + s.votes_on("b"), 3);
    for (int tap = 0; tap < 50; ++tap) act("vote.remove", {{"note", "a"}, {"voter", "tafel 1"}});
    EXPECT_EQ(s.votes_on("a"), 0);
    EXPECT_EQ(s.votes_by("matrix", "tafel 1"), s.votes_on("b"));
    ASSERT_TRUE(act("board.budget", {{"exercise", "matrix"}, {"votes", 5}}));
    EXPECT_EQ(s.vote_budget("matrix"), 5);
    EXPECT_FALSE(act("board.budget", {{"exercise", "matrix"}, {"votes", 0}}));
}

TEST_F(Reduce, GroupsStayInOneColumnAndUngroupOnUndo) {
    add_note("a", "of"); add_note("b", "of"); add_note("c", "by");
    EXPECT_FALSE(act("group.create", {{"id", "g"}, {"exercise", "matrix"}, {"column", "of"}, {"name", "x"}, {"notes", {"a", "c"}}}));
    ASSERT_TRUE(act("group.create", {{"id", "g"}, {"exercise", "matrix"}, {"column", "of"}, {"name", "Koffie"}, {"notes", {"a", "b"}}}));
    EXPECT_EQ(s.find_note("a")->group, "g");
    ASSERT_TRUE(act("group.dissolve", {{"id", "g"}}));
    EXPECT_EQ(s.find_note("a")->group, "");
    ASSERT_TRUE(act("undo"));
    EXPECT_EQ(s.find_note("b")->group, "g");
    EXPECT_EQ(s.find_group("g")->name, "Koffie");
}

TEST_F(Reduce, PrivateWritingHidesUntilReveal) {
    ASSERT_TRUE(act("board.private", {{"exercise", "matrix"}, {"on", true}}));
    add_note("a", "of");
    EXPECT_TRUE(s.find_note("a")->hidden);
    ASSERT_TRUE(act("board.reveal", {{"exercise", "matrix"}}));
    EXPECT_FALSE(s.find_note("a")->hidden);
    add_note("b", "of");
    EXPECT_FALSE(s.find_note("b")->hidden);
}

TEST_F(Reduce, ChecklistTallyAndUndo) {
    ASSERT_TRUE(act("checklist.answer", {{"exercise", "klaar"}, {"question", "team"}, {"answer", "yes"}}));
    ASSERT_TRUE(act("checklist.answer", {{"exercise", "klaar"}, {"question", "tijd"}, {"answer", "not_yet"}}));
    ASSERT_TRUE(act("checklist.remark", {{"exercise", "klaar"}, {"question", "tijd"}, {"remark", "na de zomer"}}));
    EXPECT_FALSE(act("checklist.answer", {{"exercise", "klaar"}, {"question", "x"}, {"answer", "yes"}}));
    EXPECT_FALSE(act("checklist.answer", {{"exercise", "klaar"}, {"question", "team"}, {"answer", "ja"}}));
    auto t = s.tally("klaar");
    EXPECT_EQ(t.yes, 1); EXPECT_EQ(t.not_yet, 1); EXPECT_EQ(t.no, 0); EXPECT_EQ(t.open, 1);
    ASSERT_TRUE(act("undo"));
    EXPECT_EQ(s.state_of("klaar").answers.at("tijd").remark, "");
}

TEST_F(Reduce, FormsCheckChoicesAndFillTheBoardSubject) {
    ASSERT_TRUE(act("form.add", {{"id", "f1"}, {"exercise", "kaart"}}));
    EXPECT_FALSE(act("form.add", {{"id", "f2"}, {"exercise", "kaart"}}));  // not repeatable
    ASSERT_TRUE(act("form.set", {{"id", "f1"}, {"field", "naam"}, {"value", "Buurtmoeders Zuid"}}));
    ASSERT_TRUE(act("form.set", {{"id", "f1"}, {"field", "verbinding"}, {"value", "plek,interesse"}}));
    EXPECT_FALSE(act("form.set", {{"id", "f1"}, {"field", "verbinding"}, {"value", "plek,geloof"}}));
    EXPECT_FALSE(act("form.set", {{"id", "f1"}, {"field", "sterkte"}, {"value", "5"}}));
    ASSERT_TRUE(act("form.set", {{"id", "f1"}, {"field", "sterkte"}, {"value", "3"}}));
    EXPECT_EQ(s.board_subject(*s.plan.find("matrix")), "Buurtmoeders Zuid");
    ASSERT_TRUE(act("form.add", {{"id", "p1"}, {"exercise", "partners"}}));
    ASSERT_TRUE(act("form.add", {{"id", "p2"}, {"exercise", "partners"}}));
    EXPECT_FALSE(act("form.set", {{"id", "p1"}, {"field", "datum"}, {"value", "morgen"}}));
}

TEST_F(Reduce, CleanActionClampsLongPastesAlikeEverywhere) {
    std::string paste(20'000, 'x');
    ASSERT_TRUE(act("form.add", {{"id", "p1"}, {"exercise", "partners"}}));
    ASSERT_TRUE(act("form.set", {{"id", "p1"}, {"field", "uitdagingen"}, {"value", paste}}));
    EXPECT_EQ(s.find_form("p1")->values.at("uitdagingen").size(), max_bytes(TextKind::Paragraph));
    ASSERT_TRUE(act("form.set", {{"id", "p1"}, {"field", "partner"}, {"value", paste}}));
    EXPECT_EQ(s.find_form("p1")->values.at("partner").size(), max_bytes(TextKind::Line));
    // Unclean text straight into apply() is refused, never silently stored.
    Action raw = make_action("note.edit", "s-test", now, {{"id", "x"}, {"text", std::string(5000, 'y')}});
    EXPECT_FALSE(apply(s, raw));
}

TEST_F(Reduce, WritingPhasesVisionsAndSharedText) {
    ASSERT_TRUE(act("vision.add", {{"id", "v1"}, {"exercise", "visie"}, {"author", "Sanne"}}));
    ASSERT_TRUE(act("vision.edit", {{"id", "v1"}, {"text", "In 2036 is de bibliotheek de huiskamer van de wijk."}}));
    ASSERT_TRUE(act("writing.phase", {{"exercise", "visie"}, {"phase", "delen"}}));
    EXPECT_FALSE(act("writing.phase", {{"exercise", "visie"}, {"phase", "dansen"}}));
    ASSERT_TRUE(act("writing.shared", {{"exercise", "visie"}, {"text", "Samen: de huiskamer."}}));
    EXPECT_EQ(s.state_of("visie").phase, "delen");
    EXPECT_EQ(s.state_of("visie").shared_text, "Samen: de huiskamer.");
}

TEST_F(Reduce, TimerFollowsWallClockAnchors) {
    ASSERT_TRUE(act("agenda.goto", {{"exercise", "visie"}}));
    ASSERT_TRUE(act("timer.start", {{"seconds", 600}}));
    std::int64_t started = now;
    EXPECT_EQ(s.timer.exercise, "visie");
    EXPECT_EQ(remaining_at(s.timer, started + 30'000), 570'000);
    now = started + 29'000;
    ASSERT_TRUE(act("timer.pause"));  // at started + 30 s
    EXPECT_EQ(s.timer.remaining_ms, 570'000);
    EXPECT_EQ(remaining_at(s.timer, now + 999'999), 570'000);
    ASSERT_TRUE(act("timer.adjust", {{"seconds", 60}}));
    EXPECT_EQ(s.timer.remaining_ms, 630'000);
    ASSERT_TRUE(act("timer.resume"));
    EXPECT_EQ(remaining_at(s.timer, now + 630'000), 0);
    ASSERT_TRUE(act("timer.reset"));
    EXPECT_FALSE(s.timer.running);
    EXPECT_EQ(s.timer.remaining_ms, 660'000);
}

TEST_F(Reduce, ActualMinutesFollowTheAgenda) {
    // Created at 1,000,000 in "klaar"; goto visie at 2,001,000; goto klaar at 2,002,000.
    ASSERT_TRUE(act("agenda.goto", {{"exercise", "visie"}}));
    ASSERT_TRUE(act("agenda.goto", {{"exercise", "klaar"}}));
    EXPECT_EQ(s.actual_ms("visie", now + 50'000), 1000);
    EXPECT_EQ(s.actual_ms("klaar", now + 5'000), 1'001'000 + 5'000);
    EXPECT_EQ(s.current_exercise()->id, "klaar");
}

TEST_F(Reduce, ReplayRebuildsTheSameStateUndoStacksIncluded) {
    add_note("a", "of"); add_note("b", "by");
    ASSERT_TRUE(act("note.move", {{"id", "b"}, {"column", "of"}, {"before", "a"}}));
    ASSERT_TRUE(act("vote.add", {{"note", "a"}, {"voter", "t1"}}));
    ASSERT_TRUE(act("note.delete", {{"id", "a"}}));
    ASSERT_TRUE(act("undo"));
    ASSERT_TRUE(act("undo"));
    ASSERT_TRUE(act("redo"));
    Session r = replayed();
    EXPECT_EQ(r.notes.size(), s.notes.size());
    for (std::size_t i = 0; i < s.notes.size(); ++i) EXPECT_EQ(r.notes[i].id, s.notes[i].id);
    EXPECT_EQ(r.votes, s.votes);
    EXPECT_EQ(r.undo.size(), s.undo.size());
    EXPECT_EQ(r.redo.size(), s.redo.size());
}

TEST_F(Reduce, UndoDepthIsBoundedAndRedoClearsOnNewAction) {
    for (std::size_t i = 0; i < kUndoDepth + 10; ++i) add_note("n" + std::to_string(i), "of");
    EXPECT_EQ(s.undo.size(), kUndoDepth);
    ASSERT_TRUE(act("undo"));
    EXPECT_EQ(s.redo.size(), 1u);
    add_note("fresh", "by");
    EXPECT_TRUE(s.redo.empty());
    EXPECT_FALSE(act("redo"));
}

// Issue 9: undo on an empty board took back a step of an earlier exercise, out of sight.
TEST_F(Reduce, UndoScopedToAnExerciseNeverTakesBackAnotherExercisesStep) {
    ASSERT_TRUE(act("checklist.answer", {{"exercise", "klaar"}, {"question", "team"}, {"answer", "yes"}}));
    ASSERT_TRUE(act("form.add", {{"id", "f1"}, {"exercise", "kaart"}}));
    ASSERT_TRUE(act("form.set", {{"id", "f1"}, {"field", "naam"}, {"value", "Buurt"}}));
    EXPECT_FALSE(can_undo(s, "matrix"));
    EXPECT_TRUE(can_undo(s, "klaar"));
    const auto refused = act("undo", {{"exercise", "matrix"}});
    EXPECT_FALSE(refused);
    EXPECT_FALSE(refused.error.empty());
    EXPECT_EQ(s.state_of("klaar").answers.at("team").answer, Answer::Yes);
    EXPECT_EQ(s.find_form("f1")->values.at("naam"), "Buurt");

    // A board step in between: the board's undo takes it, the checklist's takes the answer,
    // though the form's steps are more recent.
    add_note("a", "of");
    ASSERT_TRUE(act("vote.add", {{"note", "a"}, {"voter", "seat-1"}}));
    ASSERT_TRUE(act("checklist.answer", {{"exercise", "klaar"}, {"question", "tijd"}, {"answer", "no"}}));
    ASSERT_TRUE(act("undo", {{"exercise", "matrix"}}));
    EXPECT_EQ(s.votes_on("a"), 0) << "the vote is a step of the board (found through its note)";
    EXPECT_EQ(s.state_of("klaar").answers.at("tijd").answer, Answer::No);
    ASSERT_TRUE(act("undo", {{"exercise", "kaart"}}));
    EXPECT_EQ(s.find_form("f1")->values.count("naam"), 0u);
    EXPECT_EQ(s.state_of("klaar").answers.at("tijd").answer, Answer::No);

    // Each exercise keeps its own redo: a new step elsewhere does not clear it.
    ASSERT_TRUE(act("checklist.answer", {{"exercise", "klaar"}, {"question", "geld"}, {"answer", "yes"}}));
    EXPECT_TRUE(can_redo(s, "matrix"));
    EXPECT_FALSE(act("redo", {{"exercise", "klaar"}}));
    ASSERT_TRUE(act("redo", {{"exercise", "matrix"}}));
    EXPECT_EQ(s.votes_on("a"), 1);
    add_note("b", "by");
    EXPECT_FALSE(can_redo(s, "matrix")) << "a new board step clears the board's redo";
    EXPECT_TRUE(can_redo(s, "kaart"));

    // Deleting and restoring a note stays in the board's scope too.
    ASSERT_TRUE(act("note.delete", {{"id", "a"}}));
    ASSERT_TRUE(act("undo", {{"exercise", "matrix"}}));
    ASSERT_NE(s.find_note("a"), nullptr);
    EXPECT_EQ(s.votes_on("a"), 1);

    Session r = replayed();
    EXPECT_EQ(r.undo.size(), s.undo.size());
    EXPECT_EQ(r.redo.size(), s.redo.size());
    EXPECT_EQ(r.notes.size(), s.notes.size());
    EXPECT_EQ(r.state_of("klaar").answers.at("geld").answer, Answer::Yes);
}

// A log written before undo had a scope (undo/redo without "exercise") replays as it did.
TEST_F(Reduce, UnscopedUndoStillTakesTheSessionsMostRecentStep) {
    ASSERT_TRUE(act("checklist.answer", {{"exercise", "klaar"}, {"question", "team"}, {"answer", "yes"}}));
    add_note("a", "of");
    ASSERT_TRUE(act("undo"));
    EXPECT_EQ(s.find_note("a"), nullptr);
    ASSERT_TRUE(act("checklist.answer", {{"exercise", "klaar"}, {"question", "tijd"}, {"answer", "yes"}}));
    ASSERT_TRUE(act("undo"));
    EXPECT_EQ(s.state_of("klaar").answers.at("tijd").answer, Answer::None);
    ASSERT_TRUE(act("redo"));
    EXPECT_EQ(s.state_of("klaar").answers.at("tijd").answer, Answer::Yes);
    ASSERT_TRUE(act("undo"));
    ASSERT_TRUE(act("undo"));
    EXPECT_EQ(s.state_of("klaar").answers.at("team").answer, Answer::None);
    EXPECT_FALSE(act("undo", {{"exercise", 7}}));
}

// Issue 9: the countdown of an earlier exercise kept running out of sight (and chimed there).
TEST_F(Reduce, GoingToAnotherExercisePausesItsRunningCountdown) {
    ASSERT_TRUE(act("timer.start", {{"seconds", 600}}));  // for "klaar", the current exercise
    ASSERT_EQ(s.timer.exercise, "klaar");
    now += 59'000;  // act() adds the last second: a minute has run
    ASSERT_TRUE(act("agenda.goto", {{"exercise", "visie"}}));
    EXPECT_FALSE(s.timer.running);
    EXPECT_TRUE(s.timer.started);
    EXPECT_EQ(remaining_at(s.timer, now + 3'600'000), 540'000) << "it stays where it was left";
    ASSERT_TRUE(act("agenda.goto", {{"exercise", "klaar"}}));
    EXPECT_FALSE(s.timer.running) << "back there it shows paused";
    EXPECT_EQ(remaining_at(s.timer, now + 60'000), 540'000);
    ASSERT_TRUE(act("timer.resume"));
    EXPECT_EQ(remaining_at(s.timer, now + 40'000), 500'000);
    // Going to the exercise it runs for (the agenda's "Continue") does not pause it.
    ASSERT_TRUE(act("agenda.goto", {{"exercise", "klaar"}}));
    EXPECT_TRUE(s.timer.running);
    Session r = replayed();
    EXPECT_EQ(r.timer.running, s.timer.running);
    EXPECT_EQ(r.timer.remaining_ms, s.timer.remaining_ms);
}
