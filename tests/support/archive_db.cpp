#include "archive_db.h"

#include "core/action.h"
#include "core/plan_json.h"
#include "core/reduce.h"
#include "sample_plan.h"
#include "store/store.h"

#include <fmt/format.h>

#include <stdexcept>

namespace kiosk::testing {

Plan archive_plan() {
    Plan p = sample_plan();
    for (Exercise& e : p.agenda)
        if (e.id == "partners") e.role = ExerciseRole::Partners;
    Exercise goals;
    goals.id = "goals";
    goals.kind = ExerciseKind::Form;
    goals.title = "SMART-subdoelen";
    goals.prompt = "Wat willen we bereiken, en wanneer?";
    goals.minutes = 20;
    goals.repeatable = true;
    goals.role = ExerciseRole::SubGoals;  // what the archive counts as sub-goals (core/holdings.h)
    Field what;
    what.id = "goal";
    what.label = "Subdoel";
    what.kind = FieldKind::LongText;
    goals.fields = {what};
    p.agenda.push_back(goals);
    return p;
}

GeneratedCounts generated_counts(int i) { return {i % 5, i % 4, i % 3, i % 2 == 1}; }

namespace {

std::string date_of(int i) {
    // 2020-01-01 plus 5*i days, by whole months of 30 days is not a calendar: step by day count.
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y = 2020, m = 0, d = 1 + 5 * i;
    for (;;) {
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        const int days = month_days[m] + (m == 1 && leap ? 1 : 0);
        if (d <= days) break;
        d -= days;
        if (++m == 12) m = 0, ++y;
    }
    return fmt::format("{:04}-{:02}-{:02}", y, m + 1, d);
}

}  // namespace

void generate_archive(const std::string& path, int count, int notes) {
    Store store(path, Access::Write);
    const Json plan = plan_to_json(archive_plan());
    static const char* columns[] = {"of", "by", "for"};
    for (int i = 0; i < count; ++i) {
        const std::string id = fmt::format("s-gen-{:04}", i);
        std::int64_t at = 1'700'000'000'000 + std::int64_t(i) * 86'400'000;
        std::string title = fmt::format("Sessie {:04}", i);
        if (i % 10 == 5) title += " – Zoë in de Bibliotheek";
        std::vector<Action> actions;
        actions.push_back(make_action("session.create", id, at,
                                      {{"title", title}, {"date", date_of(i)},
                                       {"place", i % 2 ? "Vestiging Zuid" : "Vestiging Noord"},
                                       {"facilitator", "Anna de Vries"}, {"plan", plan}}));
        for (int n = 0; n < notes; ++n)
            actions.push_back(make_action("note.add", id, ++at,
                                          {{"id", fmt::format("n-{:04}-{:03}", i, n)}, {"exercise", "matrix"},
                                           {"column", columns[n % 3]},
                                           {"text", fmt::format("Leesclub in het café, idee {} – ideeën", n)}}));
        const GeneratedCounts c = generated_counts(i);
        for (int v = 0; v < c.visions; ++v)
            actions.push_back(make_action("vision.add", id, ++at,
                                          {{"id", fmt::format("v-{:04}-{}", i, v)}, {"exercise", "visie"},
                                           {"author", "Deelnemer"}, {"text", "Een bibliotheek waar iedereen thuis is."}}));
        const auto form = [&](const char* exercise, int k) {
            actions.push_back(make_action("form.add", id, ++at,
                                          {{"id", fmt::format("f-{:04}-{}-{}", i, exercise, k)}, {"exercise", exercise}}));
        };
        for (int k = 0; k < c.partners; ++k) form("partners", k);
        for (int k = 0; k < c.subgoals; ++k) form("goals", k);
        if (c.closed) actions.push_back(make_action("session.close", id, ++at));
        Session session;
        for (const Action& a : actions)
            if (!apply(session, a)) throw std::runtime_error("generate_archive: " + a.to_line() + " was refused");
        store.append(session, actions);
    }
}

}  // namespace kiosk::testing
