#include "core/plan.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(Plan, KindWordsRoundTrip) {
    for (auto kind : {ExerciseKind::Checklist, ExerciseKind::Writing, ExerciseKind::Board,
                      ExerciseKind::Form, ExerciseKind::Info}) {
        ExerciseKind back = ExerciseKind::Info;
        ASSERT_TRUE(parse_exercise_kind(to_string(kind), back));
        EXPECT_EQ(back, kind);
    }
    ExerciseKind untouched = ExerciseKind::Board;
    EXPECT_FALSE(parse_exercise_kind("whiteboard", untouched));
    EXPECT_EQ(untouched, ExerciseKind::Board);
}

TEST(Plan, FindsExercisesColumnsAndSumsMinutes) {
    Plan plan;
    Exercise a; a.id = "a"; a.minutes = 10; a.columns = {{"of", "OF", "", ""}};
    Exercise b; b.id = "b"; b.minutes = 25;
    plan.agenda = {a, b};
    ASSERT_NE(plan.find("b"), nullptr);
    EXPECT_EQ(plan.find("b")->minutes, 25);
    EXPECT_EQ(plan.find("c"), nullptr);
    EXPECT_NE(plan.find("a")->find_column("of"), nullptr);
    EXPECT_EQ(plan.find("a")->find_column("by"), nullptr);
    EXPECT_EQ(plan.planned_minutes(), 35);
}
