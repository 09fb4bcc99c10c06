// The phones' server: cpp-httplib wiring of PROTOCOL.md. The one file that includes httplib.h.
//
// Threads: httplib's listener runs on `listener`, each connection on a thread of its pool
// (options.threads). Every shared thing — the code, the published view, the device registry, the
// rate limit, each stream's state — is under Impl::mutex. publish() and set_code() bump a
// generation and wake every stream's thread through one condition variable; each stream then
// writes what it has not sent yet, outside the lock (a write may wait for a slow phone).
// `sweeper` cuts connections whose request does not arrive whole in time (net/request_deadline.h).
#include "net/phone_server.h"

#include "net/device_registry.h"
#include "net/phone_request.h"
#include "net/rate_limit.h"
#include "net/request_deadline.h"

#include <httplib.h>
#include <sodium.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>

namespace kiosk::net {

namespace {

std::int64_t wall_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::int64_t steady_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

/// libsodium must be initialised before its first use; sodium_init() is thread-safe and
/// idempotent (libsodium's documentation), so every entry point may call it.
void ensure_sodium() {
    if (sodium_init() < 0) std::abort();  // no usable random source: nothing here can work
}

const char* kJson = "application/json";

void answer_error(httplib::Response& res, int status, const std::string& error, const std::string& message) {
    res.status = status;
    res.set_content(Json{{"ok", false}, {"error", error}, {"message", message}}.dump(), kJson);
}

/// The error code of a status httplib sets itself (unmatched path, body too large, bad request line).
const char* error_of_status(int status) {
    switch (status) {
    case 404: return "not_found";
    case 405: return "wrong_method";
    case 413: return "too_large";
    case 414: return "bad_request";
    default: return status >= 500 ? "busy" : "bad_request";
    }
}

/// What the app last published, dumped once for every stream.
struct Published {
    /// ROOM, one line of JSON; before the app's first publish, the one of no session open.
    std::string room = R"({"exercise":null,"session":""})";
    std::map<std::string, std::string> devices;    // ME per device id, dumped
    Json new_device = Json::object();              // ME of a device that appears nowhere yet
    PhoneView view;                                // for phone_request(): session and exercise
    std::int64_t at_ms = steady_ms();              // when published: events say their age
};

}  // namespace

std::string device_id(const std::string& token) {
    ensure_sodium();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
    char hex[2 * crypto_generichash_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return "p-" + std::string(hex, 10);
}

std::string new_join_code() {
    ensure_sodium();
    char digits[8];
    std::snprintf(digits, sizeof digits, "%06u", static_cast<unsigned>(randombytes_uniform(1'000'000)));
    return digits;
}

struct PhoneServer::Impl {
    Impl(PhoneServerOptions o, ActionQueue& q)
        : options(std::move(o)), queue(q), registry(options.max_devices, options.streams_per_device),
          rate(options.actions_per_minute, options.actions_per_minute), deadline(options.request_deadline_ms) {}

    /// One open event stream, as its provider sees it.
    struct Stream {
        std::string device;
        std::string code;            // the join code it was opened with
        std::uint64_t sent = 0;      // the generation it last wrote
        std::string last;            // the last `state` data it wrote
    };

    PhoneServerOptions options;
    ActionQueue& queue;

    mutable std::mutex mutex;
    std::condition_variable changed;  // publish, set_code, a displaced stream, stop
    std::uint64_t generation = 1;
    bool stopping = false;
    std::string code;
    std::shared_ptr<const Published> published = std::make_shared<Published>();
    DeviceRegistry registry;
    RateLimit rate;
    RequestDeadline deadline;
    std::map<StreamId, Stream> streams;
    std::function<void()> on_presence;

    std::unique_ptr<httplib::Server> server;
    std::thread listener;
    std::thread sweeper;
    int bound_port = 0;

    void routes(httplib::Server& s);
    void serve_page(const httplib::Request& req, httplib::Response& res);
    void open_stream(const httplib::Request& req, httplib::Response& res);
    bool write_stream(StreamId id, httplib::DataSink& sink);
    void close_stream(StreamId id);
    void post_action(const httplib::Request& req, httplib::Response& res);
    void presence_changed();
    void served(const httplib::Request& req);
    void sweep_until_stopped();
};

void PhoneServer::Impl::routes(httplib::Server& s) {
    // Every handler first says its request was served: it arrived whole, the deadline is over.
    const auto page = [this](const httplib::Request& req, httplib::Response& res) {
        served(req);
        serve_page(req, res);
    };
    const auto wrong_method = [this](const httplib::Request& req, httplib::Response& res) {
        served(req);
        answer_error(res, 405, "wrong_method", "This address does not take this method.");
    };
    // Exact paths only: nothing is served from disk, so "/j/../api" or "/../etc/passwd" match
    // none of these and are 404 (PROTOCOL.md "Addresses").
    const char* kPage = "/";
    const char* kJoin = R"(/j/[0-9]{6})";
    const char* kEvents = "/api/events";
    const char* kAction = "/api/action";
    s.Get(kPage, page);
    s.Get(kJoin, page);
    s.Get(kEvents, [this](const httplib::Request& req, httplib::Response& res) {
        served(req);
        open_stream(req, res);
    });
    s.Post(kAction, [this](const httplib::Request& req, httplib::Response& res) {
        served(req);
        post_action(req, res);
    });
    s.Post(kPage, wrong_method);
    s.Post(kJoin, wrong_method);
    s.Post(kEvents, wrong_method);
    s.Get(kAction, wrong_method);
    for (const char* path : {kPage, kJoin, kEvents, kAction}) {
        s.Put(path, wrong_method);
        s.Patch(path, wrong_method);
        s.Delete(path, wrong_method);
        s.Options(path, wrong_method);
    }
    // httplib 0.11 checks its payload limit against Content-Length only and reads a chunked
    // body whole, however large: a body must say its length, and one that does not is refused
    // before it is read (PROTOCOL.md, 411). The phone page's fetch always sends Content-Length.
    s.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (!req.has_header("Transfer-Encoding")) return httplib::Server::HandlerResponse::Unhandled;
        served(req);
        answer_error(res, 411, "length_required", "The body must come with a Content-Length.");
        res.set_header("Connection", "close");
        return httplib::Server::HandlerResponse::Handled;
    });
    // httplib's own refusals (404 for an unknown path, 413 for a body over the limit, 400 for
    // a request it cannot read) get the protocol's JSON too.
    s.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
        served(req);
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        answer_error(res, res.status, error_of_status(res.status),
                     res.status == 413 ? "The body is larger than 64 KiB." : "Not found.");
        return httplib::Server::HandlerResponse::Handled;
    }));
}

