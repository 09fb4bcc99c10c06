// The shipped demo session (sessions/demo/) is an action script against the shipped bootcamp
// plan: every line must still apply when either of them changes.
#include "core/plan_json.h"
#include "core/reduce.h"
#include "plans/plan_catalog.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace kiosk;

TEST(DemoScript, EveryActionAppliesToTheShippedDutchBootcamp) {
    PlanCatalog catalog = scan_plans(KIOSK_SOURCE_DIR "/sessions");
    const Plan* plan = catalog.find("bootcamp", "nl");
    ASSERT_NE(plan, nullptr);
    std::ifstream in(KIOSK_SOURCE_DIR "/sessions/demo/bootcamp-demo.nl.jsonl");
    ASSERT_TRUE(in);
    Session s;
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        Action a{Json::parse(line)};
        if (a.type() == "session.create") a.data["plan"] = plan_to_json(*plan);
        clean_action(a, s, a.at());
        ApplyResult r = apply(s, a);
        ASSERT_TRUE(r) << "line " << n << ": " << r.error;
    }
    EXPECT_GE(s.notes.size(), 60u);
    EXPECT_EQ(s.tally("readiness").yes, 4);
    EXPECT_EQ(s.visions.size(), 4u);
    EXPECT_FALSE(s.state_of("vision").shared_text.empty());
    EXPECT_EQ(s.board_subject(*s.plan.find("matrix")), "Jongeren van 14 tot 18 jaar");
    EXPECT_EQ(s.current_exercise()->id, "matrix");
}
