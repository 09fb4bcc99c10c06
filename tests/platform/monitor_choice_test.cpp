#include "platform/monitor_choice.h"

#include <gtest/gtest.h>

namespace kiosk::platform {
namespace {

const std::vector<std::string> kMonitors = {"eDP-1", "HDMI-1 BenQ Projector", "DP-2"};

TEST(ChooseMonitor, EmptyMeansPrimary) { EXPECT_EQ(choose_monitor(kMonitors, ""), -1); }

TEST(ChooseMonitor, NumbersCountFromOne) {
    EXPECT_EQ(choose_monitor(kMonitors, "1"), 0);
    EXPECT_EQ(choose_monitor(kMonitors, "3"), 2);
    EXPECT_EQ(choose_monitor(kMonitors, "0"), -1);
    EXPECT_EQ(choose_monitor(kMonitors, "4"), -1);
    EXPECT_EQ(choose_monitor(kMonitors, "99999999999"), -1);
}

TEST(ChooseMonitor, NameSubstringIgnoresCase) {
    EXPECT_EQ(choose_monitor(kMonitors, "projector"), 1);
    EXPECT_EQ(choose_monitor(kMonitors, "DP-2"), 2);
    EXPECT_EQ(choose_monitor(kMonitors, "VGA"), -1);
    EXPECT_EQ(choose_monitor({}, "1"), -1);
}

TEST(ParseSize, AcceptsWidthByHeight) {
    int w = 0, h = 0;
    ASSERT_TRUE(parse_size("1920x1080", w, h));
    EXPECT_EQ(w, 1920);
    EXPECT_EQ(h, 1080);
    ASSERT_TRUE(parse_size("1024X768", w, h));
    EXPECT_EQ(w, 1024);
}

TEST(ParseSize, RefusesNonsenseAndLeavesOutputsAlone) {
    int w = 7, h = 7;
    for (const char* bad : {"", "1920", "x1080", "1920x", "-1x5", "1920x1080x24", "10x10", "99999x99999"})
        EXPECT_FALSE(parse_size(bad, w, h)) << bad;
    EXPECT_EQ(w, 7);
    EXPECT_EQ(h, 7);
}

}  // namespace
}  // namespace kiosk::platform
