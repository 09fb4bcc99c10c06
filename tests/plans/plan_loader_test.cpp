// load_plan_text / load_plan_file: a minimal valid plan, then a table of broken inputs, each
// with the exact line and column a facilitator would be sent to and a fragment of the message.
#include "plans/plan_loader.h"

#include "core/plan_json.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <ostream>
#include <string>
#include <vector>

#include "temp_dir.h"

using namespace kiosk;

namespace {

std::string lines(std::initializer_list<const char*> items) {
    std::string text;
    for (const char* line : items) text.append(line).push_back('\n');
    return text;
}

// Nine lines every case starts from: three top-level keys and one info exercise (lines 4–9).
const char* const kHead =
    "id = \"t\"\n"              // 1
    "language = \"nl\"\n"       // 2
    "title = \"T\"\n"           // 3
    "[[exercise]]\n"            // 4
    "id = \"a\"\n"              // 5
    "kind = \"info\"\n"         // 6
    "title = \"A\"\n"           // 7
    "prompt = \"P\"\n"          // 8
    "minutes = 5\n";            // 9

std::string with_head(std::initializer_list<const char*> more) { return kHead + lines(more); }

std::string describe(const std::vector<PlanProblem>& problems) {
    std::string all;
    for (const auto& p : problems) all += "  " + p.to_string() + "\n";
    return all;
}

}  // namespace

TEST(PlanLoader, MinimalPlanLoads) {
    const auto result = load_plan_text(kHead, "mini.toml");
    ASSERT_TRUE(result.ok()) << describe(result.problems);
    ASSERT_TRUE(result.plan.has_value());
    EXPECT_EQ(result.plan->id, "t");
    EXPECT_EQ(result.plan->agenda.size(), 1u);
    EXPECT_EQ(result.plan->agenda[0].kind, ExerciseKind::Info);
    EXPECT_EQ(result.id_position.line, 1);
    EXPECT_EQ(result.id_position.column, 6);
}

TEST(PlanLoader, TextIsTrimmedAndKeepsDutchCharacters) {
    const auto result = load_plan_text(
        "\xEF\xBB\xBF"  // a byte-order mark, as some Windows editors write
        "id = \"t\"\nlanguage = \"nl\"\ntitle = \"  Ideeën voor „één” café – reünie…  \"\n"
        "[[exercise]]\nid = \"a\"\nkind = \"info\"\ntitle = \"A\"\nminutes = 5\n"
        "prompt = \"\"\"\r\nRegel één\r\nregel twee\r\n\"\"\"\n",
        "dutch.toml");
    ASSERT_TRUE(result.ok()) << describe(result.problems);
    EXPECT_EQ(result.plan->title, "Ideeën voor „één” café – reünie…");
    EXPECT_EQ(result.plan->agenda[0].prompt, "Regel één\nregel twee");
}

TEST(PlanLoader, ProblemPrintsAsFileLineColumn) {
    EXPECT_EQ((PlanProblem{"sessions/x.toml", 12, 3, "bad"}).to_string(), "sessions/x.toml:12:3: bad");
    EXPECT_EQ((PlanProblem{"x.toml", 0, 0, "gone"}).to_string(), "x.toml:0:0: gone");
}

struct BrokenCase {
    const char* name;
    std::string text;
    int line;
    int column;
    const char* fragment;  // part of the message of the problem at line:column
    std::size_t count;     // how many problems the file has in all
};

// gtest prints the case by name instead of as raw bytes.
void PrintTo(const BrokenCase& c, std::ostream* out) { *out << c.name; }

class BrokenPlan : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenPlan, IsRejectedWithLocatedProblem) {
    const BrokenCase& c = GetParam();
    const auto result = load_plan_text(c.text, "broken.toml");
    EXPECT_FALSE(result.plan.has_value());
    ASSERT_FALSE(result.problems.empty());
    const PlanProblem* found = nullptr;
    for (const auto& p : result.problems)
        if (p.message.find(c.fragment) != std::string::npos) found = &p;
    ASSERT_NE(found, nullptr) << "no message with \"" << c.fragment << "\" in:\n" << describe(result.problems);
    EXPECT_EQ(found->file, "broken.toml");
    EXPECT_EQ(found->line, c.line) << found->to_string();
    EXPECT_EQ(found->column, c.column) << found->to_string();
    EXPECT_EQ(result.problems.size(), c.count) << describe(result.problems);
}

