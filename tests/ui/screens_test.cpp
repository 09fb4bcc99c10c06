#include "ui/screens.h"

#include <gtest/gtest.h>

namespace kiosk::ui {
namespace {

TEST(ScreenMachine, StartsOnTheStartScreen) {
    ScreenMachine m;
    EXPECT_EQ(m.current(), Screen::Start);
}

TEST(ScreenMachine, FollowsTheDayAndRefusesShortcuts) {
    ScreenMachine m;
    EXPECT_FALSE(m.go(Screen::Exercise));  // no exercise without a session
    EXPECT_FALSE(m.go(Screen::Export));
    EXPECT_EQ(m.current(), Screen::Start);
    EXPECT_TRUE(m.go(Screen::Agenda));
    EXPECT_TRUE(m.go(Screen::Exercise));
    EXPECT_TRUE(m.go(Screen::Exercise));
    EXPECT_FALSE(m.go(Screen::Start));  // leave through the agenda
    EXPECT_TRUE(m.go(Screen::Agenda));
    EXPECT_TRUE(m.go(Screen::Export));
    EXPECT_TRUE(m.go(Screen::Start));
}

TEST(ScreenMachine, FacilitatorReturnsWhereItWasOpened) {
    ScreenMachine m;
    m.go(Screen::Agenda);
    m.go(Screen::Exercise);
    EXPECT_TRUE(m.go(Screen::Facilitator));
    EXPECT_FALSE(m.go(Screen::Facilitator));
    EXPECT_FALSE(m.go(Screen::Agenda));  // only back() leaves the console
    EXPECT_TRUE(m.back());
    EXPECT_EQ(m.current(), Screen::Exercise);
    EXPECT_FALSE(m.back());
}

TEST(ScreenMachine, ConsoleSessionActionsLeaveForExportOrStart) {
    ScreenMachine m;
    m.go(Screen::Agenda);
    m.go(Screen::Exercise);
    m.go(Screen::Facilitator);
    EXPECT_TRUE(m.go(Screen::Export));  // "export session notes" from the console
    EXPECT_TRUE(m.go(Screen::Agenda));
    m.go(Screen::Facilitator);
    EXPECT_TRUE(m.go(Screen::Start));   // "finish the session"
}

TEST(ScreenNames, RoundTrip) {
    for (Screen s : all_screens()) {
        Screen parsed = Screen::Start;
        ASSERT_TRUE(parse_screen(screen_name(s), parsed)) << screen_name(s);
        EXPECT_EQ(parsed, s);
    }
    Screen untouched = Screen::Export;
    EXPECT_FALSE(parse_screen("Start", untouched));
    EXPECT_EQ(untouched, Screen::Export);
}

}  // namespace
}  // namespace kiosk::ui

namespace kiosk::ui {
namespace {

TEST(ScreenMachine, TheComparisonIsOpenedFromTheArchiveAndLeftToIt) {
    ScreenMachine m;
    EXPECT_FALSE(m.go(Screen::Compare)) << "two sessions are chosen in the archive";
    EXPECT_TRUE(m.go(Screen::Archive));
    EXPECT_TRUE(m.go(Screen::Compare));
    EXPECT_FALSE(m.go(Screen::Agenda));
    EXPECT_FALSE(m.go(Screen::Start));
    EXPECT_TRUE(m.go(Screen::Archive));
}

TEST(ScreenMachine, TheArchiveIsReachedFromTheStartScreenOnly) {
    ScreenMachine m;
    EXPECT_TRUE(m.go(Screen::Archive));
    EXPECT_FALSE(m.go(Screen::Exercise));  // a session opened from it starts at its agenda
    EXPECT_TRUE(m.go(Screen::Agenda));
    EXPECT_FALSE(m.go(Screen::Archive));
    EXPECT_TRUE(m.go(Screen::Start));
    EXPECT_TRUE(m.go(Screen::Archive));
    EXPECT_TRUE(m.go(Screen::Start));
}

}  // namespace
}  // namespace kiosk::ui
