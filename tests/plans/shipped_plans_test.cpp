// The plans we ship in sessions/: both languages load without a single problem, carry the same
// structure (ids, kinds, minutes, counts) so a session can switch language, and cover every
// step and worksheet of the bootcamp (METHOD.md).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "plans/plan_catalog.h"
#include "plans/plan_loader.h"

using namespace kiosk;

namespace {

std::string session_file(const char* name) { return std::string(KIOSK_SOURCE_DIR) + "/sessions/" + name; }

Plan load_or_fail(const char* name) {
    auto result = load_plan_file(session_file(name));
    std::string all;
    for (const auto& p : result.problems) all += p.to_string() + "\n";
    EXPECT_TRUE(result.ok()) << all;
    return result.plan.value_or(Plan{});
}

}  // namespace

TEST(ShippedPlans, BothLanguagesLoad) {
    const Plan nl = load_or_fail("bootcamp.nl.toml");
    const Plan en = load_or_fail("bootcamp.en.toml");
    EXPECT_EQ(nl.id, "bootcamp");
    EXPECT_EQ(nl.language, "nl");
    EXPECT_EQ(en.id, "bootcamp");
    EXPECT_EQ(en.language, "en");
}

void expect_identical_structure(const char* nl_file, const char* en_file) {
    SCOPED_TRACE(nl_file);
    const Plan nl = load_or_fail(nl_file);
    const Plan en = load_or_fail(en_file);
    ASSERT_EQ(nl.agenda.size(), en.agenda.size());
    for (std::size_t i = 0; i < nl.agenda.size(); ++i) {
        const Exercise& a = nl.agenda[i];
        const Exercise& b = en.agenda[i];
        SCOPED_TRACE(a.id);
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.kind, b.kind);
        EXPECT_EQ(a.minutes, b.minutes);
        EXPECT_EQ(a.rules.size(), b.rules.size());
        EXPECT_EQ(a.pass_count, b.pass_count);
        EXPECT_EQ(a.subject, b.subject);
        EXPECT_EQ(a.votes_per_person, b.votes_per_person);
        EXPECT_EQ(a.repeatable, b.repeatable);
        EXPECT_EQ(a.lock_at_end, b.lock_at_end);
        EXPECT_EQ(a.step, b.step);
        EXPECT_EQ(a.role, b.role);
        ASSERT_EQ(a.questions.size(), b.questions.size());
        for (std::size_t k = 0; k < a.questions.size(); ++k) {
            EXPECT_EQ(a.questions[k].id, b.questions[k].id);
            EXPECT_EQ(a.questions[k].hint.empty(), b.questions[k].hint.empty());
        }
        ASSERT_EQ(a.phases.size(), b.phases.size());
        for (std::size_t k = 0; k < a.phases.size(); ++k) {
            EXPECT_EQ(a.phases[k].id, b.phases[k].id);
            EXPECT_EQ(a.phases[k].minutes, b.phases[k].minutes);
        }
        ASSERT_EQ(a.columns.size(), b.columns.size());
        for (std::size_t k = 0; k < a.columns.size(); ++k) {
            EXPECT_EQ(a.columns[k].id, b.columns[k].id);
            EXPECT_EQ(a.columns[k].example.empty(), b.columns[k].example.empty());
        }
        ASSERT_EQ(a.fields.size(), b.fields.size());
        for (std::size_t k = 0; k < a.fields.size(); ++k) {
            const Field& fa = a.fields[k];
            const Field& fb = b.fields[k];
            EXPECT_EQ(fa.id, fb.id);
            EXPECT_EQ(fa.kind, fb.kind);
            EXPECT_EQ(fa.required, fb.required);
            EXPECT_EQ(fa.decision, fb.decision) << fa.id;
            EXPECT_EQ(fa.support.size(), fb.support.size()) << fa.id;
            ASSERT_EQ(fa.choices.size(), fb.choices.size());
            for (std::size_t m = 0; m < fa.choices.size(); ++m) EXPECT_EQ(fa.choices[m].id, fb.choices[m].id);
        }
    }
    ASSERT_EQ(nl.cards.size(), en.cards.size());
    for (std::size_t i = 0; i < nl.cards.size(); ++i) {
        EXPECT_EQ(nl.cards[i].id, en.cards[i].id);
        EXPECT_EQ(nl.cards[i].items.size(), en.cards[i].items.size()) << nl.cards[i].id;
    }
    EXPECT_EQ(nl.planned_minutes(), en.planned_minutes());
}

TEST(ShippedPlans, LanguagesHaveIdenticalStructure) {
    expect_identical_structure("bootcamp.nl.toml", "bootcamp.en.toml");
    expect_identical_structure("followup.nl.toml", "followup.en.toml");
}

