// The table's on-screen notices about monitors named on the command line that are not there
// (issue 14: these reached only the log), over scripted monitor lists: Xvfb cannot hot-plug.
#include "app/monitor_notices.h"

#include "core/i18n.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using platform::MonitorInfo;
using platform::ProjectorSpec;

std::vector<MonitorInfo> two_monitors() {
    return {{"eDP-1", 0, 0, 1920, 1080, true}, {"HDMI-1", 1920, 0, 1280, 720, false}};
}
ProjectorSpec on_monitor(const std::string& name) { return {ProjectorSpec::Kind::Monitor, name, 0, 0}; }

TEST(MonitorNotices, EverythingWhereItWasAskedSaysNothing) {
    const LanguageScope english(nullptr);
    EXPECT_TRUE(app::monitor_notices("", ProjectorSpec{}, two_monitors()).empty());
    EXPECT_TRUE(app::monitor_notices("eDP", on_monitor("HDMI"), two_monitors()).empty());
    EXPECT_TRUE(app::monitor_notices("1", on_monitor("2"), two_monitors()).empty());
    EXPECT_TRUE(app::monitor_notices("", ProjectorSpec{ProjectorSpec::Kind::Windowed, "", 800, 600}, two_monitors()).empty());
}

TEST(MonitorNotices, AMissingTableMonitorNamesWhereTheKioskIsInstead) {
    const LanguageScope english(nullptr);
    const auto notes = app::monitor_notices("DP-3", ProjectorSpec{}, two_monitors());
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_NE(notes[0].find("\"DP-3\""), std::string::npos) << notes[0];
    EXPECT_NE(notes[0].find("\"eDP-1\""), std::string::npos) << notes[0];
    EXPECT_EQ(app::monitor_notices("3", ProjectorSpec{}, two_monitors()).size(), 1u);  // by number too
}

TEST(MonitorNotices, AMissingProjectorMonitorIsSaidUntilItIsPluggedIn) {
    const LanguageScope english(nullptr);
    const std::vector<MonitorInfo> alone = {two_monitors()[0]};
    const auto notes = app::monitor_notices("", on_monitor("HDMI"), alone);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_NE(notes[0].find("\"HDMI\" is not connected"), std::string::npos) << notes[0];
    EXPECT_TRUE(app::monitor_notices("", on_monitor("HDMI"), two_monitors()).empty());  // plugged in
}

TEST(MonitorNotices, AProjectorOnTheTablesOwnMonitorIsSaid) {
    const LanguageScope english(nullptr);
    const auto notes = app::monitor_notices("", on_monitor("eDP"), two_monitors());
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_NE(notes[0].find("table's own"), std::string::npos) << notes[0];
}

TEST(MonitorNotices, BothMissingGiveTwoNoticesAndNoMonitorListGivesNone) {
    const LanguageScope english(nullptr);
    EXPECT_EQ(app::monitor_notices("DP-3", on_monitor("DP-4"), two_monitors()).size(), 2u);
    EXPECT_TRUE(app::monitor_notices("DP-3", on_monitor("DP-4"), {}).empty());
}

TEST(MonitorNotices, InDutch) {
    const Languages languages({KIOSK_BUILD_LOCALE_DIR});
    const LanguageScope dutch(&languages.get("nl"));
    const auto notes = app::monitor_notices("DP-3", on_monitor("HDMI-2"), two_monitors());
    ASSERT_EQ(notes.size(), 2u);
    EXPECT_EQ(notes[0], "Scherm „DP-3” is niet aangesloten, dus de kiosk staat op „eDP-1”. Hij gaat erheen zodra het "
                        "scherm aangesloten is.");
    EXPECT_EQ(notes[1], "Het projectorscherm „HDMI-2” is niet aangesloten. De projector verschijnt zodra het aangesloten is.");
}

}  // namespace
}  // namespace kiosk