void PhoneServer::Impl::served(const httplib::Request& req) {
    const std::string peer = req.remote_addr + ":" + std::to_string(req.remote_port);
    std::lock_guard<std::mutex> lock(mutex);
    deadline.served(peer);
}

// Twice a second while listening: the server's connections as the kernel sees them, and those
// the deadline says to cut. The scan runs outside the lock (it reads /proc); the policy inside.
void PhoneServer::Impl::sweep_until_stopped() {
    constexpr auto kEvery = std::chrono::milliseconds(500);
    std::unique_lock<std::mutex> lock(mutex);
    while (!stopping) {
        const auto next = std::chrono::steady_clock::now() + kEvery;
        while (!stopping && changed.wait_until(lock, next) != std::cv_status::timeout) {}
        if (stopping) break;
        lock.unlock();
        const std::vector<OpenConnection> open = open_connections(bound_port);
        lock.lock();
        const std::vector<OpenConnection> cut = deadline.sweep(open, steady_ms());
        lock.unlock();
        for (const OpenConnection& c : cut) cut_connection(c);
        lock.lock();
    }
}

void PhoneServer::Impl::serve_page(const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(options.page, "text/html; charset=utf-8");
}

void PhoneServer::Impl::presence_changed() {
    std::function<void()> call;
    {
        std::lock_guard<std::mutex> lock(mutex);
        call = on_presence;
    }
    if (call) call();
}

void PhoneServer::Impl::open_stream(const httplib::Request& req, httplib::Response& res) {
    const std::string sent_code = req.get_param_value("code");
    const std::string token = req.get_param_value("device");
    StreamAdmission admission;
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (code.empty() || sent_code != code)
            return answer_error(res, 403, "wrong_code", "The join code is wrong or no longer valid.");
        if (!is_device_token(token))
            return answer_error(res, 400, "bad_device", "The device token must be 32 lower-case hex digits.");
        const std::string device = device_id(token);
        admission = registry.open(device);
        if (admission.room_full) return answer_error(res, 503, "room_full", "The room is full.");
        streams.emplace(admission.stream, Stream{device, code, 0, {}});
        if (admission.displaced) streams.erase(admission.displaced);
    }
    if (admission.displaced) changed.notify_all();
    if (admission.presence_changed) presence_changed();

    const StreamId id = admission.stream;
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Accel-Buffering", "no");
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, id](std::size_t, httplib::DataSink& sink) { return write_stream(id, sink); },
        // Runs when the response is done or abandoned (the phone went away, stop()).
        [this, id](bool) { close_stream(id); });
}

