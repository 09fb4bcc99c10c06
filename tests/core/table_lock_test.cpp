// The table lock of issue 11: table.lock / table.unlock, the lock at time's end
// (Exercise::lock_at_end, Session::input_locked()), board.totals, and the refusal of
// participants' input from the table and phones while locked (ActionSink).
#include "core/action_catalogue.h"
#include "core/action_sink.h"
#include "core/actions.h"
#include "core/reduce.h"
#include "fake_clock.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

using namespace kiosk;
using kiosk::testing::FakeClock;

namespace {

/// The sample session with lock_at_end on "klaar", the first (current) exercise.
Session session_with_lock_at_end() {
    Plan plan = kiosk::testing::sample_plan();
    plan.agenda.at(0).lock_at_end = true;
    return kiosk::testing::session_from(plan);
}

class TableLock : public ::testing::Test {
protected:
    FakeClock clock;
    MemorySession sink{session_with_lock_at_end(), clock};
    /// The facilitator's settings come from the console (issue 11); participants' input is sent
    /// with from(Source::Table, ...) or add_note(Source::Table, ...).
    TableLock() { sink.set_source(Source::Facilitator); }

    const Session& s() const { return sink.session(); }
    /// Submits as `source` (the sink's source is put back afterwards); a phone's action carries
    /// the "device" and "request" the phone server puts in (kiosk/net/PROTOCOL.md).
    template <class A>
    SubmitResult from(Source source, const A& action) {
        Source before = sink.source();
        sink.set_source(source);
        Json fields = action.fields();
        if (source == Source::Phone) {
            fields["device"] = kPhone;
            fields["request"] = "r-" + std::to_string(++requests);
        }
        SubmitResult r = sink.submit(A::kType, fields);
        sink.set_source(before);
        return r;
    }
    SubmitResult add_note(Source source, const std::string& id) {
        return from(source, actions::NoteAdd{id, "matrix", "of", "idee", {}, {}, source == Source::Phone ? kPhone : ""});
    }
    static constexpr const char* kPhone = "p-0123456789";
    int requests = 0;
};

}  // namespace

TEST_F(TableLock, LockAndUnlockSetTheSessionsFlag) {
    ASSERT_TRUE(sink.submit(actions::TableLock{}).ok());
    EXPECT_TRUE(s().table_locked);
    EXPECT_TRUE(s().input_locked(clock.wall));
    ASSERT_TRUE(sink.submit(actions::TableUnlock{}).ok());
    EXPECT_FALSE(s().table_locked);
    EXPECT_FALSE(s().input_locked(clock.wall));
    EXPECT_TRUE(s().undo.empty()) << "the lock is not an undoable step";
    EXPECT_FALSE(is_undoable("table.lock"));
    EXPECT_FALSE(is_undoable("board.totals"));
}

TEST_F(TableLock, TotalsAreShownOnlyWhenTheFacilitatorShowsThem) {
    EXPECT_FALSE(s().state_of("matrix").totals_shown);
    ASSERT_TRUE(sink.submit(actions::BoardTotals{"matrix", true}).ok());
    EXPECT_TRUE(s().state_of("matrix").totals_shown);
    ASSERT_TRUE(sink.submit(actions::BoardTotals{"matrix", false}).ok());
    EXPECT_FALSE(s().state_of("matrix").totals_shown);
    EXPECT_FALSE(sink.submit(actions::BoardTotals{"klaar", true}).ok()) << "only a board has vote totals";
    EXPECT_FALSE(sink.submit("board.totals", {{"exercise", "matrix"}, {"shown", "yes"}}).ok());
}

TEST_F(TableLock, CountdownEndLocksAnExerciseWithLockAtEnd) {
    ASSERT_TRUE(sink.submit(actions::TimerStart{60}).ok());
    const std::int64_t end = clock.wall + 60'000;
    EXPECT_FALSE(s().input_locked(end - 1)) << "one millisecond before the end";
    EXPECT_TRUE(s().input_locked(end));
    EXPECT_TRUE(s().input_locked(end + 3'600'000)) << "overtime stays locked";
    EXPECT_FALSE(s().table_locked) << "derived: nothing was written at the end";
}