// Lines 1–9 are kHead; columns count characters from 1.
const BrokenCase kBrokenCases[] = {
    {"SyntaxErrorGivesTomlPosition", lines({"id = \"t\"", "language = "}), 2, 12, "TOML syntax error", 1},
    {"RedefinedKeyIsSyntaxError", with_head({"minutes = 6"}), 10, 11, "cannot redefine", 1},
    {"InvalidUtf8", lines({"id = \"t\"", "title = \"caf\xE9\""}), 2, 13, "invalid UTF-8 (byte 0xE9)", 1},
    {"EveryInvalidUtf8Spot", lines({"a = \"\xC0\xAF\"", "b = \"\xED\xA0\x80\"", "c = \"\xF4\x90\x80\x80\""}), 3, 6,
     "invalid UTF-8 (byte 0xF4)", 3},
    {"MinutesAsText", lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "[[exercise]]", "id = \"a\"",
                             "kind = \"info\"", "title = \"A\"", "prompt = \"P\"", "minutes = \"10\""}),
     9, 11, "'minutes' must be a whole number, not text", 1},
    {"MinutesAsDecimal", lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "[[exercise]]", "id = \"a\"",
                                "kind = \"info\"", "title = \"A\"", "prompt = \"P\"", "minutes = 10.5"}),
     9, 11, "not a decimal number", 1},
    {"MinutesZero", lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "[[exercise]]", "id = \"a\"",
                           "kind = \"info\"", "title = \"A\"", "prompt = \"P\"", "minutes = 0"}),
     9, 11, "'minutes' must be between 1 and 480, not 0", 1},
    {"MinutesNegative", lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "[[exercise]]", "id = \"a\"",
                               "kind = \"info\"", "title = \"A\"", "prompt = \"P\"", "minutes = -5"}),
     9, 11, "not -5", 1},
    {"MinutesAbsurd", lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "[[exercise]]", "id = \"a\"",
                             "kind = \"info\"", "title = \"A\"", "prompt = \"P\"", "minutes = 600"}),
     9, 11, "between 1 and 480, not 600", 1},
    {"TypoInKeyIsUnknownWithSuggestion",
     lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "[[exercise]]", "id = \"a\"", "kind = \"info\"",
            "title = \"A\"", "prompt = \"P\"", "minuts = 5"}),
     9, 1, "unknown key 'minuts'; did you mean 'minutes'?", 2},
    {"TypoMeansMissingKeyAtTableHeader",
     lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "[[exercise]]", "id = \"a\"", "kind = \"info\"",
            "title = \"A\"", "prompt = \"P\"", "minuts = 5"}),
     4, 1, "[[exercise]] is missing the required key 'minutes'", 2},
    {"SwappedLettersAreATypo", with_head({"[[card]]", "id = \"c\"", "title = \"C\"", "items = [\"x\"]",
                                          "titel = \"oops\""}),
     14, 1, "unknown key 'titel'; did you mean 'title'?", 1},
    {"TopLevelTypo", lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "desciption = \"D\"",
                            "[[exercise]]", "id = \"a\"", "kind = \"info\"", "title = \"A\"", "prompt = \"P\"",
                            "minutes = 5"}),
     4, 1, "unknown key 'desciption'; did you mean 'description'?", 1},
    {"UnrelatedKeyGetsNoSuggestion", with_head({"colour = \"red\""}), 10, 1, "unknown key 'colour'", 1},
    {"MissingTopLevelKey", lines({"id = \"t\"", "title = \"T\"", "[[exercise]]", "id = \"a\"", "kind = \"info\"",
                                  "title = \"A\"", "prompt = \"P\"", "minutes = 5"}),
     1, 1, "the plan is missing the required key 'language'", 1},
    {"LanguageNotNlOrEn", lines({"id = \"t\"", "language = \"de\"", "title = \"T\"", "[[exercise]]", "id = \"a\"",
                                 "kind = \"info\"", "title = \"A\"", "prompt = \"P\"", "minutes = 5"}),
     2, 12, "'language' must be \"nl\" or \"en\", not \"de\"", 1},
    {"NoExercises", lines({"id = \"t\"", "language = \"en\"", "title = \"T\""}), 1, 1,
     "needs at least one exercise", 1},
    {"ExerciseAsPlainTable", lines({"id = \"t\"", "language = \"en\"", "title = \"T\"", "[exercise]", "id = \"a\""}),
     4, 1, "'exercise' must be a list of tables, written as [[exercise]], not a table", 1},
    {"UnknownKind", lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "[[exercise]]", "id = \"a\"",
                           "kind = \"whiteboard\"", "title = \"A\"", "prompt = \"P\"", "minutes = 5"}),
     6, 8, "unknown exercise kind 'whiteboard'", 1},
    {"InvalidId", lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "[[exercise]]", "id = \"Visie 1\"",
                         "kind = \"info\"", "title = \"A\"", "prompt = \"P\"", "minutes = 5"}),
     5, 6, "'Visie 1' is not a valid id", 1},
    {"EmptyTitle", lines({"id = \"t\"", "language = \"nl\"", "title = \"T\"", "[[exercise]]", "id = \"a\"",
                          "kind = \"info\"", "title = \"   \"", "prompt = \"P\"", "minutes = 5"}),
     7, 9, "'title' must not be empty", 1},
    {"ControlCharacterInText", lines({"id = \"t\"", "language = \"nl\"", "title = \"T\\u0007\"", "[[exercise]]",
                                      "id = \"a\"", "kind = \"info\"", "title = \"A\"", "prompt = \"P\"",
                                      "minutes = 5"}),
     3, 9, "control character (U+0007)", 1},
    {"RuleThatIsNotText", with_head({"rules = [\"ok\", 2]"}), 10, 16, "each entry of 'rules' must be text", 1},
    {"DuplicateExerciseId", with_head({"[[exercise]]", "id = \"a\"", "kind = \"info\"", "title = \"B\"",
                                       "prompt = \"P\"", "minutes = 5"}),
     11, 6, "duplicate exercise id 'a' (first used on line 5)", 1},
    {"ChecklistWithoutQuestions", with_head({"[[exercise]]", "id = \"c\"", "kind = \"checklist\"", "title = \"C\"",
                                             "prompt = \"P\"", "minutes = 5", "pass_count = 1"}),
     10, 1, "a checklist exercise needs at least one [[exercise.question]]", 1},
    {"PassCountAboveQuestions",
     with_head({"[[exercise]]", "id = \"c\"", "kind = \"checklist\"", "title = \"C\"", "prompt = \"P\"",
                "minutes = 5", "pass_count = 3", "[[exercise.question]]", "id = \"q1\"", "text = \"Q1?\"",
                "[[exercise.question]]", "id = \"q2\"", "text = \"Q2?\""}),
     16, 14, "'pass_count' must be between 1 and 2, not 3", 1},
    {"PassCountMissing", with_head({"[[exercise]]", "id = \"c\"", "kind = \"checklist\"", "title = \"C\"",
                                    "prompt = \"P\"", "minutes = 5", "[[exercise.question]]", "id = \"q1\"",
                                    "text = \"Q1?\""}),
     10, 1, "missing the required key 'pass_count'", 1},
    {"DuplicateQuestionId",
     with_head({"[[exercise]]", "id = \"c\"", "kind = \"checklist\"", "title = \"C\"", "prompt = \"P\"",
                "minutes = 5", "pass_count = 1", "[[exercise.question]]", "id = \"q\"", "text = \"Q1?\"",
                "[[exercise.question]]", "id = \"q\"", "text = \"Q2?\""}),
     21, 6, "duplicate question id 'q' (first used on line 18)", 1},
    {"KeyOfAnotherKind", with_head({"[[exercise.column]]", "id = \"x\"", "title = \"X\""}), 10, 12,
     "'column' does not belong in a 'info' exercise, only in 'board' exercises", 1},
    {"BoardWithoutColumns", with_head({"[[exercise]]", "id = \"b\"", "kind = \"board\"", "title = \"B\"",
                                       "prompt = \"P\"", "minutes = 5"}),
     10, 1, "a board exercise needs at least one [[exercise.column]]", 1},
    {"DuplicateColumnId", with_head({"[[exercise]]", "id = \"b\"", "kind = \"board\"", "title = \"B\"",
                                     "prompt = \"P\"", "minutes = 5", "[[exercise.column]]", "id = \"of\"",
                                     "title = \"OF\"", "[[exercise.column]]", "id = \"of\"", "title = \"BY\""}),
     20, 6, "duplicate column id 'of' (first used on line 17)", 1},
    {"VotesPerPersonAbsurd", with_head({"[[exercise]]", "id = \"b\"", "kind = \"board\"", "title = \"B\"",
                                        "prompt = \"P\"", "minutes = 5", "votes_per_person = 100",
                                        "[[exercise.column]]", "id = \"of\"", "title = \"OF\""}),
     16, 20, "'votes_per_person' must be between 0 and 20, not 100", 1},
    {"FormWithoutFields", with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"",
                                     "prompt = \"P\"", "minutes = 5", "repeatable = true"}),
     10, 1, "a form exercise needs at least one [[exercise.field]]", 1},
    {"ScaleWithOneChoice", with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"",
                                      "prompt = \"P\"", "minutes = 5", "[[exercise.field]]", "id = \"s\"",
                                      "label = \"S\"", "kind = \"scale\"", "[[exercise.field.choice]]",
                                      "id = \"low\"", "label = \"Low\""}),
     20, 1, "a scale field needs at least two choices", 1},
    {"ChoiceFieldWithoutChoices", with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"",
                                             "prompt = \"P\"", "minutes = 5", "[[exercise.field]]", "id = \"s\"",
                                             "label = \"S\"", "kind = \"multichoice\""}),
     16, 1, "a multichoice field needs at least two choices", 1},
    {"ChoicesOnTextField", with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"",
                                      "prompt = \"P\"", "minutes = 5", "[[exercise.field]]", "id = \"s\"",
                                      "label = \"S\"", "kind = \"text\"", "[[exercise.field.choice]]", "id = \"x\"",
                                      "label = \"X\""}),
     20, 1, "'choice' is only used by choice, multichoice and scale fields", 1},
    {"DuplicateChoiceId", with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"",
                                     "prompt = \"P\"", "minutes = 5", "[[exercise.field]]", "id = \"s\"",
                                     "label = \"S\"", "kind = \"choice\"", "[[exercise.field.choice]]",
                                     "id = \"x\"", "label = \"X\"", "[[exercise.field.choice]]", "id = \"x\"",
                                     "label = \"Y\""}),
     24, 6, "duplicate choice id 'x' (first used on line 21)", 1},
    {"UnknownFieldKind", with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"",
                                    "prompt = \"P\"", "minutes = 5", "[[exercise.field]]", "id = \"s\"",
                                    "label = \"S\"", "kind = \"number\""}),
     19, 8, "unknown field kind 'number'", 1},
    {"SubjectNamesLaterExercise",
     with_head({"[[exercise]]", "id = \"b\"", "kind = \"board\"", "title = \"B\"", "prompt = \"P\"", "minutes = 5",
                "subject = \"f.name\"", "[[exercise.column]]", "id = \"of\"", "title = \"OF\"", "[[exercise]]",
                "id = \"f\"", "kind = \"form\"", "title = \"F\"", "prompt = \"P\"", "minutes = 5",
                "[[exercise.field]]", "id = \"name\"", "label = \"Name\"", "kind = \"text\""}),
     16, 11, "which does not come before this board", 1},
    {"SubjectNamesMissingField",
     with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"", "prompt = \"P\"", "minutes = 5",
                "[[exercise.field]]", "id = \"name\"", "label = \"Name\"", "kind = \"text\"", "[[exercise]]",
                "id = \"b\"", "kind = \"board\"", "title = \"B\"", "prompt = \"P\"", "minutes = 5",
                "subject = \"f.naam\"", "[[exercise.column]]", "id = \"of\"", "title = \"OF\""}),
     26, 11, "exercise 'f' has no field 'naam'", 1},
    {"SubjectWithoutDot", with_head({"[[exercise]]", "id = \"b\"", "kind = \"board\"", "title = \"B\"",
                                     "prompt = \"P\"", "minutes = 5", "subject = \"name\"", "[[exercise.column]]",
                                     "id = \"of\"", "title = \"OF\""}),
     16, 11, "'subject' must be written as exercise.field", 1},
    {"WritingWithoutPhases", with_head({"[[exercise]]", "id = \"v\"", "kind = \"writing\"", "title = \"V\"",
                                        "prompt = \"P\"", "minutes = 5"}),
     10, 1, "a writing exercise needs at least one [[exercise.phase]]", 1},
    {"UnknownPhase", with_head({"[[exercise]]", "id = \"v\"", "kind = \"writing\"", "title = \"V\"",
                                "prompt = \"P\"", "minutes = 15", "[[exercise.phase]]", "id = \"draw\"",
                                "title = \"D\""}),
     17, 6, "unknown phase 'draw'", 1},
    {"PhasesLongerThanExercise", with_head({"[[exercise]]", "id = \"v\"", "kind = \"writing\"", "title = \"V\"",
                                            "prompt = \"P\"", "minutes = 15", "[[exercise.phase]]",
                                            "id = \"write\"", "title = \"W\"", "minutes = 10",
                                            "[[exercise.phase]]", "id = \"share\"", "title = \"S\"",
                                            "minutes = 10"}),
     15, 11, "the phases take 20 minutes, more than the 15 minutes", 1},
    {"DuplicateCardId", with_head({"[[card]]", "id = \"tips\"", "title = \"T\"", "items = [\"x\"]", "[[card]]",
                                   "id = \"tips\"", "title = \"U\"", "items = [\"y\"]"}),
     15, 6, "duplicate card id 'tips' (first used on line 11)", 1},
    {"CardWithoutItems", with_head({"[[card]]", "id = \"tips\"", "title = \"T\"", "items = []"}), 13, 9,
     "'items' must not be empty", 1},
    {"RepeatableNotBoolean", with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"",
                                        "prompt = \"P\"", "minutes = 5", "repeatable = \"yes\"",
                                        "[[exercise.field]]", "id = \"s\"", "label = \"S\"", "kind = \"text\""}),
     16, 14, "'repeatable' must be true or false, not text", 1},
    {"LockAtEndNotBoolean", with_head({"lock_at_end = 1"}), 10, 15, "'lock_at_end' must be true or false", 1},
    {"StepBeyondTheMethod", with_head({"step = 7"}), 10, 8, "'step' must be", 1},
    {"StepZero", with_head({"step = 0"}), 10, 8, "'step' must be", 1},
    {"UnknownDecision", with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"",
                                   "prompt = \"P\"", "minutes = 5", "[[exercise.field]]", "id = \"s\"",
                                   "label = \"S\"", "kind = \"text\"", "decision = \"whom\""}),
     20, 12, "unknown decision 'whom'; use community, first_step, who, what or when", 1},
    {"UnknownRole", with_head({"role = \"mentors\""}), 10, 8,
     "unknown role 'mentors'; use readiness, community, community_board, partners, sub_goals, review or action_points", 1},
    {"RoleOfAnotherKind", with_head({"role = \"partners\""}), 10, 8,
     "role 'partners' is for a 'form' exercise; this one is 'info'", 1},
    {"TwoExercisesWithOneRole",
     with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"", "prompt = \"P\"",
                "minutes = 5", "role = \"partners\"", "[[exercise.field]]", "id = \"s\"", "label = \"S\"",
                "kind = \"text\"", "[[exercise]]", "id = \"g\"", "kind = \"form\"", "title = \"G\"",
                "prompt = \"P\"", "minutes = 5", "role = \"partners\"", "[[exercise.field]]", "id = \"s\"",
                "label = \"S\"", "kind = \"text\""}),
     27, 8, "role 'partners' is already held by exercise 'f'", 1},
};

