// Two sessions side by side (core/compare.h), on the shipped bootcamp plans, each session built
// with real actions through the reducer.
#include "core/compare.h"

#include "../ui/bootcamp_session.h"
#include "core/action.h"
#include "core/reduce.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kiosk {
namespace {

std::int64_t clock_ms = 2'000'000;

void act(Session& s, const std::string& type, Json fields) {
    Action a = make_action(type, s.id, clock_ms += 1000, std::move(fields));
    clean_action(a, s, clock_ms);
    const ApplyResult r = apply(s, a);
    ASSERT_TRUE(r) << type << ": " << r.error;
}

void answer(Session& s, const std::string& question, const std::string& answer) {
    act(s, "checklist.answer", {{"exercise", "readiness"}, {"question", question}, {"answer", answer}});
}

void map(Session& s, const std::string& name, const std::string& connection, const std::string& strength) {
    act(s, "form.add", {{"id", "f-map"}, {"exercise", "map"}});
    act(s, "form.set", {{"id", "f-map"}, {"field", "name"}, {"value", name}});
    act(s, "form.set", {{"id", "f-map"}, {"field", "connection"}, {"value", connection}});
    act(s, "form.set", {{"id", "f-map"}, {"field", "strength"}, {"value", strength}});
}

void note(Session& s, const std::string& id, const std::string& column, const std::string& text) {
    act(s, "note.add", {{"id", id}, {"exercise", "strengths"}, {"column", column}, {"text", text}, {"author", "Anna"}});
}

void partner(Session& s, const std::string& id, const std::string& name, const std::string& from) {
    act(s, "form.add", {{"id", id}, {"exercise", "partners"}});
    act(s, "form.set", {{"id", id}, {"field", "partner"}, {"value", name}});
    act(s, "form.set", {{"id", id}, {"field", "from"}, {"value", from}});
}

void goal(Session& s, const std::string& id, const std::string& text, const std::string& owner) {
    act(s, "form.add", {{"id", id}, {"exercise", "goals"}});
    act(s, "form.set", {{"id", id}, {"field", "specific"}, {"value", text}});
    act(s, "form.set", {{"id", id}, {"field", "owner"}, {"value", owner}});
}

Session then_session(const std::string& language = "nl") {
    Session s = testing::bootcamp_session(language);
    s.id = "s-then";
    s.title = "Bootcamp Zwolle";
    s.date = "2026-03-10";
    answer(s, "team", "not_yet");
    answer(s, "means", "no");
    answer(s, "management", "yes");
    map(s, "Jongeren van 14 tot 18 jaar", "geography", "weak");
    note(s, "n-1", "strengths", "Maken graag video's");
    note(s, "n-2", "needs", "Een eigen plek");
    partner(s, "f-p1", "Jongerenwerk Zwolle", "Stichting Welzijn");
    partner(s, "f-p2", "Lingecollege", "School");
    goal(s, "f-g1", "Een gamemiddag in mei", "Yara");
    return s;
}

Session now_session(const std::string& language = "nl") {
    Session s = testing::bootcamp_session(language);
    s.id = "s-now";
    s.title = "Terugkomdag Zwolle";
    s.date = "2026-11-29";
    answer(s, "team", "yes");
    answer(s, "means", "no");
    answer(s, "management", "not_yet");
    map(s, "Jongeren van 14 tot 18 jaar", "geography,interest", "strong");
    note(s, "n-1", "strengths", "maken graag VIDEO'S");  // the same note, typed again
    note(s, "n-3", "strengths", "Komen elke week");
    partner(s, "f-p1", "jongerenwerk zwolle", "Stichting Welzijn Zwolle");
    partner(s, "f-p3", "Muziekschool", "");
    goal(s, "f-g1", "Een gamemiddag in mei", "Yara");
    return s;
}

const CompareSection& section(const Comparison& c, CompareTopic topic) {
    auto it = std::find_if(c.sections.begin(), c.sections.end(), [&](const CompareSection& s) { return s.topic == topic; });
    if (it == c.sections.end()) throw std::runtime_error("no such section");
    return *it;
}

const CompareRow* row(const CompareSection& s, const std::string& label, const std::string& now = "*") {
    for (const auto& r : s.rows)
        if (r.label == label && (now == "*" || r.now == now)) return &r;
    return nullptr;
}

TEST(Compare, ShowsBothSessionsValuesAndWhichWayTheyMoved) {
    const Session a = then_session(), b = now_session();
    const Comparison c = compare_sessions(a, b);
    EXPECT_EQ(c.then.id, "s-then");
    EXPECT_EQ(c.now.title, "Terugkomdag Zwolle");
    EXPECT_EQ(c.then.date, "2026-03-10");
    ASSERT_EQ(c.sections.size(), 5u);

    const CompareSection& readiness = section(c, CompareTopic::Readiness);
    EXPECT_FALSE(readiness.missing_then || readiness.missing_now);
    const Question& team = b.plan.find("readiness")->questions.front();
    ASSERT_EQ(team.id, "team");
    const CompareRow* r = row(readiness, team.text);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->then, "Not yet");
    EXPECT_EQ(r->now, "Yes");
    EXPECT_EQ(r->change, Change::Up);
    const CompareRow* tally = row(readiness, "Tally");
    ASSERT_NE(tally, nullptr);
    EXPECT_EQ(tally->then, "1 yes · 1 not yet · 1 no");
    EXPECT_EQ(tally->now, "1 yes · 1 not yet · 1 no");
    EXPECT_EQ(tally->change, Change::Same);
    EXPECT_EQ(readiness.rows.size(), b.plan.find("readiness")->questions.size() + 1);

