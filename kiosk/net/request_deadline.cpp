#include "net/request_deadline.h"

#include <dirent.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace kiosk::net {

namespace {

int port_of(const sockaddr_storage& address) {
    if (address.ss_family == AF_INET) return ntohs(reinterpret_cast<const sockaddr_in&>(address).sin_port);
    if (address.ss_family == AF_INET6) return ntohs(reinterpret_cast<const sockaddr_in6&>(address).sin6_port);
    return -1;
}

/// "ADDRESS:PORT" the way httplib writes remote_addr (getnameinfo, numeric) and remote_port.
std::string peer_of(const sockaddr_storage& address, socklen_t length) {
    char host[NI_MAXHOST];
    if (getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, host, sizeof host, nullptr, 0, NI_NUMERICHOST) != 0)
        return {};
    return std::string(host) + ":" + std::to_string(port_of(address));
}

/// The socket inode `fd` names in /proc/self/fd ("socket:[N]"), or 0 when it is no socket.
ino_t socket_inode(const char* fd_name) {
    char link[64];
    const std::string path = std::string("/proc/self/fd/") + fd_name;
    const ssize_t n = readlink(path.c_str(), link, sizeof link - 1);
    if (n <= 0) return 0;
    link[n] = '\0';
    if (std::strncmp(link, "socket:[", 8) != 0) return 0;
    return static_cast<ino_t>(std::strtoull(link + 8, nullptr, 10));
}

/// The client's address without its port.
std::string address_of(const std::string& peer) { return peer.substr(0, peer.rfind(':')); }

}  // namespace

std::vector<OpenConnection> open_connections(int port) {
    std::vector<OpenConnection> open;
    DIR* dir = opendir("/proc/self/fd");
    if (!dir) return open;
    while (const dirent* entry = readdir(dir)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9') continue;
        const ino_t inode = socket_inode(entry->d_name);
        if (inode == 0) continue;
        const int fd = std::atoi(entry->d_name);
        sockaddr_storage local{}, remote{};
        socklen_t local_length = sizeof local, remote_length = sizeof remote;
        if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_length) != 0) continue;
        if (port_of(local) != port) continue;
        // The listening socket has no peer; neither has a socket being closed.
        if (getpeername(fd, reinterpret_cast<sockaddr*>(&remote), &remote_length) != 0) continue;
        OpenConnection c;
        c.fd = fd;
        c.inode = inode;
        c.peer = peer_of(remote, remote_length);
        if (ioctl(fd, FIONREAD, &c.unread) != 0) c.unread = 0;
        if (!c.peer.empty()) open.push_back(std::move(c));
    }
    closedir(dir);
    return open;
}

bool cut_connection(const OpenConnection& connection) {
    // httplib may close `fd` at any moment and the number be given to another file; the copy
    // keeps whatever it names open, and its inode says whether that is still our socket.
    const int copy = fcntl(connection.fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0) return false;
    struct stat st{};
    const bool same = fstat(copy, &st) == 0 && S_ISSOCK(st.st_mode) && st.st_ino == connection.inode;
    if (same) shutdown(copy, SHUT_RDWR);
    close(copy);
    return same;
}

RequestDeadline::RequestDeadline(std::int64_t deadline_ms, std::int64_t crowd_ms, int per_address)
    : deadline_ms_(deadline_ms), crowd_ms_(crowd_ms), per_address_(per_address) {}

void RequestDeadline::served(const std::string& peer) {
    if (auto it = watched_.find(peer); it != watched_.end()) it->second.served = true;
    else served_early_.insert(peer);
}

std::vector<OpenConnection> RequestDeadline::sweep(const std::vector<OpenConnection>& open, std::int64_t now_ms) {
    std::map<std::string, Watched> next;
    std::vector<const OpenConnection*> timed;  // unserved and timed now
    for (const OpenConnection& c : open) {
        Watched w;
        if (auto it = watched_.find(c.peer); it != watched_.end() && it->second.inode == c.inode) {
            w = it->second;
        } else {
            w.inode = c.inode;
            w.served = served_early_.count(c.peer) > 0;
        }
        if (!w.served) {
            if (c.unread > 0) w.timed_since_ms = -1;
            else if (w.timed_since_ms < 0) w.timed_since_ms = now_ms;
            if (w.timed_since_ms >= 0) timed.push_back(&c);
        }
        next[c.peer] = w;
    }
    served_early_.clear();
    watched_ = std::move(next);

    const auto since = [this](const OpenConnection* c) { return watched_[c->peer].timed_since_ms; };
    std::vector<OpenConnection> cut;
    std::map<std::string, std::vector<const OpenConnection*>> by_address;  // unserved, not yet past the deadline
    std::map<std::string, long> past;  // by address: past the deadline, cut now
    for (const OpenConnection* c : timed) {
        if (now_ms - since(c) >= deadline_ms_) {
            cut.push_back(*c);
            ++past[address_of(c->peer)];
        } else {
            by_address[address_of(c->peer)].push_back(c);
        }
    }
    for (auto& [address, connections] : by_address) {
        // Every unserved connection of the address counts, those cut for the deadline too: each
        // holds a thread until it is closed. Only the oldest extras are cut, and only once they
        // are crowd_ms old, so a burst of quick requests behind one address is left alone.
        const long extra = static_cast<long>(connections.size()) + past[address] - per_address_;
        if (extra <= 0) continue;
        std::sort(connections.begin(), connections.end(),
                  [&](const OpenConnection* a, const OpenConnection* b) { return since(a) < since(b); });
        for (long i = 0; i < extra && i < static_cast<long>(connections.size()); ++i)
            if (now_ms - since(connections[i]) >= crowd_ms_) cut.push_back(*connections[i]);
    }
    for (const OpenConnection& c : cut) watched_.erase(c.peer);
    return cut;
}

}  // namespace kiosk::net
