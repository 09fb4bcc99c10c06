#include "core/plan_json.h"

#include <stdexcept>

namespace kiosk {
namespace {

template <typename T>
T get_or(const Json& j, const char* key, T fallback) {
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? fallback : it->get<T>();
}

std::string str(const Json& j, const char* key) { return get_or<std::string>(j, key, ""); }

template <typename T, typename F>
std::vector<T> list(const Json& j, const char* key, F read) {
    std::vector<T> out;
    auto it = j.find(key);
    if (it == j.end()) return out;
    for (const auto& item : *it) out.push_back(read(item));
    return out;
}

Json choice_to_json(const Choice& c) { return {{"id", c.id}, {"label", c.label}, {"hint", c.hint}}; }
Choice choice_from_json(const Json& j) { return {str(j, "id"), str(j, "label"), str(j, "hint")}; }

}  // namespace

Json plan_to_json(const Plan& plan) {
    Json agenda = Json::array();
    for (const auto& e : plan.agenda) {
        Json x = {{"id", e.id}, {"kind", to_string(e.kind)}, {"title", e.title},
                  {"prompt", e.prompt}, {"minutes", e.minutes}, {"rules", e.rules},
                  {"pass_count", e.pass_count}, {"subject", e.subject},
                  {"votes_per_person", e.votes_per_person}, {"repeatable", e.repeatable}};
        // Written only when on, so the snapshot of a plan without it is what it was before the key.
        if (e.lock_at_end) x["lock_at_end"] = true;
        if (e.step > 0) x["step"] = e.step;
        if (e.role != ExerciseRole::None) x["role"] = to_string(e.role);
        x["questions"] = Json::array();
        for (const auto& q : e.questions) x["questions"].push_back({{"id", q.id}, {"text", q.text}, {"hint", q.hint}});
        x["phases"] = Json::array();
        for (const auto& p : e.phases)
            x["phases"].push_back({{"id", p.id}, {"title", p.title}, {"prompt", p.prompt}, {"minutes", p.minutes}});
        x["columns"] = Json::array();
        for (const auto& c : e.columns)
            x["columns"].push_back({{"id", c.id}, {"title", c.title}, {"hint", c.hint}, {"example", c.example}});
        x["fields"] = Json::array();
        for (const auto& f : e.fields) {
            Json choices = Json::array();
            for (const auto& c : f.choices) choices.push_back(choice_to_json(c));
            Json field = {{"id", f.id}, {"label", f.label}, {"kind", to_string(f.kind)},
                          {"hint", f.hint}, {"choices", choices}, {"support", f.support},
                          {"required", f.required}};
            if (f.decision != Decision::None) field["decision"] = to_string(f.decision);
            x["fields"].push_back(std::move(field));
        }
        agenda.push_back(std::move(x));
    }
    Json cards = Json::array();
    for (const auto& c : plan.cards) cards.push_back({{"id", c.id}, {"title", c.title}, {"items", c.items}});
    return {{"id", plan.id}, {"language", plan.language}, {"title", plan.title},
            {"description", plan.description}, {"agenda", agenda}, {"cards", cards}};
}

namespace {

// Sessions of the first release ran the shipped bootcamp before it had the plan key `role`, so
// their snapshots name none. They hold the same exercises under the ids the bootcamp still has:
// give those exercises their role, so the archive, comparisons and follow-ups read them as they
// read a new session. Only for a bootcamp snapshot with no role at all, and only where the kind fits.
void give_old_bootcamp_roles(Plan& plan) {
    if (plan.id != "bootcamp") return;
    for (const Exercise& e : plan.agenda)
        if (e.role != ExerciseRole::None) return;
    constexpr struct { const char* id; ExerciseRole role; } kShipped[] = {
        {"readiness", ExerciseRole::Readiness}, {"map", ExerciseRole::Community},
        {"strengths", ExerciseRole::CommunityBoard}, {"partners", ExerciseRole::Partners},
        {"goals", ExerciseRole::SubGoals},
    };
    for (Exercise& e : plan.agenda)
        for (const auto& shipped : kShipped)
            if (e.id == shipped.id && e.kind == role_kind(shipped.role)) e.role = shipped.role;
}

}  // namespace

Plan plan_from_json(const Json& j) {
    Plan plan;
    plan.id = str(j, "id");
    plan.language = str(j, "language");
    plan.title = str(j, "title");
    plan.description = str(j, "description");
    plan.agenda = list<Exercise>(j, "agenda", [](const Json& x) {
        Exercise e;
        e.id = str(x, "id");
        if (!parse_exercise_kind(str(x, "kind"), e.kind))
            throw std::invalid_argument("unknown exercise kind in plan snapshot");
        e.title = str(x, "title");
        e.prompt = str(x, "prompt");
        e.minutes = get_or<int>(x, "minutes", 0);
        e.rules = get_or<std::vector<std::string>>(x, "rules", {});
        e.pass_count = get_or<int>(x, "pass_count", 0);
        e.subject = str(x, "subject");
        e.votes_per_person = get_or<int>(x, "votes_per_person", 0);
        e.repeatable = get_or<bool>(x, "repeatable", false);
        e.lock_at_end = get_or<bool>(x, "lock_at_end", false);
        e.step = get_or<int>(x, "step", 0);
        parse_exercise_role(str(x, "role"), e.role);  // unknown or absent: None
        e.questions = list<Question>(x, "questions", [](const Json& q) {
            return Question{str(q, "id"), str(q, "text"), str(q, "hint")};
        });
        e.phases = list<Phase>(x, "phases", [](const Json& p) {
            return Phase{str(p, "id"), str(p, "title"), str(p, "prompt"), get_or<int>(p, "minutes", 0)};
        });
        e.columns = list<Column>(x, "columns", [](const Json& c) {
            return Column{str(c, "id"), str(c, "title"), str(c, "hint"), str(c, "example")};
        });
        e.fields = list<Field>(x, "fields", [](const Json& f) {
            Field field;
            field.id = str(f, "id");
            field.label = str(f, "label");
            if (!parse_field_kind(str(f, "kind"), field.kind))
                throw std::invalid_argument("unknown field kind in plan snapshot");
            field.hint = str(f, "hint");
            field.choices = list<Choice>(f, "choices", choice_from_json);
            field.support = get_or<std::vector<std::string>>(f, "support", {});
            field.required = get_or<bool>(f, "required", false);
            parse_decision(str(f, "decision"), field.decision);  // unknown or absent: None
            return field;
        });
        return e;
    });
    plan.cards = list<Card>(j, "cards", [](const Json& c) {
        return Card{str(c, "id"), str(c, "title"), get_or<std::vector<std::string>>(c, "items", {})};
    });
    give_old_bootcamp_roles(plan);
    return plan;
}

}  // namespace kiosk
