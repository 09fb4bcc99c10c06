// session_to_json(): the complete dump behind `kiosk sessions show --json`.
#include "store/session_json.h"

#include "core/plan_json.h"
#include "core/reduce.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(SessionJson, HoldsEverythingTheRoomMade) {
    Session s = testing::sample_session();
    auto act = [&](const char* type, Json fields) {
        ApplyResult r = apply(s, make_action(type, "s-test", 2'000'000, std::move(fields)));
        ASSERT_TRUE(r.ok) << type << ": " << r.error;
    };
    act("note.add", {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "„goed”"}, {"author", "Bram"}});
    act("vote.add", {{"note", "n-1"}, {"voter", "Anna"}});
    act("group.create", {{"id", "g-1"}, {"exercise", "matrix"}, {"column", "of"}, {"name", "Leesclubs"}, {"notes", {"n-1"}}});
    act("vision.add", {{"id", "v-1"}, {"exercise", "visie"}, {"text", "Een bibliotheek voor iedereen"}});
    act("form.add", {{"id", "f-1"}, {"exercise", "kaart"}});
    act("form.set", {{"id", "f-1"}, {"field", "naam"}, {"value", "Buurtvaders"}});
    act("checklist.answer", {{"exercise", "klaar"}, {"question", "team"}, {"answer", "yes"}});
    act("timer.start", {{"seconds", 600}});
    act("timer.lock_at_end", {{"exercise", "visie"}, {"on", true}});

    Json j = session_to_json(s);
    EXPECT_EQ(j["id"], "s-test");
    EXPECT_EQ(j["title"], "Bootcamp Zwolle");
    EXPECT_EQ(j["status"], "open");
    EXPECT_EQ(plan_from_json(j["plan"]).agenda.size(), s.plan.agenda.size());
    EXPECT_EQ(j["notes"][0]["text"], "„goed”");
    EXPECT_EQ(j["notes"][0]["votes"], 1);
    EXPECT_EQ(j["notes"][0]["group"], "g-1");
    EXPECT_EQ(j["votes"]["n-1"]["Anna"], 1);
    EXPECT_EQ(j["groups"][0]["name"], "Leesclubs");
    EXPECT_EQ(j["visions"][0]["text"], "Een bibliotheek voor iedereen");
    EXPECT_EQ(j["forms"][0]["values"]["naam"], "Buurtvaders");
    EXPECT_EQ(j["exercises"]["klaar"]["answers"]["team"]["answer"], "yes");
    EXPECT_EQ(j["timer"]["duration_ms"], 600'000);
    EXPECT_EQ(j["undo"].size(), s.undo.size());
    EXPECT_EQ(j["current"]["exercise"], "klaar");
    EXPECT_EQ(j["exercises"]["visie"]["lock_at_end"], true) << "the facilitator's switch";
    EXPECT_FALSE(j["exercises"]["klaar"].contains("lock_at_end")) << "not switched: the plan key decides";
}

}  // namespace
}  // namespace kiosk