INSTANTIATE_TEST_SUITE_P(Cases, BrokenPlan, ::testing::ValuesIn(kBrokenCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(PlanLoader, LockAtEndIsReadPerExerciseAndKeptInTheSnapshot) {
    const auto result = load_plan_text(with_head({"lock_at_end = true", "[[exercise]]", "id = \"b\"", "kind = \"info\"",
                                                  "title = \"B\"", "prompt = \"P\"", "minutes = 5"}),
                                       "lock.toml");
    ASSERT_TRUE(result.ok()) << describe(result.problems);
    ASSERT_EQ(result.plan->agenda.size(), 2u);
    EXPECT_TRUE(result.plan->agenda[0].lock_at_end);
    EXPECT_FALSE(result.plan->agenda[1].lock_at_end) << "off unless the plan says so";
    const Plan snapshot = plan_from_json(plan_to_json(*result.plan));
    EXPECT_TRUE(snapshot.agenda[0].lock_at_end);
    EXPECT_FALSE(snapshot.agenda[1].lock_at_end);
}

TEST(PlanLoader, RoleIsReadAndKeptInTheSnapshot) {
    const auto result = load_plan_text(
        with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"", "prompt = \"P\"",
                   "minutes = 5", "role = \"sub_goals\"", "repeatable = true", "[[exercise.field]]", "id = \"s\"",
                   "label = \"S\"", "kind = \"text\""}),
        "role.toml");
    ASSERT_TRUE(result.ok()) << describe(result.problems);
    const Plan& plan = *result.plan;
    EXPECT_EQ(plan.agenda[0].role, ExerciseRole::None) << "no role unless the plan says so";
    EXPECT_EQ(plan.agenda[1].role, ExerciseRole::SubGoals);
    EXPECT_EQ(plan.with_role(ExerciseRole::SubGoals), &plan.agenda[1]);
    EXPECT_EQ(plan.with_role(ExerciseRole::Partners), nullptr);
    const Plan snapshot = plan_from_json(plan_to_json(plan));
    EXPECT_EQ(snapshot.agenda[1].role, ExerciseRole::SubGoals);
    EXPECT_FALSE(plan_to_json(plan)["agenda"][0].contains("role")) << "an old snapshot stays as it was";
}