TEST_F(TableLock, NoEndLockWithoutTheKeyOrForAnotherExercisesTimer) {
    ASSERT_TRUE(sink.submit(actions::AgendaGoto{"visie"}).ok());  // visie has no lock_at_end
    ASSERT_TRUE(sink.submit(actions::TimerStart{60}).ok());
    EXPECT_FALSE(s().input_locked(clock.wall + 120'000));
    // The timer ran out for visie; back at klaar (lock_at_end) it is not klaar's countdown.
    clock.advance(120'000);
    ASSERT_TRUE(sink.submit(actions::AgendaGoto{"klaar"}).ok());
    EXPECT_FALSE(s().input_locked(clock.wall));
}

TEST_F(TableLock, UnlockAfterTheEndKeepsThisRunUnlockedAndARestartArmsItAgain) {
    ASSERT_TRUE(sink.submit(actions::TimerStart{60}).ok());
    clock.advance(61'000);
    ASSERT_TRUE(s().input_locked(clock.wall));
    ASSERT_TRUE(sink.submit(actions::TableUnlock{}).ok());
    EXPECT_FALSE(s().input_locked(clock.wall));
    EXPECT_FALSE(s().input_locked(clock.wall + 600'000)) << "unlocked for the rest of this run";
    ASSERT_TRUE(sink.submit(actions::TableLock{}).ok());
    EXPECT_TRUE(s().input_locked(clock.wall)) << "the facilitator can still lock by hand";
    ASSERT_TRUE(sink.submit(actions::TableUnlock{}).ok());
    ASSERT_TRUE(sink.submit(actions::TimerStart{30}).ok());
    EXPECT_FALSE(s().input_locked(clock.wall + 29'999));
    EXPECT_TRUE(s().input_locked(clock.wall + 30'000)) << "a new run locks at its end again";
}

TEST_F(TableLock, UnlockBeforeTheEndLeavesTheEndLockArmed) {
    ASSERT_TRUE(sink.submit(actions::TimerStart{60}).ok());
    ASSERT_TRUE(sink.submit(actions::TableLock{}).ok());
    ASSERT_TRUE(sink.submit(actions::TableUnlock{}).ok());
    EXPECT_TRUE(s().input_locked(clock.wall + 60'000));
}

TEST_F(TableLock, ResetIsANewRunThatLocksAtItsEnd) {
    ASSERT_TRUE(sink.submit(actions::TimerStart{60}).ok());
    clock.advance(60'000);
    ASSERT_TRUE(sink.submit(actions::TableUnlock{}).ok());
    ASSERT_TRUE(sink.submit(actions::TimerReset{}).ok());
    EXPECT_FALSE(s().input_locked(clock.wall + 600'000)) << "reset leaves it paused at the full time";
    ASSERT_TRUE(sink.submit(actions::TimerResume{}).ok());
    EXPECT_TRUE(s().input_locked(clock.wall + 60'000));
}

TEST_F(TableLock, ReplayGivesTheSameLockState) {
    ASSERT_TRUE(sink.submit(actions::TimerStart{60}).ok());
    clock.advance(61'000);
    ASSERT_TRUE(sink.submit(actions::TableUnlock{}).ok());
    ASSERT_TRUE(sink.submit(actions::TableLock{}).ok());
    // Rebuild from the same actions at the same times, as the store does after a restart.
    Session r = session_with_lock_at_end();
    ASSERT_TRUE(apply(r, make_action("timer.start", "s-test", 2'000'000, {{"seconds", 60}})));
    ASSERT_TRUE(apply(r, make_action("table.unlock", "s-test", 2'061'000)));
    ASSERT_TRUE(apply(r, make_action("table.lock", "s-test", 2'061'000)));
    EXPECT_EQ(r.table_locked, s().table_locked);
    EXPECT_EQ(r.end_lock_lifted, s().end_lock_lifted);
    EXPECT_TRUE(r.end_lock_lifted);
}

TEST_F(TableLock, TheFacilitatorsLockAtEndWinsOverThePlanKey) {
    // "klaar" has the plan key on: the facilitator turns it off, so its end no longer locks.
    ASSERT_TRUE(sink.submit(actions::TimerLockAtEnd{"klaar", false}).ok());
    EXPECT_EQ(s().state_of("klaar").lock_at_end, std::optional<bool>(false));
    EXPECT_FALSE(s().locks_at_end(*s().plan.find("klaar")));
    ASSERT_TRUE(sink.submit(actions::TimerStart{60}).ok());
    EXPECT_FALSE(s().input_locked(clock.wall + 60'000)) << "switched off in the console";
    ASSERT_TRUE(sink.submit(actions::TimerLockAtEnd{"klaar", true}).ok());
    EXPECT_TRUE(s().input_locked(clock.wall + 60'000)) << "switched on again";
    EXPECT_TRUE(s().undo.empty()) << "a setting, not an undoable step";
}

TEST_F(TableLock, TheFacilitatorsLockAtEndLocksAnExerciseWithoutThePlanKey) {
    ASSERT_TRUE(sink.submit(actions::AgendaGoto{"visie"}).ok());  // visie has no lock_at_end
    ASSERT_TRUE(sink.submit(actions::TimerLockAtEnd{"visie", true}).ok());
    ASSERT_TRUE(sink.submit(actions::TimerStart{60}).ok());
    EXPECT_FALSE(s().input_locked(clock.wall + 59'999));
    EXPECT_TRUE(s().input_locked(clock.wall + 60'000));
    EXPECT_FALSE(s().locks_at_end(*s().plan.find("matrix"))) << "only the exercise it names";
    EXPECT_FALSE(sink.submit(actions::TimerLockAtEnd{"nergens", true}).ok()) << "an exercise of the plan";
    EXPECT_FALSE(sink.submit("timer.lock_at_end", {{"exercise", "visie"}, {"on", "yes"}}).ok());
    EXPECT_FALSE(from(Source::Table, actions::TimerLockAtEnd{"visie", false}).ok()) << "the facilitator's only";
    EXPECT_TRUE(s().locks_at_end(*s().plan.find("visie")));
}

TEST_F(TableLock, ParticipantInputFromTheTableAndPhonesIsRefusedWhileLocked) {
    ASSERT_TRUE(add_note(Source::Table, "n1").ok());
    ASSERT_TRUE(sink.submit(actions::TableLock{}).ok());
    for (Source source : {Source::Table, Source::Phone}) {
        SubmitResult r = add_note(source, "n2");
        EXPECT_EQ(r.state, SaveState::Rejected);
        EXPECT_EQ(r.message, "The table is locked by the facilitator.");
        EXPECT_FALSE(from(source, actions::NoteEdit{"n1", "anders"}).ok());
        EXPECT_FALSE(from(source, actions::VoteAdd{"n1", "seat-1"}).ok());
        EXPECT_FALSE(from(source, actions::ChecklistAnswer{"klaar", s().plan.agenda[0].questions[0].id, "yes"}).ok());
    }
    EXPECT_FALSE(from(Source::Table, actions::NoteDelete{"n1"}).ok());
    EXPECT_FALSE(from(Source::Table, actions::Undo{"matrix"}).ok());
    EXPECT_EQ(s().notes.size(), 1u);
    EXPECT_EQ(s().find_note("n1")->text, "idee");
}

TEST_F(TableLock, FacilitatorAndCommandLinePassAndTheConsolesSettingsStillWork) {
    ASSERT_TRUE(sink.submit(actions::TableLock{}).ok());
    EXPECT_TRUE(add_note(Source::Facilitator, "n1").ok());
    EXPECT_TRUE(add_note(Source::CommandLine, "n2").ok());
    // Facilitator settings are not participants' input: the console at the table still works,
    // and the table's own hands cannot unlock it.
    EXPECT_FALSE(from(Source::Table, actions::TableUnlock{}).ok());
    EXPECT_TRUE(from(Source::Facilitator, actions::TimerStart{60}).ok());
    EXPECT_TRUE(from(Source::Table, actions::AgendaGoto{"matrix"}).ok());
    EXPECT_TRUE(from(Source::Facilitator, actions::BoardTotals{"matrix", true}).ok());
    EXPECT_TRUE(from(Source::Facilitator, actions::TableUnlock{}).ok());
    EXPECT_TRUE(add_note(Source::Table, "n3").ok()) << "unlocked again";
    EXPECT_EQ(s().notes.size(), 3u);
}

TEST_F(TableLock, TheEndLockRefusesTooAndOnlyFromTheEnd) {
    ASSERT_TRUE(sink.submit(actions::TimerStart{60}).ok());
    const std::string question = s().plan.agenda[0].questions[0].id;
    clock.advance(59'999);
    EXPECT_TRUE(from(Source::Phone, actions::ChecklistAnswer{"klaar", question, "yes"}).ok());
    clock.advance(1);
    SubmitResult r = from(Source::Phone, actions::ChecklistAnswer{"klaar", question, "no"});
    EXPECT_EQ(r.state, SaveState::Rejected);
    EXPECT_EQ(s().state_of("klaar").answers.at(question).answer, Answer::Yes);
}

TEST(TableLockCatalogue, ParticipantInputIsFlaggedAndSettingsAreNot) {
    for (const char* type : {"note.add", "note.edit", "note.move", "note.delete", "vote.add", "vote.remove",
                             "vision.add", "vision.edit", "checklist.answer", "form.set", "form.add", "group.create",
                             "writing.shared", "undo", "redo"})
        EXPECT_TRUE(find_action_spec(type)->participant) << type;
    for (const char* type : {"table.lock", "table.unlock", "board.totals", "board.private", "board.reveal",
                             "timer.start", "timer.pause", "timer.lock_at_end", "agenda.goto", "writing.phase", "session.close"})
        EXPECT_FALSE(find_action_spec(type)->participant) << type;
    const ActionSpec& add = *find_action_spec("note.add");
    EXPECT_TRUE(locked_out(add, Source::Table));
    EXPECT_TRUE(locked_out(add, Source::Phone));
    EXPECT_FALSE(locked_out(add, Source::Facilitator));
    EXPECT_FALSE(locked_out(add, Source::CommandLine));
}
