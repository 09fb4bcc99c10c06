// A deadline for a whole request, in front of httplib's pool (issue 12: "slow or half-open
// connections timed out so they cannot hold the pool"). httplib 0.11 times each read (5 s), not a
// request: a client that sends one header line every 2 s holds a pool thread for as long as it
// likes, and a room's worth of such clients locks every phone out. This watches the server's
// accepted sockets from outside httplib and cuts (shutdown) those that hold a thread too long.
//
// What is timed: a connection from the moment it is first seen until a handler says it was served
// (RequestDeadline::served), and only while nothing it sent waits unread — a request that came
// whole and waits in httplib's queue for a free thread holds none, so it is not cut for the
// kiosk's own slowness. Event streams and POSTs waiting for the app are served: never cut here.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kiosk::net {

/// One accepted connection of our server, as the kernel sees it now.
struct OpenConnection {
    int fd = -1;          ///< its descriptor in this process (may be closed and reused any time)
    ino_t inode = 0;      ///< the socket's inode: which socket `fd` was when it was read
    std::string peer;     ///< "ADDRESS:PORT" of the client, as httplib's remote_addr:remote_port
    int unread = 0;       ///< bytes received and not yet read by the server (FIONREAD)
};

/// The accepted TCP connections in this process whose local port is `port` (listening sockets
/// excluded), read from /proc/self/fd. Empty when /proc cannot be read.
std::vector<OpenConnection> open_connections(int port);

/// Shuts `connection` down for reading and writing, so the httplib thread on it sees the end
/// and closes it. Safe against a descriptor closed and reused since it was read: it acts on a
/// duplicate whose inode it checks first. False when the socket is already gone.
bool cut_connection(const OpenConnection& connection);

/// The policy: which connections to cut. No I/O, no clock of its own (times are passed in,
/// milliseconds on a steady clock), so tests drive it directly. Not thread-safe: the server calls
/// it under its own mutex.
class RequestDeadline {
public:
    /// `deadline_ms`: the longest a request may take to arrive whole (PROTOCOL.md: 5 s).
    /// `crowd_ms`, `per_address`: an address with more than `per_address` unserved connections
    /// loses its oldest extras at once, each as soon as it is `crowd_ms` old — many phones share no address on a
    /// LAN, and one client opening connections faster than the deadline cuts them must not fill
    /// the pool in the meantime.
    explicit RequestDeadline(std::int64_t deadline_ms = 5000, std::int64_t crowd_ms = 1000, int per_address = 8);

    /// The connection from `peer` ("ADDRESS:PORT") got to a handler: it is no longer timed.
    void served(const std::string& peer);

    /// Looks at the connections open now (`open`, from open_connections) at `now_ms` and returns
    /// those to cut. Forgets connections that are gone.
    std::vector<OpenConnection> sweep(const std::vector<OpenConnection>& open, std::int64_t now_ms);

private:
    struct Watched {
        ino_t inode = 0;
        std::int64_t timed_since_ms = -1;  ///< -1: not timed now (unread bytes wait in the queue)
        bool served = false;
    };
    std::int64_t deadline_ms_, crowd_ms_;
    int per_address_;
    std::map<std::string, Watched> watched_;  ///< by peer
    std::set<std::string> served_early_;      ///< served before a sweep first saw them
};

}  // namespace kiosk::net