TEST(PlanLoader, AnOldBootcampSnapshotGetsTheShippedRolesByExerciseId) {
    // Sessions of the first release have snapshots without `role` (core/plan_json.h).
    const auto result = load_plan_text(
        "id = \"bootcamp\"\nlanguage = \"nl\"\ntitle = \"T\"\n" +
            lines({"[[exercise]]", "id = \"partners\"", "kind = \"form\"", "title = \"P\"", "prompt = \"P\"",
                   "minutes = 5", "[[exercise.field]]", "id = \"s\"", "label = \"S\"", "kind = \"text\"",
                   "[[exercise]]", "id = \"goals\"", "kind = \"info\"", "title = \"G\"", "prompt = \"P\"",
                   "minutes = 5"}),
        "old.toml");
    ASSERT_TRUE(result.ok()) << describe(result.problems);
    Json old = plan_to_json(*result.plan);
    const Plan snapshot = plan_from_json(old);
    EXPECT_EQ(snapshot.agenda[0].role, ExerciseRole::Partners);
    EXPECT_EQ(snapshot.agenda[1].role, ExerciseRole::None) << "a role only where the kind fits";
    old["id"] = "eigen-plan";
    EXPECT_EQ(plan_from_json(old).agenda[0].role, ExerciseRole::None) << "only the shipped bootcamp's ids";
}

