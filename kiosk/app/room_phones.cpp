#include "app/room_phones.h"

#include "app/lan_address.h"
#include "core/i18n.h"
#include "core/phone_view.h"
#include "net/phone_page/phone_page.h"
#include "net/phone_server.h"

#include <fmt/format.h>

#include <cstdio>

namespace kiosk::app {
namespace {

void log_line(const std::string& line) { std::fprintf(stderr, "kiosk: %s\n", line.c_str()); }

/// How many ports after the asked one are tried before any free one.
constexpr int kPortsToTry = 10;

}  // namespace

RoomPhones::RoomPhones(ActionQueue& queue, std::function<void()> wake, Settings settings)
    : queue_(&queue), wake_(std::move(wake)), settings_(std::move(settings)), code_(net::new_join_code()) {}

RoomPhones::~RoomPhones() = default;

bool RoomPhones::on() const { return server_ && server_->listening(); }

int RoomPhones::connected() const { return on() ? server_->connected() : 0; }

bool RoomPhones::set_on(bool wanted) {
    if (wanted == on()) return on();
    if (!wanted) {
        server_->stop();
        server_.reset();
        log_line("phones off");
        return false;
    }
    error_.clear();
    std::string why;
    // The asked port, the ones after it, then any: a facilitator who switches phones on should
    // get them on, even when another program holds the usual port.
    for (int i = 0; i <= kPortsToTry; ++i) {
        net::PhoneServerOptions options;
        options.address = settings_.address;
        options.port = settings_.port == 0 || i == kPortsToTry ? 0 : settings_.port + i;
        options.page = std::string(net::phone_page());
        auto server = std::make_unique<net::PhoneServer>(std::move(options), *queue_);
        server->set_on_presence(wake_);
        server->set_code(code_);
        if (server->start(why)) {
            server_ = std::move(server);
            break;
        }
        if (settings_.port == 0) break;
    }
    if (!server_) {
        error_ = fmt::format(fmt::runtime(tr("Phones cannot join: {}")), why);
        log_line("phones cannot join: " + why);
        return false;
    }
    host_ = phone_address(settings_.address, interface_addresses());
    no_network_ = host_.empty();
    if (no_network_) host_ = "127.0.0.1";
    published_ = false;  // the open session's view goes out on the next follow()
    log_line("phones join at " + url());
    if (no_network_) log_line("no network found: only this machine can reach the phone page");
    return true;
}

void RoomPhones::renew_code() {
    code_ = net::new_join_code();
    if (server_) server_->set_code(code_);
    log_line(on() ? "new join code: phones join at " + url() : std::string("new join code"));
}

std::string RoomPhones::url() const {
    if (!on()) return "";
    return fmt::format("http://{}:{}/j/{}", host_, server_->port(), code_);
}

void RoomPhones::follow(const Session* session, std::int64_t now_ms, bool changed) {
    if (!on()) return;
    const std::string id = session ? session->id : std::string();
    if (id != session_) {
        // A new session, a new code: the phones of the last one do not carry over by accident.
        if (!session_.empty() && !id.empty()) renew_code();
        session_ = id;
        changed = true;
    }
    if (changed || !published_) publish(session, now_ms);
}

void RoomPhones::publish(const Session* session, std::int64_t now_ms) {
    server_->publish(phone_view(session, now_ms));
    published_ = true;
}

}  // namespace kiosk::app
