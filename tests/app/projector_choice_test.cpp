// The console's choice of the projector's monitor (issue 11, "projector on/off, which monitor"):
// which monitors are offered, and which one a spec puts the projector on.
#include "app/projector_choice.h"

#include <gtest/gtest.h>

namespace kiosk::app {
namespace {

platform::MonitorInfo monitor(const std::string& name, int x, bool table = false) {
    platform::MonitorInfo m;
    m.name = name;
    m.x = x;
    m.width_px = 1920;
    m.height_px = 1080;
    m.table = table;
    return m;
}

const std::vector<platform::MonitorInfo> kRoom = {monitor("eDP-1", 0, true), monitor("HDMI-1", 1920),
                                                  monitor("DP-2", 3840)};

TEST(ProjectorChoice, EveryMonitorButTheTablesIsOfferedNumberedInGlfwOrder) {
    const auto choices = projector_choices(kRoom, platform::ProjectorSpec{});
    ASSERT_EQ(choices.size(), 2u);
    EXPECT_EQ(choices[0].number, 2);
    EXPECT_EQ(choices[0].name, "HDMI-1");
    EXPECT_EQ(choices[1].number, 3);
    EXPECT_EQ(choices[1].name, "DP-2");
}

TEST(ProjectorChoice, TheTableOnALaterMonitorKeepsTheOthersNumbers) {
    const std::vector<platform::MonitorInfo> room = {monitor("HDMI-1", 0), monitor("eDP-1", 1920, true)};
    const auto choices = projector_choices(room, platform::ProjectorSpec{});
    ASSERT_EQ(choices.size(), 1u);
    EXPECT_EQ(choices[0].number, 1);
    EXPECT_EQ(choices[0].name, "HDMI-1");
}

TEST(ProjectorChoice, NothingToChooseWithOneMonitorOrAWindow) {
    EXPECT_TRUE(projector_choices({monitor("eDP-1", 0, true)}, platform::ProjectorSpec{}).empty());
    platform::ProjectorSpec windowed;
    windowed.kind = platform::ProjectorSpec::Kind::Windowed;
    windowed.width_px = 1280;
    windowed.height_px = 720;
    EXPECT_TRUE(projector_choices(kRoom, windowed).empty()) << "--projector-windowed: only on and off";
}

TEST(ProjectorChoice, TheChosenNumberIsTheMonitorTheSpecNames) {
    EXPECT_EQ(projector_monitor_named(kRoom, projector_on_monitor(3)), 3);
    platform::ProjectorSpec by_name;
    by_name.kind = platform::ProjectorSpec::Kind::Monitor;
    by_name.monitor = "hdmi";
    EXPECT_EQ(projector_monitor_named(kRoom, by_name), 2) << "as --projector NAME matches it";
    EXPECT_EQ(projector_monitor_named(kRoom, projector_on_monitor(1)), 0) << "the table's monitor is no projector";
    EXPECT_EQ(projector_monitor_named(kRoom, projector_on_monitor(4)), 0) << "not plugged in";
    EXPECT_EQ(projector_monitor_named(kRoom, platform::ProjectorSpec{}), 0);
}

TEST(ProjectorChoice, NumberZeroIsOff) {
    EXPECT_EQ(projector_on_monitor(0).kind, platform::ProjectorSpec::Kind::None);
    const platform::ProjectorSpec two = projector_on_monitor(2);
    EXPECT_EQ(two.kind, platform::ProjectorSpec::Kind::Monitor);
    EXPECT_EQ(two.monitor, "2");
}

}  // namespace
}  // namespace kiosk::app