TEST(PlanLoader, StepAndDecisionAreReadAndKeptInTheSnapshot) {
    const auto result = load_plan_text(
        with_head({"[[exercise]]", "id = \"f\"", "kind = \"form\"", "title = \"F\"", "prompt = \"P\"",
                   "minutes = 5", "step = 4", "[[exercise.field]]", "id = \"s\"", "label = \"S\"",
                   "kind = \"text\"", "decision = \"first_step\"", "[[exercise.field]]", "id = \"w\"",
                   "label = \"W\"", "kind = \"text\""}),
        "step.toml");
    ASSERT_TRUE(result.ok()) << describe(result.problems);
    const Plan& plan = *result.plan;
    EXPECT_EQ(plan.agenda[0].step, 0) << "no step unless the plan says so";
    EXPECT_EQ(plan.agenda[1].step, 4);
    EXPECT_EQ(plan.agenda[1].fields[0].decision, Decision::FirstStep);
    EXPECT_EQ(plan.agenda[1].fields[1].decision, Decision::None);
    const Plan snapshot = plan_from_json(plan_to_json(plan));
    EXPECT_EQ(snapshot.agenda[0].step, 0);
    EXPECT_EQ(snapshot.agenda[1].step, 4);
    EXPECT_EQ(snapshot.agenda[1].fields[0].decision, Decision::FirstStep);
    EXPECT_EQ(snapshot.agenda[1].fields[1].decision, Decision::None);
    EXPECT_FALSE(plan_to_json(plan)["agenda"][0].contains("step")) << "an old snapshot stays as it was";
}