TEST(ShippedPlans, BothPlansHaveEveryRoleAFollowUpCarries) {
    // A follow-up finds what it carries by role (core/followup.h, issue 13); the bootcamp has no
    // review or action points (it is nobody's follow-up), the follow-up plan has all of them.
    const ExerciseRole carried[] = {ExerciseRole::Readiness, ExerciseRole::Community, ExerciseRole::CommunityBoard,
                                    ExerciseRole::Partners, ExerciseRole::SubGoals};
    for (const char* name : {"bootcamp.nl.toml", "bootcamp.en.toml", "followup.nl.toml", "followup.en.toml"}) {
        SCOPED_TRACE(name);
        const Plan plan = load_or_fail(name);
        for (ExerciseRole role : carried) EXPECT_NE(plan.with_role(role), nullptr) << to_string(role);
    }
    for (const char* name : {"followup.nl.toml", "followup.en.toml"}) {
        SCOPED_TRACE(name);
        const Plan plan = load_or_fail(name);
        EXPECT_EQ(plan.id, "vervolg");
        EXPECT_LT(plan.planned_minutes(), load_or_fail("bootcamp.nl.toml").planned_minutes()) << "shorter";
        const Exercise* review = plan.with_role(ExerciseRole::Review);
        ASSERT_NE(review, nullptr);
        EXPECT_TRUE(review->repeatable);
        ASSERT_NE(review->find_field("status"), nullptr);
        std::vector<std::string> statuses;
        for (const auto& c : review->find_field("status")->choices) statuses.push_back(c.id);
        EXPECT_EQ(statuses, (std::vector<std::string>{"not_started", "underway", "achieved", "stopped"}));
        ASSERT_NE(review->find_field("next_check"), nullptr);
        EXPECT_EQ(review->find_field("next_check")->kind, FieldKind::Date);
        const Exercise* points = plan.with_role(ExerciseRole::ActionPoints);
        ASSERT_NE(points, nullptr);
        for (const char* id : {"point", "answer", "remark", "action", "who", "status"})
            EXPECT_NE(points->find_field(id), nullptr) << id;
    }
}

TEST(ShippedPlans, StepSixAndTheSmallStepsPlannerAreInTheBootcamp) {
    for (const char* name : {"bootcamp.nl.toml", "bootcamp.en.toml"}) {
        SCOPED_TRACE(name);
        const Plan plan = load_or_fail(name);
        for (const char* id : {"reach", "roles", "measure", "outcomes"}) {
            ASSERT_NE(plan.find(id), nullptr) << id;
            EXPECT_EQ(plan.find(id)->step, 6) << id;
        }
        const Exercise* contact = plan.find("contact");
        ASSERT_NE(contact, nullptr);
        EXPECT_EQ(contact->step, 4);
        EXPECT_TRUE(contact->repeatable);
        EXPECT_EQ(contact->find_field("who")->decision, Decision::Who);
        EXPECT_EQ(contact->find_field("step")->decision, Decision::What);
        EXPECT_EQ(contact->find_field("by_when")->decision, Decision::When);
    }
}

TEST(ShippedPlans, EveryExerciseButTheSlidesNamesItsMethodStep) {
    // The session notes head each exercise with its step (METHOD.md "The steps"; issue 13).
    for (const char* name : {"bootcamp.nl.toml", "bootcamp.en.toml"}) {
        const Plan plan = load_or_fail(name);
        int last = 0;
        for (const auto& e : plan.agenda) {
            SCOPED_TRACE(std::string(name) + " " + e.id);
            if (e.kind == ExerciseKind::Info) {
                EXPECT_EQ(e.step, 0);
                continue;
            }
            EXPECT_GE(e.step, 1);
            EXPECT_GE(e.step, last) << "steps follow the agenda";
            last = e.step;
        }
        EXPECT_EQ(plan.find("readiness")->step, 1);
        EXPECT_EQ(plan.find("vision")->step, 2);
        EXPECT_EQ(plan.find("choose")->step, 3);
        EXPECT_EQ(plan.find("map")->step, 4);
        EXPECT_EQ(plan.find("partners")->step, 4);
        EXPECT_EQ(plan.find("goals")->step, 5);
    }
}

TEST(ShippedPlans, TheMapNamesTheCommunityAndSubGoalsSayWhoDoesWhatByWhen) {
    // The fields the "what we decided" block of the session notes is filled from (issue 13).
    for (const char* name : {"bootcamp.nl.toml", "bootcamp.en.toml"}) {
        SCOPED_TRACE(name);
        const Plan plan = load_or_fail(name);
        EXPECT_EQ(plan.find("map")->find_field("name")->decision, Decision::Community);
        const Exercise* goals = plan.find("goals");
        EXPECT_EQ(goals->find_field("owner")->decision, Decision::Who);
        EXPECT_EQ(goals->find_field("specific")->decision, Decision::What);
        EXPECT_EQ(goals->find_field("time_bound")->decision, Decision::When);
    }
}

