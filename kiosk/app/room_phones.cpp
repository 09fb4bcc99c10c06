#include "app/room_phones.h"

#include "app/lan_address.h"
#include "core/i18n.h"
#include "core/phone_view.h"
#include "core/privacy.h"
#include "net/phone_page/phone_page.h"
#include "net/phone_server.h"

#include <fmt/format.h>

#include <cstdio>
#include <set>

namespace kiosk::app {
namespace {

void log_line(const std::string& line) { std::fprintf(stderr, "kiosk: %s\n", line.c_str()); }

/// How many ports after the asked one are tried before any free one.
constexpr int kPortsToTry = 10;

}  // namespace

/// A code as new_join_code() makes them: anything else kept (a damaged record) is not used.
bool is_join_code(const std::string& code) {
    return code.size() == 6 && code.find_first_not_of("0123456789") == std::string::npos;
}

RoomPhones::RoomPhones(ActionQueue& queue, std::function<void()> wake, Settings settings, CodeMemory memory)
    : queue_(&queue), wake_(std::move(wake)), settings_(std::move(settings)), code_(net::new_join_code()),
      memory_(std::move(memory)) {}

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

void RoomPhones::set_code(std::string code) {
    code_ = std::move(code);
    code_session_ = session_;
    if (server_) server_->set_code(code_);
    if (!session_.empty() && memory_.keep) memory_.keep(session_, code_);
}

void RoomPhones::renew_code() {
    set_code(net::new_join_code());
    log_line(on() ? "new join code: phones join at " + url() : std::string("new join code"));
}

void RoomPhones::take_code_for(const std::string& session) {
    session_ = session;
    if (session.empty()) return;  // between sessions the last code stays on screen
    std::string kept = memory_.recall ? memory_.recall(session) : std::string();
    if (is_join_code(kept)) {
        const bool other = kept != code_;
        set_code(std::move(kept));
        if (other) {
            // The URL logged at start held the code drawn before the session was known; the
            // one phones can use from now on is logged again, as the last "phones join at".
            log_line("join code of session " + session + " kept from before");
            if (on()) log_line("phones join at " + url());
        }
    } else if (code_session_.empty() || code_session_ == session) {
        set_code(code_);  // the code shown before any session: it becomes this one's
    } else {
        renew_code();
    }
}

std::string RoomPhones::url() const {
    if (!on()) return "";
    return fmt::format("http://{}:{}/j/{}", host_, server_->port(), code_);
}

void RoomPhones::follow(const Session* session, const ClockReading& now, bool changed) {
    const std::string id = session ? session->id : std::string();
    if (id != session_) {
        take_code_for(id);
        changed = true;
    }
    if (on() && (changed || !published_)) publish(session, now);
}

const ui::PhonesInfo& RoomPhones::info(const Session* session) {
    const std::string now_url = url();
    if (now_url != info_.url) {
        info_.qr = now_url.empty() ? ui::QrCode{} : ui::make_qr_code(now_url);
        info_.url = now_url;
    }
    info_.on = on();
    info_.code = on() ? code_ : std::string();
    info_.connected = connected();
    info_.error = error_;
    info_.writing = false;
    info_.handed_in = 0;
    info_.waiting = 0;
    info_.approval = session && session->phone_approval;
    const Exercise* ex = session ? session->current_exercise() : nullptr;
    if (ex && ex->kind == ExerciseKind::Writing) {
        info_.writing = true;
        // Phones that handed in, each once (the phone rules allow one vision per phone).
        std::set<std::string> phones;
        for (const Vision* v : visions_of(*session, ex->id))
            if (is_phone_device(v->seat)) phones.insert(v->seat);
        info_.handed_in = static_cast<int>(phones.size());
    }
    if (ex && ex->kind == ExerciseKind::Board) info_.waiting = waiting_notes(*session, ex->id);
    return info_;
}

void RoomPhones::publish(const Session* session, const ClockReading& now) {
    server_->publish(phone_view(session, now));
    published_ = true;
}

}  // namespace kiosk::app
