// Dot voting per seat: the facilitator's budget, quick taps (K10), totals that agree with the store.
#include "board_fixture.h"

namespace kiosk::test {
namespace {

struct BoardVoteTest : BoardTest {
    void SetUp() override {
        a = seed_note("of", "Leesclub");
        b = seed_note("for", "Taalcafé");
        tap("seat");
        tap("seat:2");
        tap("vote-mode");
    }
    std::string a, b;
};

TEST_F(BoardVoteTest, FiftyQuickTapsGiveExactlyTheBudgetAndNoMore) {
    for (int i = 0; i < 50; ++i) ui.quick_tap(ui.centre_of("note:" + a));
    const Session& s = sink.session();
    EXPECT_EQ(s.votes_on(a), 3);
    EXPECT_EQ(s.votes_by("matrix", "seat-2"), 3);
    EXPECT_EQ(sink.rejected, 47);
}

TEST_F(BoardVoteTest, FiftyQuickTapsAlternatingFarApartAreEachCountedOnce) {
    open_console();
    for (int i = 0; i < 60; ++i) tap("budget-up");
    close_console();
    ASSERT_GE(sink.session().vote_budget("matrix"), 50);
    for (int i = 0; i < 50; ++i) ui.quick_tap(ui.centre_of("note:" + (i % 2 ? b : a)));
    EXPECT_EQ(sink.session().votes_on(a), 25);
    EXPECT_EQ(sink.session().votes_on(b), 25);
    EXPECT_EQ(sink.rejected, 0);
}

TEST_F(BoardVoteTest, TakingADotBackNeverGoesBelowZero) {
    ui.quick_tap(ui.centre_of("note:" + a));
    ui.frames(2);
    ASSERT_TRUE(ui.has_target("unvote:" + a));
    for (int i = 0; i < 5 && ui.has_target("unvote:" + a); ++i) ui.quick_tap(ui.centre_of("unvote:" + a));
    ui.frames(2);
    EXPECT_EQ(sink.session().votes_on(a), 0);
    EXPECT_FALSE(ui.has_target("unvote:" + a));
    EXPECT_EQ(sink.session().votes_by("matrix", "seat-2"), 0);
}

TEST_F(BoardVoteTest, EachSeatHasItsOwnBudget) {
    for (int i = 0; i < 5; ++i) ui.quick_tap(ui.centre_of("note:" + a));
    tap("seat");
    tap("seat:5");
    for (int i = 0; i < 5; ++i) ui.quick_tap(ui.centre_of("note:" + b));
    EXPECT_EQ(sink.session().votes_on(a), 3);
    EXPECT_EQ(sink.session().votes_on(b), 3);
    EXPECT_EQ(sink.session().votes_by("matrix", "seat-5"), 3);
}

TEST_F(BoardVoteTest, TheFacilitatorBudgetNeverGoesBelowOne) {
    open_console();
    for (int i = 0; i < 6; ++i) if (ui.has_target("budget-down")) tap("budget-down");
    close_console();
    EXPECT_EQ(sink.session().vote_budget("matrix"), 1);
    ui.quick_tap(ui.centre_of("note:" + a));
    ui.quick_tap(ui.centre_of("note:" + a));
    EXPECT_EQ(sink.session().votes_on(a), 1);
}

// Blind voting (issue 14; issue 11: who voted for what is never on a shared screen): while seats
// vote in turn the table shows no totals, only the voting seat its own dots; the totals appear
// once the facilitator shows them.
TEST_F(BoardVoteTest, TheTableShowsNoTotalsUntilTheFacilitatorShowsThem) {
    ui.quick_tap(ui.centre_of("note:" + a));
    ui.quick_tap(ui.centre_of("note:" + a));
    tap("seat");
    tap("seat:4");
    ui.quick_tap(ui.centre_of("note:" + a));
    ASSERT_EQ(sink.session().votes_on(a), 3);
    const Note& note = *sink.session().find_note(a);
    EXPECT_EQ(view.dots_shown(sink.session(), note), 1) << "seat 4 sees only its own dot";
    tap("seat");
    tap("seat:5");
    EXPECT_EQ(view.dots_shown(sink.session(), note), 0) << "seat 5 sees nothing of the others' dots";
    tap("vote-mode");  // voting ends: nobody's dots show
    EXPECT_EQ(view.dots_shown(sink.session(), note), 0);
    console_tap("board-totals");
    ASSERT_TRUE(sink.session().state_of("matrix").totals_shown);
    EXPECT_EQ(view.dots_shown(sink.session(), *sink.session().find_note(a)), 3) << "the totals, once shown";
}

TEST_F(BoardTest, WithoutASeatVotingAsksForOneAndAddsNothing) {
    const std::string a = seed_note("of", "Leesclub");
    tap("vote-mode");
    ui.quick_tap(ui.centre_of("note:" + a));
    EXPECT_EQ(sink.session().votes_on(a), 0);
    EXPECT_FALSE(ui.has_target("note-save"));
}

}  // namespace
}  // namespace kiosk::test
