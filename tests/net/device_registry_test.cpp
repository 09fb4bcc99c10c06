// DeviceRegistry: the room limit, streams per device (the oldest displaced), presence.
#include "net/device_registry.h"

#include <gtest/gtest.h>

#include <string>

namespace kiosk::net {
namespace {

TEST(DeviceRegistry, CountsDevicesNotStreams) {
    DeviceRegistry r(60, 2);
    StreamAdmission a = r.open("p-a");
    EXPECT_TRUE(a.presence_changed);
    StreamAdmission a2 = r.open("p-a");
    EXPECT_FALSE(a2.presence_changed);
    EXPECT_EQ(r.devices(), 1);
    EXPECT_EQ(r.streams(), 2);
    EXPECT_NE(a.stream, a2.stream);
    EXPECT_NE(a.stream, 0u);
}

TEST(DeviceRegistry, AThirdStreamDisplacesTheOldest) {
    DeviceRegistry r(60, 2);
    StreamId first = r.open("p-a").stream;
    StreamId second = r.open("p-a").stream;
    StreamAdmission third = r.open("p-a");
    EXPECT_EQ(third.displaced, first);
    EXPECT_FALSE(r.is_open(first));
    EXPECT_TRUE(r.is_open(second));
    EXPECT_TRUE(r.is_open(third.stream));
    EXPECT_EQ(r.streams(), 2);
    // The displaced stream's own end later changes nothing.
    EXPECT_FALSE(r.close(first));
    EXPECT_EQ(r.devices(), 1);
}

TEST(DeviceRegistry, TheDeviceAfterTheLimitIsRefusedButKnownDevicesAreNot) {
    DeviceRegistry r(3, 2);
    for (int i = 0; i < 3; ++i) ASSERT_FALSE(r.open("p-" + std::to_string(i)).room_full);
    StreamAdmission refused = r.open("p-new");
    EXPECT_TRUE(refused.room_full);
    EXPECT_EQ(refused.stream, 0u);
    EXPECT_EQ(r.devices(), 3);
    EXPECT_FALSE(r.open("p-1").room_full);  // a second tab of a phone in the room
}

TEST(DeviceRegistry, ClosingTheLastStreamFreesTheSeat) {
    DeviceRegistry r(1, 2);
    StreamId a1 = r.open("p-a").stream;
    StreamId a2 = r.open("p-a").stream;
    EXPECT_FALSE(r.close(a1));  // a2 still open
    EXPECT_TRUE(r.open("p-b").room_full);
    EXPECT_TRUE(r.close(a2));
    EXPECT_EQ(r.devices(), 0);
    EXPECT_FALSE(r.open("p-b").room_full);
    EXPECT_FALSE(r.close(12345));  // never given out
}

}  // namespace
}  // namespace kiosk::net