void PhoneServer::Impl::close_stream(StreamId id) {
    bool fell = false;
    {
        std::lock_guard<std::mutex> lock(mutex);
        streams.erase(id);
        fell = registry.close(id);
    }
    if (fell) presence_changed();
}

// Called by httplib again and again while it returns true: each call writes what is new for this
// stream (or a ping), or ends it. Waits at most a ping interval.
bool PhoneServer::Impl::write_stream(StreamId id, httplib::DataSink& sink) {
    std::string out;
    bool end = false;
    {
        std::unique_lock<std::mutex> lock(mutex);
        const auto ping_at = std::chrono::steady_clock::now() + std::chrono::seconds(options.ping_interval_s);
        for (;;) {
            auto it = streams.find(id);
            if (stopping || it == streams.end()) return false;  // stopped, or displaced by a newer tab
            Stream& stream = it->second;
            if (stream.code != code) {
                out = "event: code\ndata: {}\n\n";
                end = true;
                break;
            }
            if (stream.sent != generation) {
                stream.sent = generation;
                const Published& p = *published;
                std::string me;
                if (auto own = p.devices.find(stream.device); own != p.devices.end()) {
                    me = own->second;
                } else {
                    Json fresh = p.new_device;
                    if (fresh.is_object()) fresh["device"] = stream.device;
                    me = fresh.dump();
                }
                std::string data = "{\"me\":" + me + ",\"room\":" + p.room + "}";
                if (data != stream.last) {
                    stream.last = data;
                    // How old the view is (PROTOCOL.md): the countdown's remaining_ms is as of
                    // the publish, and a phone that joins later must count from there.
                    data.insert(data.size() - 1, ",\"age_ms\":" + std::to_string(steady_ms() - p.at_ms));
                    out = "event: state\ndata: " + data + "\n\n";
                    break;
                }
                continue;
            }
            if (changed.wait_until(lock, ping_at) == std::cv_status::timeout) {
                out = ":\n\n";
                break;
            }
        }
    }
    // After `event: code` the stream ends: false makes httplib close the connection (a done()
    // would end the chunked answer but keep the connection for a next request).
    return sink.write(out.data(), out.size()) && !end;
}

void PhoneServer::Impl::post_action(const httplib::Request& req, httplib::Response& res) {
    PhoneRequest request;
    {
        std::lock_guard<std::mutex> lock(mutex);
        request = phone_request(req.body, code, published->view, wall_ms());
        if (!request.device.empty()) {
            // Every read request of a device counts, also the refused ones: a phone that floods
            // is slowed whatever it sends.
            if (RateDecision d = rate.take(request.device, steady_ms()); !d.allowed) {
                res.status = 429;
                res.set_header("Retry-After", std::to_string(d.retry_after_s));
                res.set_content(Json{{"ok", false}, {"error", "rate_limited"},
                                     {"message", "Too many actions a minute from this phone."},
                                     {"retry_after_s", d.retry_after_s}}.dump(), kJson);
                return;
            }
            // The room limit holds for actions too: a phone refused a stream must not take part
            // unseen by the presence count. Its outbox keeps the action and sends it once in.
            if (registry.full() && !registry.has(request.device))
                return answer_error(res, 503, "room_full", "The room is full.");
        }
    }
    if (!request.action)
        return answer_error(res, request.error.status, request.error.error, request.error.message);

    std::future<SubmitResult> future = queue.enqueue(std::move(*request.action), Source::Phone);
    if (future.wait_for(std::chrono::milliseconds(options.apply_timeout_ms)) != std::future_status::ready)
        return answer_error(res, 503, "busy", "The kiosk did not apply it in time; send it again.");
    const SubmitResult result = future.get();
    const char* saved = nullptr;
    if (result.duplicate) saved = "duplicate";
    else if (result.state == SaveState::NotSaved) saved = "not_saved";
    else if (result.ok()) saved = "saved";
    if (!saved) return answer_error(res, 422, "refused", result.message);  // translated by the app's drain
    Json answer{{"ok", true}, {"result", saved}};
    // Stored, but shorter than sent (a text over the table's limit, core/text.h): the phone says so.
    if (result.ok() && !result.duplicate && result.notices.clamped) answer["shortened"] = true;
    res.set_content(answer.dump(), kJson);
}