TEST(ShippedPlans, CoverEveryStepOfTheMethod) {
    const Plan plan = load_or_fail("bootcamp.nl.toml");
    // A bootcamp day: between five and seven hours including the lunch break.
    EXPECT_GE(plan.planned_minutes(), 300);
    EXPECT_LE(plan.planned_minutes(), 420);

    const Exercise* readiness = plan.find("readiness");
    ASSERT_NE(readiness, nullptr);
    EXPECT_EQ(readiness->kind, ExerciseKind::Checklist);
    EXPECT_EQ(readiness->questions.size(), 6u);  // step 1: six questions
    EXPECT_EQ(readiness->pass_count, 4);

    const Exercise* vision = plan.find("vision");  // Worksheet 1
    ASSERT_NE(vision, nullptr);
    ASSERT_EQ(vision->phases.size(), 3u);
    EXPECT_EQ(vision->phases[0].id, "write");
    EXPECT_EQ(vision->phases[0].minutes, 10);
    EXPECT_EQ(vision->phases[1].id, "share");
    EXPECT_EQ(vision->phases[2].id, "compose");
    EXPECT_GE(vision->rules.size(), 5u);

    const Exercise* choose = plan.find("choose");  // step 3: two lists
    ASSERT_NE(choose, nullptr);
    EXPECT_NE(choose->find_column("existing"), nullptr);
    EXPECT_NE(choose->find_column("desired"), nullptr);

    const Exercise* map = plan.find("map");  // Worksheet 2
    ASSERT_NE(map, nullptr);
    const Field* connection = map->find_field("connection");
    ASSERT_NE(connection, nullptr);
    EXPECT_EQ(connection->kind, FieldKind::MultiChoice);
    EXPECT_EQ(connection->choices.size(), 3u);
    const Field* strength = map->find_field("strength");
    ASSERT_NE(strength, nullptr);
    EXPECT_EQ(strength->kind, FieldKind::Scale);
    EXPECT_EQ(strength->choices.size(), 4u);

    const Exercise* strengths = plan.find("strengths");
    ASSERT_NE(strengths, nullptr);
    EXPECT_NE(strengths->find_column("strengths"), nullptr);
    EXPECT_NE(strengths->find_column("needs"), nullptr);

    const Exercise* matrix = plan.find("matrix");  // Worksheet 3
    ASSERT_NE(matrix, nullptr);
    EXPECT_EQ(matrix->subject, "map.name");
    EXPECT_GT(matrix->votes_per_person, 0);
    for (const char* id : {"of", "by", "for"}) {
        const Column* column = matrix->find_column(id);
        ASSERT_NE(column, nullptr) << id;
        EXPECT_FALSE(column->hint.empty());
        EXPECT_FALSE(column->example.empty());
    }

    const Exercise* partners = plan.find("partners");  // Worksheets 4 and 5
    ASSERT_NE(partners, nullptr);
    EXPECT_TRUE(partners->repeatable);
    for (const char* id : {"challenges", "values", "goals", "commitments", "success"}) {
        const Field* box = partners->find_field(id);
        ASSERT_NE(box, nullptr) << id;
        EXPECT_GE(box->support.size(), 2u) << id;
    }

    const Exercise* goals = plan.find("goals");  // step 5: SMART sub-goals
    ASSERT_NE(goals, nullptr);
    EXPECT_TRUE(goals->repeatable);
    for (const char* id : {"specific", "measurable", "achievable", "relevant", "time_bound", "owner", "date"})
        EXPECT_NE(goals->find_field(id), nullptr) << id;

    EXPECT_EQ(plan.agenda.front().kind, ExerciseKind::Info);
    EXPECT_EQ(plan.agenda.back().kind, ExerciseKind::Info);

    ASSERT_EQ(plan.cards.size(), 5u);
    EXPECT_EQ(plan.cards[2].items.size(), 6u);  // six archetypes
    EXPECT_EQ(plan.cards[3].items.size(), 4u);  // four ingredients
}

TEST(ShippedPlans, SessionsFolderHoldsOnlyValidPlans) {
    const PlanCatalog catalog = scan_plans(std::string(KIOSK_SOURCE_DIR) + "/sessions");
    EXPECT_TRUE(catalog.skipped.empty());
    EXPECT_NE(catalog.find("bootcamp", "nl"), nullptr);
    EXPECT_NE(catalog.find("bootcamp", "en"), nullptr);
    EXPECT_NE(catalog.find("vervolg", "nl"), nullptr);
    EXPECT_NE(catalog.find("vervolg", "en"), nullptr);
}

TEST(ShippedPlans, FormatGuideExampleIsAValidPlan) {
    // The example facilitators copy from must itself pass the checks.
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/sessions/FORMAT.md");
    const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto begin = doc.find("```toml\n");
    ASSERT_NE(begin, std::string::npos);
    const auto end = doc.find("```", begin + 8);
    ASSERT_NE(end, std::string::npos);
    const auto result = load_plan_text(doc.substr(begin + 8, end - begin - 8), "FORMAT.md");
    std::string all;
    for (const auto& p : result.problems) all += p.to_string() + "\n";
    ASSERT_TRUE(result.ok()) << all;
    EXPECT_EQ(result.plan->agenda.size(), 3u);
    EXPECT_EQ(result.plan->agenda[2].subject, "kaart.naam");
}