    const CompareSection& community = section(c, CompareTopic::Community);
    const Exercise& map_ex = *b.plan.find("map");
    const CompareRow* strength = row(community, map_ex.find_field("strength")->label);
    ASSERT_NE(strength, nullptr);
    EXPECT_EQ(strength->then, map_ex.find_field("strength")->choices[1].label);
    EXPECT_EQ(strength->now, map_ex.find_field("strength")->choices[2].label);
    EXPECT_EQ(strength->change, Change::Up);
    const CompareRow* name = row(community, map_ex.find_field("name")->label);
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->then, "Jongeren van 14 tot 18 jaar");
    EXPECT_EQ(name->change, Change::Same);
    const CompareRow* connection = row(community, map_ex.find_field("connection")->label);
    ASSERT_NE(connection, nullptr);
    EXPECT_EQ(connection->change, Change::Changed);
    EXPECT_NE(connection->now.find(", "), std::string::npos) << connection->now;  // two labels

    const CompareSection& board = section(c, CompareTopic::StrengthsNeeds);
    const std::string strengths = b.plan.find("strengths")->find_column("strengths")->title;
    const std::string needs = b.plan.find("strengths")->find_column("needs")->title;
    const CompareRow* same = row(board, strengths, "maken graag VIDEO'S");
    ASSERT_NE(same, nullptr);
    EXPECT_EQ(same->then, "Maken graag video's");
    EXPECT_EQ(same->change, Change::Same);
    ASSERT_NE(row(board, strengths, "Komen elke week"), nullptr);
    EXPECT_EQ(row(board, strengths, "Komen elke week")->change, Change::Added);
    ASSERT_NE(row(board, needs, ""), nullptr);
    EXPECT_EQ(row(board, needs, "")->then, "Een eigen plek");
    EXPECT_EQ(row(board, needs, "")->change, Change::Removed);

    const CompareSection& partners = section(c, CompareTopic::Partners);
    ASSERT_EQ(partners.rows.size(), 3u);
    EXPECT_EQ(partners.rows[0].label, "jongerenwerk zwolle");  // matched without regard to case
    EXPECT_NE(partners.rows[0].then.find("Stichting Welzijn"), std::string::npos);
    EXPECT_NE(partners.rows[0].now.find("Stichting Welzijn Zwolle"), std::string::npos);
    EXPECT_EQ(partners.rows[0].change, Change::Changed);
    EXPECT_EQ(partners.rows[1].label, "Muziekschool");
    EXPECT_EQ(partners.rows[1].change, Change::Added);
    EXPECT_EQ(partners.rows[2].label, "Lingecollege");
    EXPECT_EQ(partners.rows[2].change, Change::Removed);
    EXPECT_EQ(partners.rows[2].now, "");

    const CompareSection& goals = section(c, CompareTopic::SubGoals);
    ASSERT_EQ(goals.rows.size(), 1u);
    EXPECT_EQ(goals.rows[0].label, "Een gamemiddag in mei");
    EXPECT_NE(goals.rows[0].now.find("Yara"), std::string::npos);
    EXPECT_EQ(goals.rows[0].change, Change::Same);
    EXPECT_EQ(goals.rows[0].status_now, "");  // until a follow-up records one
    EXPECT_FALSE(c.has_status());
}

TEST(Compare, NoAuthorsAndNoPrivateOrHiddenNoteText) {
    Session a = then_session();
    Session b = now_session();
    act(b, "board.private", {{"exercise", "strengths"}, {"on", true}});
    note(b, "n-secret", "needs", "geheime wens");
    act(b, "board.private", {{"exercise", "strengths"}, {"on", false}});
    note(b, "n-hidden", "needs", "verborgen briefje");
    act(b, "note.hide", {{"id", "n-hidden"}});
    const Comparison c = compare_sessions(a, b);
    for (const auto& s : c.sections)
        for (const auto& r : s.rows)
            for (const std::string* text : {&r.label, &r.then, &r.now}) {
                EXPECT_EQ(text->find("geheim"), std::string::npos) << *text;
                EXPECT_EQ(text->find("verborgen"), std::string::npos) << *text;
                EXPECT_EQ(text->find("Anna"), std::string::npos) << *text;
            }
    const CompareRow* withheld = row(section(c, CompareTopic::StrengthsNeeds), "Private notes not revealed");
    ASSERT_NE(withheld, nullptr);
    EXPECT_EQ(withheld->then, "0");
    EXPECT_EQ(withheld->now, "1");
}