TEST(PlanLoader, SuggestsOnlyNearKeys) {
    const auto result = load_plan_text(with_head({"colour = \"red\""}), "x.toml");
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].message, "unknown key 'colour'");
}

TEST(PlanLoader, ReportsAllProblemsInFileOrder) {
    const auto result = load_plan_text(lines({"id = \"T\"", "language = \"fr\"", "[[exercise]]", "id = \"a\"",
                                              "kind = \"info\"", "title = \"A\"", "prompt = \"P\"",
                                              "minuts = 5"}),
                                       "many.toml");
    ASSERT_EQ(result.problems.size(), 5u) << describe(result.problems);
    // id, missing title (top level, 1:1), language, missing minutes, typo.
    EXPECT_EQ(result.problems[0].line, 1);
    EXPECT_EQ(result.problems[1].line, 1);
    EXPECT_EQ(result.problems[2].line, 2);
    EXPECT_EQ(result.problems[3].line, 3);
    EXPECT_EQ(result.problems[4].line, 8);
}

TEST(PlanLoader, FileProblems) {
    TempDir dir;
    const auto missing = load_plan_file((dir.path() / "nope.toml").string());
    ASSERT_EQ(missing.problems.size(), 1u);
    EXPECT_EQ(missing.problems[0].line, 0);
    EXPECT_NE(missing.problems[0].message.find("does not exist"), std::string::npos);

    const auto folder = load_plan_file(dir.path().string());
    ASSERT_EQ(folder.problems.size(), 1u);
    EXPECT_NE(folder.problems[0].message.find("folder"), std::string::npos);

    const std::string huge = dir.write("huge.toml", std::string(kMaxPlanFileBytes + 1, '#'));
    const auto too_big = load_plan_file(huge);
    ASSERT_EQ(too_big.problems.size(), 1u);
    EXPECT_NE(too_big.problems[0].message.find("at most 1048576 bytes"), std::string::npos);

    const std::string good = dir.write("good.toml", kHead);
    const auto loaded = load_plan_file(good);
    ASSERT_TRUE(loaded.ok()) << describe(loaded.problems);
    EXPECT_EQ(loaded.plan->title, "T");
}
