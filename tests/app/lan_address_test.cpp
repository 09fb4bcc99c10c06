#include "app/lan_address.h"

#include <gtest/gtest.h>

namespace kiosk::app {
namespace {

TEST(LanAddress, AnAddressTheServerIsBoundToIsTheOneInTheUrl) {
    EXPECT_EQ(phone_address("127.0.0.1", {{"wlan0", "192.168.1.23"}}), "127.0.0.1");
    EXPECT_EQ(phone_address("10.0.0.5", {}), "10.0.0.5");
}

TEST(LanAddress, ListeningEverywhereTheRoomsPrivateNetworkComesFirst) {
    const std::vector<InterfaceAddress> interfaces = {
        {"lo", "127.0.0.1"}, {"docker0", "169.254.3.1"}, {"eth1", "145.97.12.4"}, {"wlan0", "192.168.178.40"}};
    EXPECT_EQ(phone_address("0.0.0.0", interfaces), "192.168.178.40");
    EXPECT_EQ(phone_address("0.0.0.0", {{"lo", "127.0.0.1"}, {"ap0", "10.42.0.1"}}), "10.42.0.1");
    EXPECT_EQ(phone_address("0.0.0.0", {{"lo", "127.0.0.1"}, {"en0", "172.20.1.9"}}), "172.20.1.9");
}

TEST(LanAddress, OnlyTheEdgesOf172Point16Slash12ArePrivate) {
    EXPECT_EQ(phone_address("0.0.0.0", {{"a", "172.15.0.1"}, {"b", "172.31.255.1"}}), "172.31.255.1");
    EXPECT_EQ(phone_address("0.0.0.0", {{"a", "172.32.0.1"}}), "172.32.0.1");  // public, but the only one
}

TEST(LanAddress, WithoutAPrivateNetworkAnyRoutableAddressElseNone) {
    EXPECT_EQ(phone_address("0.0.0.0", {{"lo", "127.0.0.1"}, {"eth0", "145.97.12.4"}}), "145.97.12.4");
    EXPECT_EQ(phone_address("0.0.0.0", {{"lo", "127.0.0.1"}, {"usb0", "169.254.7.7"}}), "");
    EXPECT_EQ(phone_address("0.0.0.0", {}), "");
}

TEST(LanAddress, TheMachinesOwnListHasItsLoopback) {
    bool loopback = false;
    for (const auto& i : interface_addresses()) loopback = loopback || i.ip == "127.0.0.1";
    EXPECT_TRUE(loopback);
}

}  // namespace
}  // namespace kiosk::app
