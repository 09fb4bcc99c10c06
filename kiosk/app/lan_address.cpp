#include "app/lan_address.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <cstdint>

namespace kiosk::app {
namespace {

/// The address as a number in host order, or 0 when `ip` is not dotted IPv4.
std::uint32_t ipv4(const std::string& ip) {
    in_addr a{};
    if (inet_pton(AF_INET, ip.c_str(), &a) != 1) return 0;
    return ntohl(a.s_addr);
}

bool is_private(std::uint32_t a) {
    return (a >> 24) == 10 || (a >> 20) == ((172u << 4) | 1u) || (a >> 16) == ((192u << 8) | 168u);
}
bool is_loopback(std::uint32_t a) { return (a >> 24) == 127; }
bool is_link_local(std::uint32_t a) { return (a >> 16) == ((169u << 8) | 254u); }

}  // namespace

std::vector<InterfaceAddress> interface_addresses() {
    std::vector<InterfaceAddress> out;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return out;
    for (const ifaddrs* i = list; i; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET || !(i->ifa_flags & IFF_UP)) continue;
        char text[INET_ADDRSTRLEN] = {};
        const auto* in = reinterpret_cast<const sockaddr_in*>(i->ifa_addr);
        if (!inet_ntop(AF_INET, &in->sin_addr, text, sizeof text)) continue;
        out.push_back({i->ifa_name ? i->ifa_name : "", text});
    }
    freeifaddrs(list);
    return out;
}

std::string phone_address(const std::string& bound, const std::vector<InterfaceAddress>& interfaces) {
    if (ipv4(bound) != 0) return bound;
    for (const auto& i : interfaces)
        if (is_private(ipv4(i.ip))) return i.ip;
    for (const auto& i : interfaces) {
        const std::uint32_t a = ipv4(i.ip);
        if (a != 0 && !is_loopback(a) && !is_link_local(a)) return i.ip;
    }
    return "";
}

}  // namespace kiosk::app
