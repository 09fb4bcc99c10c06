#include "sample_plan.h"

#include "core/plan_json.h"
#include "core/reduce.h"

#include <stdexcept>

namespace kiosk::testing {
namespace {

Exercise exercise(const char* id, ExerciseKind kind, const char* title, const char* prompt, int minutes) {
    Exercise e;
    e.id = id; e.kind = kind; e.title = title; e.prompt = prompt; e.minutes = minutes;
    return e;
}

Field field(const char* id, const char* label, FieldKind kind) {
    Field f;
    f.id = id; f.label = label; f.kind = kind;
    return f;
}

}  // namespace

Plan sample_plan() {
    Plan p;
    p.id = "proef";
    p.language = "nl";
    p.title = "Proefplan";
    Exercise klaar = exercise("klaar", ExerciseKind::Checklist, "Klaar?", "Beantwoord samen.", 10);
    klaar.questions = {{"team", "Is er een team?", ""}, {"tijd", "Is er tijd?", ""}, {"geld", "Is er geld?", ""}};
    klaar.pass_count = 2;
    Exercise visie = exercise("visie", ExerciseKind::Writing, "Visie", "Schrijf.", 20);
    visie.phases = {{"schrijven", "Schrijven", "", 10}, {"delen", "Delen", "", 5}, {"samen", "Samen", "", 5}};
    Exercise kaart = exercise("kaart", ExerciseKind::Form, "Kaart", "Vul in.", 15);
    Field naam = field("naam", "Naam", FieldKind::Text);
    Field verbinding = field("verbinding", "Verbinding", FieldKind::MultiChoice);
    verbinding.choices = {{"plek", "Plek", ""}, {"identiteit", "Identiteit", ""}, {"interesse", "Interesse", ""}};
    Field sterkte = field("sterkte", "Sterkte", FieldKind::Scale);
    sterkte.choices = {{"1", "Nauwelijks", ""}, {"2", "Zwak", ""}, {"3", "Sterk", ""}, {"4", "Heel sterk", ""}};
    kaart.fields = {naam, field("persoon", "Persoon", FieldKind::Text), verbinding, sterkte};
    Exercise matrix = exercise("matrix", ExerciseKind::Board, "OF/BY/FOR", "Hoe betrekken we hen?", 30);
    matrix.columns = {{"of", "OF", "Onderdeel van", ""}, {"by", "BY", "Door", ""}, {"for", "FOR", "Voor", ""}};
    matrix.subject = "kaart.naam";
    matrix.votes_per_person = 3;
    Exercise partners = exercise("partners", ExerciseKind::Form, "Partners", "Na het gesprek.", 20);
    partners.repeatable = true;
    partners.fields = {field("partner", "Partner", FieldKind::Text),
                       field("uitdagingen", "Uitdagingen", FieldKind::LongText),
                       field("datum", "Datum", FieldKind::Date)};
    p.agenda = {klaar, visie, kaart, matrix, partners};
    p.cards = {{"tips", "Tips", {"Begin klein."}}};
    return p;
}

Action create_sample_session() {
    return make_action("session.create", "s-test", 1'000'000,
                       {{"title", "Bootcamp Zwolle"}, {"date", "2026-11-29"}, {"place", "Zaal 2"},
                        {"facilitator", "Anna"}, {"plan", plan_to_json(sample_plan())}});
}

Session session_from(const Plan& plan) {
    Session s;
    Action create = make_action("session.create", "s-test", 1'000'000, {{"title", "Bootcamp Zwolle"}, {"plan", plan_to_json(plan)}});
    if (!apply(s, create)) throw std::logic_error("session rejected");
    return s;
}

Session sample_session() {
    Session s;
    if (!apply(s, create_sample_session())) throw std::logic_error("sample session rejected");
    return s;
}

}  // namespace kiosk::testing
