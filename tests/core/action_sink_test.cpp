#include "core/action_sink.h"
#include "core/text.h"

#include "sample_plan.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(MemorySession, SubmitsCleansAndReportsRejections) {
    MemorySession sink(kiosk::testing::sample_session());
    auto r = sink.submit("note.add", {{"id", "n1"}, {"exercise", "matrix"}, {"column", "of"},
                                      {"text", std::string(5000, 'x')}});
    EXPECT_EQ(r.state, SaveState::Saved);
    EXPECT_TRUE(r.notices.clamped);
    EXPECT_EQ(sink.session().find_note("n1")->text.size(), max_bytes(TextKind::Note));
    auto bad = sink.submit("note.add", {{"id", "n1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "x"}});
    EXPECT_EQ(bad.state, SaveState::Rejected);
    EXPECT_FALSE(bad.message.empty());
    EXPECT_EQ(sink.session().notes.size(), 1u);
}
