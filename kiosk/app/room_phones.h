// Participants' phones in the room (issue 12): the phone server switched on and off by the
// facilitator, its join code (one per session, kept across a restart), its URL, and what phones may see,
// published after each change of the open session. The server's own threads never read the
// Session: this class builds the phones' view on the UI thread (core/phone_view.h).
#pragma once

#include "core/action_queue.h"
#include "core/session.h"
#include "ui/phones_info.h"

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

    /// Where each session's join code is kept, so that a kiosk restarted after a crash (or a
    /// session resumed after lunch) takes the room's phones back without a new code to type.
    /// Either may be empty: then every session gets a new code for this run only.
    struct CodeMemory {
        /// The code kept for session `id`, or "".
        std::function<std::string(const std::string& id)> recall;
        /// Keeps `code` as session `id`'s.
        std::function<void(const std::string& id, const std::string& code)> keep;
    };

    /// `queue` takes the phones' actions; `wake` (may be empty) is called from server threads
    /// when the number of connected phones changes. Both must outlive this object. Off until
    /// set_on(true).
    RoomPhones(ActionQueue& queue, std::function<void()> wake, Settings settings, CodeMemory memory = {});
    ~RoomPhones();
    RoomPhones(const RoomPhones&) = delete;
    RoomPhones& operator=(const RoomPhones&) = delete;

    /// Opens or closes the port. Opening logs "phones join at URL"; when no port can be bound,
    /// stays off and error() says why (English, as the system said it). Returns on().
    bool set_on(bool on);
    bool on() const;
    /// Why the last set_on(true) failed, or "" (translated for the console).
    const std::string& error() const { return error_; }

    /// A new join code for the open session (kept in the CodeMemory): phones with the old one
    /// are asked for the new one.
    void renew_code();
    const std::string& code() const { return code_; }
    /// http://IP:PORT/j/CODE while on (IP from lan_address.h), else "". Empty IP (no network):
    /// the loopback address, and no_network() is true.
    std::string url() const;
    bool no_network() const { return no_network_; }
    /// Phones with an open connection now (0 while off).
    int connected() const;

    /// Called between frames with the open session (nullptr: none) after the queue's drain:
    /// `changed` when actions were applied. A session opened takes its kept code, or, when it
    /// has none, the code shown so far if no other session had it, else a new one (the phones of
    /// the last session do not carry over by accident). While on, the phones' view is
    /// published when the session changed (the countdown needs no more: each event says how old
    /// its view is, PROTOCOL.md), as of `now` (both clocks: core/timer.h's rule for time).
    void follow(const Session* session, const ClockReading& now, bool changed);

    /// What the console, the table and the projector show of phones now, for `session` (the open
    /// one, or nullptr): the switch, URL, code and its QR code (made once per URL), presence,
    /// hand-ins of the current writing exercise, approval and waiting notes, and error().
    const ui::PhonesInfo& info(const Session* session);

private:
    void publish(const Session* session, const ClockReading& now);
    void take_code_for(const std::string& session);
    void set_code(std::string code);
    ActionQueue* queue_;
    std::function<void()> wake_;
    Settings settings_;
    std::unique_ptr<net::PhoneServer> server_;
    std::string code_;
    CodeMemory memory_;
    std::string session_;        ///< the session open at the last follow()
    std::string code_session_;   ///< the session code_ belongs to ("": none yet)
    std::string host_;           ///< the address in the URL
    bool no_network_ = false;
    bool published_ = false;     ///< the running server has had a view
    ui::PhonesInfo info_;        ///< the last info(); its QR code is remade only for a new URL
    std::string error_;
};

}  // namespace kiosk::app