PhoneServer::PhoneServer(PhoneServerOptions options, ActionQueue& queue)
    : impl_(std::make_unique<Impl>(std::move(options), queue)) {
    ensure_sodium();
}

PhoneServer::~PhoneServer() { stop(); }

bool PhoneServer::start(std::string& error) {
    if (listening()) return true;
    Impl& m = *impl_;
    auto server = std::make_unique<httplib::Server>();
    const int threads = m.options.threads;
    server->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    server->set_read_timeout(m.options.read_timeout_s, 0);
    server->set_write_timeout(m.options.write_timeout_s, 0);
    // httplib waits this long for the first byte of every request on a connection (and between
    // requests): the "sends nothing for 5 s" of PROTOCOL.md.
    server->set_keep_alive_timeout(m.options.read_timeout_s);
    // One request per connection: the request deadline times a connection until its request is
    // served, and a kept-alive connection waiting for a next request would be timed as none.
    server->set_keep_alive_max_count(1);
    server->set_payload_max_length(m.options.max_body_bytes);
    // httplib's default sets SO_REUSEPORT on Linux, which lets a second kiosk bind the same port
    // and share the phones with the first. SO_REUSEADDR alone: a port in use is an error, and a
    // restart right after stop() is not refused for the old connections' TIME_WAIT.
    server->set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    m.routes(*server);

    int port = m.options.port;
    if (port == 0) {
        port = server->bind_to_any_port(m.options.address);
        if (port < 0) port = 0;
    } else if (!server->bind_to_port(m.options.address, port)) {
        port = 0;
    }
    if (port == 0) {
        error = "cannot listen on " + m.options.address + ":" + std::to_string(m.options.port) +
                " (address not here, port in use, or not allowed)";
        return false;
    }
    {
        std::lock_guard<std::mutex> lock(m.mutex);
        m.stopping = false;
    }
    m.bound_port = port;
    httplib::Server* raw = server.get();
    m.server = std::move(server);
    m.listener = std::thread([raw] { raw->listen_after_bind(); });
    m.sweeper = std::thread([&m] { m.sweep_until_stopped(); });
    // listen_after_bind() has started once is_running() says so; a stop() before that would be
    // lost. It sets that flag first thing, so a second is far more than it needs.
    for (int i = 0; i < 1000 && !raw->is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return true;
}

void PhoneServer::stop() {
    Impl& m = *impl_;
    if (!m.server) return;
    {
        std::lock_guard<std::mutex> lock(m.mutex);
        m.stopping = true;
    }
    m.changed.notify_all();  // every stream's provider returns false and its connection ends
    if (m.sweeper.joinable()) m.sweeper.join();
    m.server->stop();
    if (m.listener.joinable()) m.listener.join();  // joins the pool too
    m.server.reset();
    m.bound_port = 0;
}

bool PhoneServer::listening() const { return impl_->server && impl_->server->is_running(); }

int PhoneServer::port() const { return listening() ? impl_->bound_port : 0; }

void PhoneServer::set_code(std::string code) {
    {
        std::lock_guard<std::mutex> lock(impl_->mutex);
        impl_->code = std::move(code);
    }
    impl_->changed.notify_all();
}

std::string PhoneServer::code() const {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->code;
}

void PhoneServer::publish(const PhoneView& view) {
    auto next = std::make_shared<Published>();
    next->room = view.room.dump();
    for (const auto& [device, me] : view.devices) next->devices.emplace(device, me.dump());
    next->new_device = view.new_device;
    next->view.session = view.session;
    next->view.exercise = view.exercise;
    next->at_ms = steady_ms();
    {
        std::lock_guard<std::mutex> lock(impl_->mutex);
        impl_->published = std::move(next);
        ++impl_->generation;
    }
    impl_->changed.notify_all();
}

int PhoneServer::connected() const {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->registry.devices();
}

void PhoneServer::set_on_presence(std::function<void()> changed) {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->on_presence = std::move(changed);
}

}  // namespace kiosk::net
