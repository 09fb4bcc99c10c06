// Follow-up sessions (core/followup.h, issue 13): a follow-up of a bootcamp on the shipped
// follow-up plan carries exactly the chosen community, the shown strengths and needs, the
// partners and the sub-goals, pre-fills a review per sub-goal and an action point per "no" and
// "not yet" — and nothing private.
#include "core/followup.h"
#include "core/compare.h"

#include "core/actions.h"
#include "core/plan_json.h"
#include "core/reduce.h"
#include "plans/plan_loader.h"
#include "../ui/bootcamp_session.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk {
namespace {

Plan shipped(const std::string& name) {
    auto loaded = load_plan_file(std::string(KIOSK_SOURCE_DIR) + "/sessions/" + name);
    EXPECT_TRUE(loaded.ok()) << name;
    return loaded.plan.value_or(Plan{});
}

void run(Session& s, const std::string& type, Json fields) {
    ApplyResult r = apply(s, make_action(type, s.id, 1764412800000, std::move(fields)));
    ASSERT_TRUE(r) << type << ": " << r.error;
}

/// A bootcamp as a team leaves it: readiness answers, a community map, its board with shown,
/// private and hidden notes, two partners and two sub-goals.
Session earlier_bootcamp() {
    Session s = testing::bootcamp_session("nl");
    run(s, "checklist.answer", {{"exercise", "readiness"}, {"question", "team"}, {"answer", "yes"}});
    run(s, "checklist.answer", {{"exercise", "readiness"}, {"question", "budget"}, {"answer", "no"}});
    run(s, "checklist.remark", {{"exercise", "readiness"}, {"question", "budget"}, {"remark", "Pas na de begroting van mei"}});
    run(s, "checklist.answer", {{"exercise", "readiness"}, {"question", "skills"}, {"answer", "not_yet"}});
    run(s, "form.add", {{"id", "f-map"}, {"exercise", "map"},
                        {"values", {{"name", "Jonge ouders in Kampen-Zuid"}, {"strength", "weak"}, {"connection", "geography"}}}});
    run(s, "note.add", {{"id", "n-shown"}, {"exercise", "strengths"}, {"column", "strengths"},
                        {"text", "Ze kennen elkaar van het schoolplein"}, {"colour", 2}, {"author", "Fatma"}});
    run(s, "note.add", {{"id", "n-need"}, {"exercise", "strengths"}, {"column", "needs"}, {"text", "Opvang tijdens bijeenkomsten"}});
    run(s, "note.add", {{"id", "n-hidden"}, {"exercise", "strengths"}, {"column", "needs"}, {"text", "Gehaaste tekst"}});
    run(s, "note.hide", {{"id", "n-hidden"}});
    run(s, "board.private", {{"exercise", "strengths"}, {"on", true}});
    run(s, "note.add", {{"id", "n-private"}, {"exercise", "strengths"}, {"column", "needs"}, {"text", "Geheim briefje"}});
    run(s, "form.add", {{"id", "f-p1"}, {"exercise", "partners"}, {"values", {{"partner", "Buurthuis De Spil"}, {"goals", "Meer ouders binnen"}}}});
    run(s, "form.add", {{"id", "f-p2"}, {"exercise", "partners"}, {"values", {{"partner", "Consultatiebureau"}}}});
    run(s, "form.add", {{"id", "f-g1"}, {"exercise", "goals"},
                        {"values", {{"specific", "Een ouderochtend per maand"}, {"owner", "Anna"}, {"date", "2026-03-01"}}}});
    run(s, "form.add", {{"id", "f-g2"}, {"exercise", "goals"}, {"values", {{"specific", "Tien nieuwe pasjes"}, {"date", "2027-06-01"}}}});
    return s;
}

/// The follow-up of `earlier` on `plan`: its session.create with "follows" and the carried
/// actions, applied as the kiosk writes them.
Session follow_up(const Session& earlier, const Plan& plan, CarryOver* carried = nullptr) {
    Session s;
    const ClockReading at{1767225600000, 0, ""};
    actions::SessionCreate create{"Vervolg", "2027-01-01", "", "", plan_to_json(plan), earlier.id};
    EXPECT_TRUE(apply(s, make_action(create.kType, "s-next", at, create.fields())));
    CarryOver c = carry_over(earlier, plan, s.id, at);
    for (const Action& a : c.actions) {
        ApplyResult r = apply(s, a);
        EXPECT_TRUE(r) << a.to_line() << ": " << r.error;
    }
    if (carried) *carried = std::move(c);
    return s;
}

std::vector<const FormRecord*> records(const Session& s, ExerciseRole role) {
    std::vector<const FormRecord*> out;
    const Exercise* e = s.plan.with_role(role);
    for (const auto& r : s.forms)
        if (e && r.exercise == e->id) out.push_back(&r);
    return out;
}

std::string value(const FormRecord& r, const std::string& field) {
    auto it = r.values.find(field);
    return it == r.values.end() ? std::string() : it->second;
}

TEST(FollowUp, RecordsWhichSessionItFollows) {
    Session next = follow_up(earlier_bootcamp(), shipped("followup.nl.toml"));
    EXPECT_EQ(next.follows, testing::bootcamp_session("nl").id);
    EXPECT_EQ(next.plan.id, "vervolg");
}

TEST(FollowUp, CarriesTheCommunityPartnersAndSubGoalsExactly) {
    const Session earlier = earlier_bootcamp();
    CarryOver carried;
    Session next = follow_up(earlier, shipped("followup.nl.toml"), &carried);
    EXPECT_TRUE(carried.missing.empty());
    for (ExerciseRole role : {ExerciseRole::Community, ExerciseRole::Partners, ExerciseRole::SubGoals}) {
        SCOPED_TRACE(to_string(role));
        auto before = records(earlier, role), after = records(next, role);
        ASSERT_EQ(before.size(), after.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            EXPECT_EQ(after[i]->id, before[i]->id);
            EXPECT_EQ(after[i]->values, before[i]->values);
        }
    }
    EXPECT_EQ(value(*records(next, ExerciseRole::Community).at(0), "name"), "Jonge ouders in Kampen-Zuid");
}

TEST(FollowUp, CarriesOnlyTheNotesTheRoomCouldRead) {
    Session next = follow_up(earlier_bootcamp(), shipped("followup.nl.toml"));
    const Exercise* board = next.plan.with_role(ExerciseRole::CommunityBoard);
    ASSERT_NE(board, nullptr);
    std::vector<std::string> texts;
    for (const Note& n : next.notes) {
        EXPECT_EQ(n.exercise, board->id);
        EXPECT_FALSE(n.hidden);
        EXPECT_EQ(n.moderation, Moderation::Shown);
        texts.push_back(n.column + ": " + n.text);
    }
    EXPECT_EQ(texts, (std::vector<std::string>{"strengths: Ze kennen elkaar van het schoolplein",
                                               "needs: Opvang tijdens bijeenkomsten"}));
    EXPECT_EQ(next.notes.at(0).colour, 2);
    EXPECT_EQ(next.notes.at(0).author, "Fatma");
}

TEST(FollowUp, AnAnonymousBoardCarriesNoAuthor) {
    Session earlier = earlier_bootcamp();
    run(earlier, "board.anonymous", {{"exercise", "strengths"}, {"on", true}});
    Session next = follow_up(earlier, shipped("followup.nl.toml"));
    ASSERT_FALSE(next.notes.empty());
    for (const Note& n : next.notes) EXPECT_EQ(n.author, "") << n.text;
}

TEST(FollowUp, PreFillsOneReviewPerSubGoal) {
    Session next = follow_up(earlier_bootcamp(), shipped("followup.nl.toml"));
    auto reviews = records(next, ExerciseRole::Review);
    ASSERT_EQ(reviews.size(), 2u);
    EXPECT_EQ(value(*reviews[0], kReviewSubGoal), "Een ouderochtend per maand");
    EXPECT_EQ(value(*reviews[0], kReviewNextCheck), "2026-03-01");
    EXPECT_EQ(value(*reviews[1], kReviewSubGoal), "Tien nieuwe pasjes");
    EXPECT_EQ(value(*reviews[0], kReviewStatus), "");
}

TEST(FollowUp, ActionPointsOnlyFromNoAndNotYet) {
    Session next = follow_up(earlier_bootcamp(), shipped("followup.nl.toml"));
    const Plan bootcamp = shipped("bootcamp.nl.toml");
    const Exercise* readiness = bootcamp.with_role(ExerciseRole::Readiness);
    ASSERT_NE(readiness, nullptr);
    auto points = records(next, ExerciseRole::ActionPoints);
    ASSERT_EQ(points.size(), 2u);  // budget (no) and skills (not yet); team (yes) and the unanswered ones not
    EXPECT_EQ(value(*points[0], kPointText), readiness->questions[3].text);
    EXPECT_EQ(value(*points[0], kPointAnswer), "no");
    EXPECT_EQ(value(*points[0], kPointRemark), "Pas na de begroting van mei");
    EXPECT_EQ(value(*points[1], kPointText), readiness->questions[5].text);
    EXPECT_EQ(value(*points[1], kPointAnswer), "not_yet");
}

TEST(FollowUp, APartThePlanHasNoRoleForIsNotCarriedAndSaidSo) {
    Plan plan = shipped("followup.nl.toml");
    plan.agenda.erase(std::remove_if(plan.agenda.begin(), plan.agenda.end(),
                                     [](const Exercise& e) { return e.role == ExerciseRole::Partners; }),
                      plan.agenda.end());
    CarryOver carried;
    Session next = follow_up(earlier_bootcamp(), plan, &carried);
    EXPECT_EQ(carried.missing, std::vector<ExerciseRole>{ExerciseRole::Partners});
    EXPECT_TRUE(records(next, ExerciseRole::Partners).empty());
    EXPECT_EQ(records(next, ExerciseRole::SubGoals).size(), 2u);
}

TEST(FollowUp, ABootcampCanFollowABootcampAndUndoTakesACarriedRecordBack) {
    Session next = follow_up(earlier_bootcamp(), shipped("bootcamp.en.toml"));
    EXPECT_EQ(records(next, ExerciseRole::Partners).size(), 2u);
    const std::size_t forms = next.forms.size();
    ASSERT_TRUE(apply(next, make_action("undo", next.id, 1767225700000)));
    EXPECT_EQ(next.forms.size(), forms - 1);
}

TEST(FollowUp, ReviewDecidesTheCheckDateAndStatus) {
    Session next = follow_up(earlier_bootcamp(), shipped("followup.nl.toml"));
    auto reviews = records(next, ExerciseRole::Review);
    run(next, "form.set", {{"id", reviews[0]->id}, {"field", kReviewNextCheck}, {"value", "2027-02-15"}});
    run(next, "form.set", {{"id", reviews[1]->id}, {"field", kReviewStatus}, {"value", kStatusAchieved}});
    auto checks = subgoal_checks(next);
    ASSERT_EQ(checks.size(), 2u);
    EXPECT_EQ(checks[0].id, "f-g1");
    EXPECT_EQ(checks[0].check_date, "2027-02-15");
    EXPECT_EQ(checks[1].check_date, "2027-06-01");  // never moved: its own date
    EXPECT_EQ(checks[1].status, kStatusAchieved);
    EXPECT_FALSE(overdue(checks[0], "2027-02-15"));
    EXPECT_TRUE(overdue(checks[0], "2027-02-16"));
    EXPECT_FALSE(overdue(checks[1], "2030-01-01"));  // achieved is never overdue
}

TEST(FollowUp, TheComparisonShowsEachSubGoalsStatusAsTheReviewRecordsIt) {
    const Session earlier = earlier_bootcamp();
    Session next = follow_up(earlier, shipped("followup.nl.toml"));
    auto reviews = records(next, ExerciseRole::Review);
    ASSERT_EQ(reviews.size(), 2u);
    run(next, "form.set", {{"id", reviews[1]->id}, {"field", kReviewStatus}, {"value", kStatusAchieved}});
    const Field* status = next.plan.with_role(ExerciseRole::Review)->find_field(kReviewStatus);
    ASSERT_NE(status, nullptr);
    std::string achieved;
    for (const Choice& c : status->choices)
        if (c.id == kStatusAchieved) achieved = c.label;
    ASSERT_FALSE(achieved.empty());

    const Comparison cmp = compare_sessions(earlier, next);
    const auto section = std::find_if(cmp.sections.begin(), cmp.sections.end(),
                                      [](const CompareSection& s) { return s.topic == CompareTopic::SubGoals; });
    ASSERT_NE(section, cmp.sections.end());
    const auto row = std::find_if(section->rows.begin(), section->rows.end(),
                                  [](const CompareRow& r) { return r.label.find("Tien nieuwe pasjes") != std::string::npos; });
    ASSERT_NE(row, section->rows.end());
    EXPECT_EQ(row->status_then, "") << "the bootcamp reviewed nothing";
    EXPECT_EQ(row->status_now, achieved);
    EXPECT_TRUE(cmp.has_status());
}

}  // namespace
}  // namespace kiosk
