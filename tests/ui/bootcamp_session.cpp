#include "bootcamp_session.h"

#include "core/action.h"
#include "core/plan_json.h"
#include "core/reduce.h"
#include "plans/plan_loader.h"

#include <gtest/gtest.h>

#include <fstream>

namespace kiosk::testing {

Session bootcamp_session(const std::string& language, bool demo) {
    const std::string plan_file = std::string(KIOSK_SOURCE_DIR) + "/sessions/bootcamp." + language + ".toml";
    const PlanLoadResult loaded = load_plan_file(plan_file);
    if (!loaded.ok()) {
        ADD_FAILURE() << plan_file << ": " << loaded.problems.front().message;
        return {};
    }
    Session s;
    if (!demo) {
        Action create = make_action("session.create", "s-bootcamp", 1'000'000,
                                    {{"title", "Bootcamp Zwolle"}, {"date", "2026-11-29"}, {"place", "Zaal 2"},
                                     {"facilitator", "Anna"}, {"plan", plan_to_json(*loaded.plan)}});
        if (!apply(s, create)) ADD_FAILURE() << "session.create refused";
        return s;
    }
    const std::string script = std::string(KIOSK_SOURCE_DIR) + "/sessions/demo/bootcamp-demo.nl.jsonl";
    std::ifstream in(script);
    if (!in) ADD_FAILURE() << "cannot read " << script;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.empty()) continue;
        Action a{Json::parse(line)};
        if (a.type() == "session.create") a.data["plan"] = plan_to_json(*loaded.plan);
        clean_action(a, s, a.at());
        if (!apply(s, a)) ADD_FAILURE() << script << ": line " << n << " refused";
    }
    return s;
}

}  // namespace kiosk::testing
