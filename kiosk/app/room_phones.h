// Participants' phones in the room (issue 12): the phone server switched on and off by the
// facilitator, its join code (a new one for each session), its URL, and what phones may see,
// published after each change of the open session. The server's own threads never read the
// Session: this class builds the phones' view on the UI thread (core/phone_view.h).
#pragma once

#include "core/action_queue.h"
#include "core/session.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace kiosk::net {
class PhoneServer;
}

namespace kiosk::app {

class RoomPhones {
public:
    /// Where phones connect. The port is tried first, then the nine after it (another program
    /// may hold it), then any free one.
    struct Settings {
        std::string address = "0.0.0.0";  ///< --phones-address; tests use 127.0.0.1
        int port = 8080;                   ///< --phones PORT; 0: any free port
    };

    /// `queue` takes the phones' actions; `wake` (may be empty) is called from server threads
    /// when the number of connected phones changes. Both must outlive this object. Off until
    /// set_on(true).
    RoomPhones(ActionQueue& queue, std::function<void()> wake, Settings settings);
    ~RoomPhones();
    RoomPhones(const RoomPhones&) = delete;
    RoomPhones& operator=(const RoomPhones&) = delete;

    /// Opens or closes the port. Opening logs "phones join at URL"; when no port can be bound,
    /// stays off and error() says why (English, as the system said it). Returns on().
    bool set_on(bool on);
    bool on() const;
    /// Why the last set_on(true) failed, or "" (translated for the console).
    const std::string& error() const { return error_; }

    /// A new join code: phones with the old one are asked for the new one.
    void renew_code();
    const std::string& code() const { return code_; }
    /// http://IP:PORT/j/CODE while on (IP from lan_address.h), else "". Empty IP (no network):
    /// the loopback address, and no_network() is true.
    std::string url() const;
    bool no_network() const { return no_network_; }
    /// Phones with an open connection now (0 while off).
    int connected() const;

    /// Called between frames with the open session (nullptr: none) after the queue's drain:
    /// `changed` when actions were applied. A new session gets a new code; the phones' view is
    /// published when the session changed (the countdown needs no more: each event says how old
    /// its view is, PROTOCOL.md).
    void follow(const Session* session, std::int64_t now_ms, bool changed);

private:
    void publish(const Session* session, std::int64_t now_ms);
    ActionQueue* queue_;
    std::function<void()> wake_;
    Settings settings_;
    std::unique_ptr<net::PhoneServer> server_;
    std::string code_;
    std::string session_;        ///< the session the code belongs to
    std::string host_;           ///< the address in the URL
    bool no_network_ = false;
    bool published_ = false;     ///< the running server has had a view
    std::string error_;
};

}  // namespace kiosk::app
