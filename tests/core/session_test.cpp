#include "core/action.h"
#include "core/session.h"

#include <gtest/gtest.h>

#include <set>

using namespace kiosk;

TEST(Session, AnswerWordsRoundTrip) {
    for (Answer a : {Answer::None, Answer::Yes, Answer::NotYet, Answer::No}) {
        Answer back = Answer::None;
        ASSERT_TRUE(parse_answer(to_string(a), back));
        EXPECT_EQ(back, a);
    }
    Answer keep = Answer::Yes;
    EXPECT_FALSE(parse_answer("misschien", keep));
    EXPECT_EQ(keep, Answer::Yes);
}

TEST(Session, NewIdsAreDistinctAndPrefixed) {
    std::set<std::string> seen;
    for (int i = 0; i < 10000; ++i) {
        std::string id = new_id('n');
        ASSERT_EQ(id.size(), 14u);
        ASSERT_EQ(id.substr(0, 2), "n-");
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 10000u);
}

TEST(Session, EmptyLookupsAreSafe) {
    Session s;
    EXPECT_EQ(s.current_exercise(), nullptr);
    EXPECT_EQ(s.find_note("x"), nullptr);
    EXPECT_EQ(s.votes_on("x"), 0);
    EXPECT_EQ(s.vote_budget("x"), 0);
    EXPECT_EQ(s.tally("x").open, 0);
}
