// The kiosk's HTTP server for participants' phones (issue 12; the protocol: PROTOCOL.md beside
// this file). cpp-httplib 0.11 from Debian, with a pool sized for a room (its default of 8
// threads hangs the ninth phone, PLATFORM-NOTES.md). The server never reads the Session: the app
// publishes what phones may see (core/phone_view.h) after each change, and phone actions go into
// the app's ActionQueue as Source::Phone, applied between frames like every other source.
#pragma once

#include "core/action_queue.h"
#include "core/phone_view.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace kiosk::net {

/// Every limit of the server; the defaults are the room's (PROTOCOL.md).
struct PhoneServerOptions {
    std::string address = "0.0.0.0";  ///< where to listen; tests use 127.0.0.1
    int port = 0;                     ///< 0: a free port (tests), read back with port()
    int threads = 128;                ///< the pool: 60 streams and the requests beside them
    int max_devices = 60;             ///< devices with an open stream; the next gets room_full
    int streams_per_device = 2;       ///< a further stream closes the device's oldest
    int actions_per_minute = 30;      ///< per device; more gets rate_limited
    std::size_t max_body_bytes = 64 * 1024;  ///< larger gets 413 too_large
    int read_timeout_s = 5;           ///< a client that sends nothing for this long is closed
    int write_timeout_s = 5;          ///< ... or that reads nothing
    int ping_interval_s = 5;          ///< a comment line on each stream, so dead ones are noticed soon
    int apply_timeout_ms = 5000;      ///< how long a POST waits for the app to apply its action
    /// The longest a request may take to arrive whole, however slowly it trickles in; then its
    /// connection is cut (net/request_deadline.h). The read timeout alone restarts with each byte.
    int request_deadline_ms = 5000;
    std::string page;                 ///< the phone page (HTML), served at / and /j/CODE
};

/// The device id shown and stored for a phone's secret token: "p-" + the first 10 hex digits of
/// BLAKE2b(token) (libsodium crypto_generichash). The same token always gives the same id.
std::string device_id(const std::string& token);

/// A new random join code: 6 decimal digits (libsodium randombytes_uniform).
std::string new_join_code();

class PhoneServer {
public:
    /// `queue` (where phone actions go, as Source::Phone) must outlive the server.
    PhoneServer(PhoneServerOptions options, ActionQueue& queue);
    /// Stops the server (stop()).
    ~PhoneServer();
    PhoneServer(const PhoneServer&) = delete;
    PhoneServer& operator=(const PhoneServer&) = delete;

    /// Starts listening on a thread of its own. False with `error` (English, for the log; the
    /// console says "phones cannot join: …") when the address or port cannot be bound.
    bool start(std::string& error);
    /// Closes every stream and the port; returns once no server thread runs. Idempotent.
    void stop();
    bool listening() const;
    /// The port listened on (the chosen one when options.port was 0); 0 when not listening.
    int port() const;

    /// Sets the join code (new_join_code()); streams opened with another code get `event: code`
    /// and are closed. Thread-safe.
    void set_code(std::string code);
    std::string code() const;

    /// What phones may see now: sent to every open stream as `event: state` (each its own ME)
    /// when it differs from what that stream got last. Thread-safe; returns at once (the
    /// streams' own threads write).
    void publish(const PhoneView& view);

    /// Devices with an open stream now. Thread-safe.
    int connected() const;
    /// Called (on a server thread) when connected() changed, e.g. Backend::wake so the table
    /// and projector show the new count. Set before start().
    void set_on_presence(std::function<void()> changed);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk::net
