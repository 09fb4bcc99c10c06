// `kiosk sessions show` as text: form answers read as the plan's labels, not the stored ids
// (issue 9: "geography,interest" in Dutch output).
#include "app/session_text.h"
#include "sample_plan.h"

#include "core/action_sink.h"

#include <gtest/gtest.h>

#include <sstream>

namespace kiosk {
namespace {

TEST(SessionText, ChoiceAnswersShowTheirLabelsInPlanOrder) {
    MemorySession sink(testing::sample_session());
    ASSERT_TRUE(sink.submit("form.add", {{"id", "f-1"}, {"exercise", "kaart"}}).ok());
    ASSERT_TRUE(sink.submit("form.set", {{"id", "f-1"}, {"field", "verbinding"}, {"value", "interesse,plek"}}).ok());
    ASSERT_TRUE(sink.submit("form.set", {{"id", "f-1"}, {"field", "sterkte"}, {"value", "3"}}).ok());
    std::ostringstream out;
    write_session_text(sink.session(), 3, out);
    const std::string text = out.str();
    EXPECT_NE(text.find("Verbinding: Plek, Interesse"), std::string::npos) << text;
    EXPECT_NE(text.find("Sterkte: Sterk"), std::string::npos) << text;
    EXPECT_EQ(text.find("interesse"), std::string::npos) << text;
    EXPECT_EQ(text.find("Sterkte: 3"), std::string::npos) << text;
}

}  // namespace
}  // namespace kiosk