TEST(Compare, AnExerciseMissingFromOnePlanIsSaidSo) {
    Session a = then_session();
    Session b = now_session();
    // A shorter plan without the partner-power form (as a follow-up plan may be).
    auto& agenda = b.plan.agenda;
    agenda.erase(std::remove_if(agenda.begin(), agenda.end(), [](const Exercise& e) { return e.id == "partners"; }),
                 agenda.end());
    const Comparison c = compare_sessions(a, b);
    const CompareSection& partners = section(c, CompareTopic::Partners);
    EXPECT_FALSE(partners.missing_then);
    EXPECT_TRUE(partners.missing_now);
    ASSERT_EQ(partners.rows.size(), 2u);
    for (const auto& r : partners.rows) {
        EXPECT_EQ(r.change, Change::Removed);
        EXPECT_EQ(r.now, "");
    }
    EXPECT_FALSE(section(c, CompareTopic::Readiness).missing_now);
}

TEST(Compare, APlanOfAnotherLanguageMatchesByIdsAndChoices) {
    const Session a = then_session("nl");
    const Session b = now_session("en");
    const Comparison c = compare_sessions(a, b);
    const CompareSection& readiness = section(c, CompareTopic::Readiness);
    const CompareRow& team = readiness.rows.front();
    EXPECT_EQ(team.label, b.plan.find("readiness")->questions.front().text);  // the now plan's words
    EXPECT_EQ(team.change, Change::Up);
    const CompareSection& community = section(c, CompareTopic::Community);
    const CompareRow* strength = row(community, b.plan.find("map")->find_field("strength")->label);
    ASSERT_NE(strength, nullptr);
    EXPECT_EQ(strength->then, a.plan.find("map")->find_field("strength")->choices[1].label);  // Dutch
    EXPECT_EQ(strength->now, b.plan.find("map")->find_field("strength")->choices[2].label);   // English
    EXPECT_EQ(strength->change, Change::Up);
    const CompareRow* name = row(community, b.plan.find("map")->find_field("name")->label);
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->change, Change::Same);
    EXPECT_EQ(section(c, CompareTopic::Community).rows.size(), b.plan.find("map")->fields.size());
}

TEST(Compare, AnEmptySessionComparesAsNothingFilledIn) {
    Session empty = testing::bootcamp_session("nl");
    const Comparison c = compare_sessions(empty, empty);
    ASSERT_EQ(c.sections.size(), 5u);
    for (const auto& s : c.sections) {
        EXPECT_FALSE(s.missing_then || s.missing_now);
        for (const auto& r : s.rows) EXPECT_EQ(r.change, Change::Same) << r.label;
    }
    EXPECT_EQ(section(c, CompareTopic::Readiness).rows.front().then, "Not answered");
    EXPECT_EQ(section(c, CompareTopic::Readiness).rows.back().now, "0 yes · 0 not yet · 0 no");
    EXPECT_TRUE(section(c, CompareTopic::Partners).rows.empty());
    EXPECT_TRUE(section(c, CompareTopic::SubGoals).rows.empty());
    for (const auto& r : section(c, CompareTopic::Community).rows) EXPECT_EQ(r.now, "");
    // Against a filled-in session, everything there is new.
    const Comparison later = compare_sessions(empty, now_session());
    for (const auto& r : section(later, CompareTopic::Partners).rows) EXPECT_EQ(r.change, Change::Added);
    EXPECT_EQ(section(later, CompareTopic::Readiness).rows.front().change, Change::Added);
}

TEST(Compare, AQuestionTheLaterSessionHasNotAnsweredYetIsNoStepBack) {
    // Found by the newcomer test: against a fresh follow-up every answer read "no longer" and
    // the tally "backward", though the room simply had not answered yet.
    const Session earlier = then_session();
    Session later = testing::bootcamp_session("nl");
    answer(later, "team", "yes");  // one answered, the rest still open
    const Comparison c = compare_sessions(earlier, later);
    const CompareSection& readiness = section(c, CompareTopic::Readiness);
    for (const CompareRow& r : readiness.rows) {
        if (r.label == readiness.rows.back().label) continue;  // the tally
        EXPECT_NE(r.change, Change::Removed) << r.label;
        EXPECT_NE(r.change, Change::Down) << r.label;
    }
    EXPECT_EQ(readiness.rows.front().change, Change::Up) << "not yet → yes is still a step forward";
    EXPECT_NE(readiness.rows.back().change, Change::Down) << "fewer yes while questions are open";
}

}  // namespace
}  // namespace kiosk
