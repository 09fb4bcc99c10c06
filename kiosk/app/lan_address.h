// The address phones in the room reach the kiosk at (issue 12): an IPv4 address of this machine
// on the room's network, never a ".local" name (many phones cannot resolve those).
#pragma once

#include <string>
#include <vector>

namespace kiosk::app {

/// One IPv4 address of a network interface that is up, e.g. {"wlan0", "192.168.1.23"}.
struct InterfaceAddress {
    std::string interface;
    std::string ip;
};

/// The IPv4 addresses of this machine's interfaces that are up (getifaddrs), in the system's
/// order; loopback included. Empty when none can be read.
std::vector<InterfaceAddress> interface_addresses();

/// The address to put in the phones' URL for a server bound to `bound`: `bound` itself when it
/// is one address (e.g. 127.0.0.1 in tests); for "0.0.0.0", the first private-range address
/// (10/8, 172.16/12, 192.168/16), else the first that is not loopback or link-local (169.254/16),
/// else "" (no network: the console says so). Pure, so the choice is tested over lists.
std::string phone_address(const std::string& bound, const std::vector<InterfaceAddress>& interfaces);

}  // namespace kiosk::app
