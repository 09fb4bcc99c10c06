// PhoneServer on loopback with the app side simulated honestly: a real ActionQueue drained on a
// test thread into a MemorySession (through a sink that records each action and its source), and
// publish() after each drain with a PhoneView built here from the session (the real phone_view()
// is the model's). Every client read has a deadline (http_client.h).
#include "net/phone_server.h"

#include "http_client.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace kiosk::net {
namespace {

using testing::count_of;
using testing::http_request;
using testing::RawConnection;

const std::string kCode = "424242";
const std::string kTokenA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const std::string kTokenB = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

std::string token_of(int i) {
    char text[33];
    std::snprintf(text, sizeof text, "%032x", i + 1);
    return text;
}

/// Applies through a MemorySession and remembers each action with the source it came as.
class RecordingSink final : public ActionSink {
public:
    explicit RecordingSink(Session session) : inner_(std::move(session)) {}
    const Session& session() const override { return inner_.session(); }
    using ActionSink::submit;
    SubmitResult submit(Action action) override {
        received.push_back({source(), action.data});
        inner_.set_source(source());
        return inner_.submit(std::move(action));
    }
    std::vector<std::pair<Source, Json>> received;

private:
    const Clock& clock() const override { return system_clock(); }
    MemorySession inner_;
};

/// What phones see of `session`, by hand: the note count in ROOM, each phone's own note ids in ME.
PhoneView view_of(const Session& session, const std::string& exercise) {
    PhoneView view;
    view.session = session.id;
    view.exercise = exercise;
    view.room = {{"session", session.id}, {"notes", session.notes.size()}};
    for (const Note& note : session.notes)
        if (note.seat.rfind("p-", 0) == 0) {
            Json& me = view.devices[note.seat];
            me["device"] = note.seat;
            me["notes"].push_back(note.id);
        }
    view.new_device = {{"device", ""}, {"notes", Json::array()}};
    return view;
}

/// The sample session with the agenda at `exercise`: phones may send only for the current
/// exercise (core/phone_rules.h).
Session session_at(const std::string& exercise) {
    MemorySession at(kiosk::testing::sample_session());
    if (!at.submit("agenda.goto", {{"exercise", exercise}}).ok()) ADD_FAILURE() << "no exercise " << exercise;
    return at.session();
}

/// The app's side: drains the queue on its own thread, publishes after each drain.
class App {
public:
    App(PhoneServer& server, ActionQueue& queue) : sink(session_at("matrix")), server_(server), queue_(queue) {
        queue_.set_wake([this] {
            std::lock_guard<std::mutex> lock(mutex_);
            woken_ = true;
            wake_.notify_one();
        });
        server_.publish(view_of(sink.session(), exercise));
        thread_ = std::thread([this] { run(); });
    }
    ~App() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            done_ = true;
        }
        wake_.notify_one();
        thread_.join();
        queue_.set_wake({});
    }
    /// Runs `f` on the session between drains.
    template <class F>
    auto with_session(F f) {
        std::lock_guard<std::mutex> lock(session_mutex_);
        return f(sink.session());
    }

    std::string exercise = "matrix";
    RecordingSink sink;

private:
    void run() {
        std::unique_lock<std::mutex> lock(mutex_);
        while (!done_) {
            wake_.wait_for(lock, std::chrono::milliseconds(50), [this] { return woken_ || done_; });
            woken_ = false;
            lock.unlock();
            {
                std::lock_guard<std::mutex> s(session_mutex_);
                if (queue_.drain(sink, 1000) > 0) server_.publish(view_of(sink.session(), exercise));
            }
            lock.lock();
        }
    }
    PhoneServer& server_;
    ActionQueue& queue_;
    std::mutex mutex_, session_mutex_;
    std::condition_variable wake_;
    bool woken_ = false, done_ = false;
    std::thread thread_;
};

class PhoneServerTest : public ::testing::Test {
protected:
    void start(PhoneServerOptions options = {}) {
        options.address = "127.0.0.1";
        options.port = 0;
        options.page = "<!doctype html><title>kiosk</title>";
        server = std::make_unique<PhoneServer>(options, queue);
        server->set_code(kCode);
        std::string error;
        ASSERT_TRUE(server->start(error)) << error;
        ASSERT_GT(server->port(), 0);
        app = std::make_unique<App>(*server, queue);
    }
    void TearDown() override {
        if (server) server->stop();
        app.reset();
    }
    std::unique_ptr<RawConnection> stream(const std::string& token, const std::string& code = kCode) {
        auto c = std::make_unique<RawConnection>(server->port());
        c->send("GET /api/events?code=" + code + "&device=" + token + " HTTP/1.1\r\nHost: kiosk.test\r\n\r\n");
        return c;
    }
    /// `n` devices, each with a stream that got its first state; fewer when one did not.
    std::vector<std::unique_ptr<RawConnection>> open_room(int n) {
        std::vector<std::unique_ptr<RawConnection>> room;
        for (int i = 0; i < n; ++i) {
            room.push_back(stream(token_of(i)));
            if (!room.back()->read_until("event: state", 3000)) room.pop_back();
        }
        return room;
    }
    testing::HttpAnswer post(const Json& body) { return http_request(server->port(), "POST", "/api/action", body.dump()); }
    Json note_add(const std::string& token, const std::string& request, const std::string& id) {
        return {{"code", kCode}, {"device", token}, {"request", request}, {"type", "note.add"},
                {"id", id},      {"column", "of"},  {"text", "Leesclub"}};
    }
    /// What a bad input must leave alone.
    std::string fingerprint() {
        return app->with_session([](const Session& s) {
            return std::to_string(s.notes.size()) + "/" + std::to_string(s.visions.size()) + "/" +
                   std::to_string(s.updated_ms) + "/" + std::to_string(s.requests.size()) + "/" +
                   std::to_string(s.dots_used.size());
        });
    }

    ActionQueue queue;
    std::unique_ptr<PhoneServer> server;
    std::unique_ptr<App> app;
};

/// The last `event: state` data line of a stream, as JSON (null when none).
Json last_state(const std::string& received) {
    auto at = received.rfind("event: state\ndata: ");
    if (at == std::string::npos) return Json();
    at += 19;
    return Json::parse(received.substr(at, received.find('\n', at) - at), nullptr, false);
}

TEST_F(PhoneServerTest, AStreamGetsStateFirstThenANewStateAfterPublish) {
    start();
    auto a = stream(kTokenA);
    ASSERT_TRUE(a->read_until("event: state", 3000));
    EXPECT_EQ(a->status(), 200);
    EXPECT_NE(a->received().find("text/event-stream"), std::string::npos);
    EXPECT_EQ(last_state(a->received())["room"]["notes"], 0);
    EXPECT_EQ(server->connected(), 1);

    ASSERT_EQ(post(note_add(kTokenB, "r-0000000000000001", "n-000000000001")).status, 200);
    ASSERT_TRUE(a->read_until("event: state", 3000, 2));
    EXPECT_EQ(last_state(a->received())["room"]["notes"], 1);
    // A publish that changes nothing this phone sees sends nothing.
    server->publish(app->with_session([](const Session& s) { return view_of(s, "matrix"); }));
    EXPECT_FALSE(a->read_until("event: state", 300, 3));
}

TEST_F(PhoneServerTest, EachStateSaysHowOldItsViewIs) {
    start();
    // A phone that joins a while after the last change must count a running countdown down from
    // the view's moment, not from its own arrival (PROTOCOL.md "age_ms").
    std::this_thread::sleep_for(std::chrono::milliseconds(120));
    auto a = stream(kTokenA);
    ASSERT_TRUE(a->read_until("event: state", 3000));
    const Json state = last_state(a->received());
    ASSERT_TRUE(state["age_ms"].is_number_integer());
    EXPECT_GE(state["age_ms"].get<int>(), 100);
    EXPECT_LT(state["age_ms"].get<int>(), 3000);
}

TEST_F(PhoneServerTest, MeIsEachDevicesOwn) {
    start();
    ASSERT_EQ(post(note_add(kTokenA, "r-0000000000000001", "n-000000000001")).status, 200);
    auto a = stream(kTokenA);
    auto b = stream(kTokenB);
    ASSERT_TRUE(a->read_until("event: state", 3000));
    ASSERT_TRUE(b->read_until("event: state", 3000));
    Json me_a = last_state(a->received())["me"];
    Json me_b = last_state(b->received())["me"];
    EXPECT_EQ(me_a["device"], device_id(kTokenA));
    EXPECT_EQ(me_a["notes"], Json::array({"n-000000000001"}));
    EXPECT_EQ(me_b["device"], device_id(kTokenB));  // filled into new_device
    EXPECT_EQ(me_b["notes"], Json::array());
    EXPECT_EQ(server->connected(), 2);
}

TEST_F(PhoneServerTest, AThirdStreamOfADeviceClosesItsOldest) {
    start();
    auto first = stream(kTokenA);
    ASSERT_TRUE(first->read_until("event: state", 3000));
    auto second = stream(kTokenA);
    ASSERT_TRUE(second->read_until("event: state", 3000));
    auto third = stream(kTokenA);
    ASSERT_TRUE(third->read_until("event: state", 3000));
    EXPECT_TRUE(first->wait_closed(2000));
    EXPECT_FALSE(second->wait_closed(200));
    EXPECT_EQ(server->connected(), 1);
}

TEST_F(PhoneServerTest, RenewingTheCodeSendsEventCodeAndCloses) {
    start();
    auto a = stream(kTokenA);
    ASSERT_TRUE(a->read_until("event: state", 3000));
    server->set_code("111111");
    ASSERT_TRUE(a->read_until("event: code", 3000));
    EXPECT_TRUE(a->wait_closed(3000));
    // The old code no longer opens a stream; the new one does.
    EXPECT_EQ(http_request(server->port(), "GET", "/api/events?code=" + kCode + "&device=" + kTokenA).status, 403);
    auto again = stream(kTokenA, "111111");
    EXPECT_TRUE(again->read_until("event: state", 3000));
}

TEST_F(PhoneServerTest, StreamsArePingedSoDeadOnesAreNoticed) {
    PhoneServerOptions options;
    options.ping_interval_s = 1;
    start(options);
    auto a = stream(kTokenA);
    ASSERT_TRUE(a->read_until("event: state", 3000));
    EXPECT_TRUE(a->read_until("\r\n:\n\n", 3000));
}

TEST_F(PhoneServerTest, NoteAddGoesIntoTheQueueAsAPhoneWithTheKiosksFields) {
    start();
    testing::HttpAnswer answer = post(note_add(kTokenA, "r-0000000000000001", "n-000000000001"));
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(Json::parse(answer.body), (Json{{"ok", true}, {"result", "saved"}}));
    const std::string device = device_id(kTokenA);
    app->with_session([&](const Session& s) {
        EXPECT_EQ(app->sink.received.size(), 1u);
        if (app->sink.received.empty() || s.notes.empty()) return 0;
        EXPECT_EQ(app->sink.received[0].first, Source::Phone);
        const Json& action = app->sink.received[0].second;
        EXPECT_EQ(action["source"], "phone");
        EXPECT_EQ(action["device"], device);
        EXPECT_EQ(action["request"], "r-0000000000000001");
        EXPECT_EQ(action["session"], "s-test");
        EXPECT_EQ(action["exercise"], "matrix");
        EXPECT_EQ(s.notes.size(), 1u);
        EXPECT_EQ(s.notes[0].seat, device);
        EXPECT_EQ(s.notes[0].text, "Leesclub");
        return 0;
    });
}

TEST_F(PhoneServerTest, ANoteLongerThanTheTableKeepsIsSavedShortenedAndSaysSo) {
    start();
    Json body = note_add(kTokenA, "r-0000000000000001", "n-000000000001");
    body["text"] = std::string(5000, 'a');
    testing::HttpAnswer answer = post(body);
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(Json::parse(answer.body), (Json{{"ok", true}, {"result", "saved"}, {"shortened", true}}));
    const std::size_t kept = app->with_session([](const Session& s) { return s.notes.empty() ? 0 : s.notes[0].text.size(); });
    EXPECT_GT(kept, 0u);
    EXPECT_LT(kept, 5000u);
    // A note within the limit says nothing of the kind.
    EXPECT_EQ(Json::parse(post(note_add(kTokenA, "r-0000000000000002", "n-000000000002")).body).count("shortened"), 0u);
}

TEST_F(PhoneServerTest, TheSameRequestTwiceIsAppliedOnce) {
    start();
    Json body = note_add(kTokenA, "r-0000000000000001", "n-000000000001");
    EXPECT_EQ(Json::parse(post(body).body)["result"], "saved");
    testing::HttpAnswer again = post(body);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(Json::parse(again.body), (Json{{"ok", true}, {"result", "duplicate"}}));
    EXPECT_EQ(app->with_session([](const Session& s) { return s.notes.size(); }), 1u);
}

TEST_F(PhoneServerTest, BadInputGetsItsAnswerAndStoresNothing) {
    start();
    const std::string before = fingerprint();
    const int port = server->port();
    auto expect = [&](const testing::HttpAnswer& answer, int status, const std::string& error) {
        EXPECT_EQ(answer.status, status) << error << ": " << answer.body;
        Json body = Json::parse(answer.body, nullptr, false);
        EXPECT_EQ(body.value("error", ""), error) << answer.body;
        EXPECT_EQ(body.value("ok", true), false);
        EXPECT_EQ(fingerprint(), before) << error;
    };
    expect(http_request(port, "POST", "/api/action", "{\"code\":"), 400, "bad_json");
    expect(http_request(port, "POST", "/api/action", "[1,2]"), 400, "bad_json");
    Json huge = note_add(kTokenA, "r-0000000000000002", "n-000000000002");
    huge["text"] = std::string(70 * 1024, 'x');
    expect(post(huge), 413, "too_large");
    Json wrong_code = note_add(kTokenA, "r-0000000000000003", "n-000000000003");
    wrong_code["code"] = "000000";
    expect(post(wrong_code), 403, "wrong_code");
    expect(post(note_add("not-a-token", "r-0000000000000004", "n-000000000004")), 400, "bad_device");
    expect(http_request(port, "GET", "/api/events?code=" + kCode + "&device=XYZ"), 400, "bad_device");
    expect(http_request(port, "GET", "/api/events?code=999999&device=" + kTokenA), 403, "wrong_code");
    expect(http_request(port, "GET", "/nowhere"), 404, "not_found");
    expect(http_request(port, "GET", "/../etc/passwd"), 404, "not_found");
    expect(http_request(port, "GET", "/j/../api/action"), 404, "not_found");
    expect(http_request(port, "POST", "/j/../api/action", note_add(kTokenA, "r-0000000000000005", "n-000000000005").dump()),
           404, "not_found");
    expect(http_request(port, "GET", "/j/12345"), 404, "not_found");
    expect(http_request(port, "GET", "/api/action"), 405, "wrong_method");
    expect(http_request(port, "POST", "/api/events", "{}"), 405, "wrong_method");
    expect(http_request(port, "DELETE", "/"), 405, "wrong_method");
    for (const char* type : {"board.reveal", "note.delete", "session.close"}) {
        Json body = note_add(kTokenA, "r-0000000000000006", "n-000000000006");
        body["type"] = type;
        expect(post(body), 403, "not_allowed");
    }
    Json other = note_add(kTokenA, "r-0000000000000007", "n-000000000007");
    other["exercise"] = "visie";
    expect(post(other), 409, "other_exercise");
    Json refused = note_add(kTokenA, "r-0000000000000008", "n-000000000008");
    refused["column"] = "no-such-column";
    testing::HttpAnswer answer = post(refused);
    expect(answer, 422, "refused");
    EXPECT_FALSE(Json::parse(answer.body)["message"].get<std::string>().empty());
    // The page itself is served at both addresses.
    EXPECT_EQ(http_request(port, "GET", "/").status, 200);
    EXPECT_EQ(http_request(port, "GET", "/j/" + kCode).status, 200);
}

// httplib 0.11 holds a chunked body of any size in memory (its payload limit reads only
// Content-Length): such a body is refused from its head, before it is read.
TEST_F(PhoneServerTest, AChunkedBodyIsRefusedBeforeItIsRead) {
    start();
    const std::string before = fingerprint();
    const std::string json = note_add(kTokenA, "r-0000000000000009", "n-000000000009").dump();
    const auto chunk = [](const std::string& bytes) {
        char size[16];
        std::snprintf(size, sizeof size, "%zx\r\n", bytes.size());
        return size + bytes + "\r\n";
    };
    // A whole, small, valid action in chunks: refused all the same.
    testing::RawConnection whole(server->port());
    ASSERT_TRUE(whole.send("POST /api/action HTTP/1.1\r\nHost: kiosk.test\r\nContent-Type: application/json\r\n"
                           "Transfer-Encoding: chunked\r\n\r\n" +
                           chunk(json.substr(0, 10)) + chunk(json.substr(10)) + "0\r\n\r\n"));
    ASSERT_TRUE(whole.wait_closed(3000));
    EXPECT_EQ(whole.status(), 411) << whole.received();
    EXPECT_EQ(Json::parse(whole.body(), nullptr, false).value("error", ""), "length_required") << whole.body();
    // One that never ends is answered from its head and closed, not read on.
    testing::RawConnection endless(server->port());
    ASSERT_TRUE(endless.send("POST /api/action HTTP/1.1\r\nHost: kiosk.test\r\nTransfer-Encoding: chunked\r\n\r\n" +
                             chunk(std::string(256 * 1024, ' '))));
    ASSERT_TRUE(endless.read_until("length_required", 3000)) << endless.received();
    EXPECT_EQ(endless.status(), 411);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(PhoneServerTest, MoreThanThirtyQuickActionsAreRateLimited) {
    start();
    for (int i = 0; i < 30; ++i) {
        char request[19], id[15];
        std::snprintf(request, sizeof request, "r-%016x", i);
        std::snprintf(id, sizeof id, "n-%012x", i);
        ASSERT_EQ(post(note_add(kTokenA, request, id)).status, 200) << i;
    }
    const std::string before = fingerprint();
    testing::HttpAnswer limited = post(note_add(kTokenA, "r-00000000000000ff", "n-0000000000ff"));
    EXPECT_EQ(limited.status, 429);
    Json body = Json::parse(limited.body);
    EXPECT_EQ(body["error"], "rate_limited");
    EXPECT_GE(body["retry_after_s"].get<int>(), 1);
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(post(note_add(kTokenB, "r-00000000000000fe", "n-0000000000fe")).status, 200);  // others go on
}

TEST_F(PhoneServerTest, The61stDeviceGetsRoomFullAtOnce) {
    start();
    std::vector<std::unique_ptr<RawConnection>> room = open_room(60);
    ASSERT_EQ(room.size(), 60u);
    EXPECT_EQ(server->connected(), 60);
    const auto t0 = std::chrono::steady_clock::now();
    testing::HttpAnswer full = http_request(server->port(), "GET", "/api/events?code=" + kCode + "&device=" + token_of(60));
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("room_full answered in %.2f ms\n", ms);
    EXPECT_EQ(full.status, 503);
    EXPECT_EQ(Json::parse(full.body)["error"], "room_full");
    EXPECT_LT(ms, 1000);
    // Nor may it send: it would take part unseen by the count. Nothing is stored.
    const std::string before = fingerprint();
    testing::HttpAnswer refused = post(note_add(token_of(60), "r-0000000000000061", "n-000000000061"));
    EXPECT_EQ(refused.status, 503);
    EXPECT_EQ(Json::parse(refused.body, nullptr, false).value("error", ""), "room_full");
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(post(note_add(token_of(0), "r-0000000000000062", "n-000000000062")).status, 200) << "one in the room may";
    // A phone already in the room may still open its second tab.
    auto second_tab = stream(token_of(0));
    EXPECT_TRUE(second_tab->read_until("event: state", 3000));
}

TEST_F(PhoneServerTest, ASlowClientIsClosedAfterTheReadTimeout) {
    PhoneServerOptions options;
    options.read_timeout_s = 1;
    start(options);
    RawConnection slow(server->port());
    ASSERT_TRUE(slow.send("GET /api/ev"));  // half a request line, then nothing
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_TRUE(slow.wait_closed(4000));
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_GE(s, 0.5);
    RawConnection silent(server->port());  // connects and sends nothing at all
    EXPECT_TRUE(silent.wait_closed(4000));
}

/// Clients that never finish a request: each sends a request line, then one header line every
/// `every_ms`, for as long as it lives — within the read timeout, so only a deadline for the
/// whole request stops them. `cut()` counts those the server has closed.
class Tricklers {
public:
    Tricklers(int port, int count, int every_ms) {
        for (int i = 0; i < count; ++i) {
            connections_.push_back(std::make_unique<RawConnection>(port));
            connections_.back()->send("GET / HTTP/1.1\r\nHost: kiosk.test\r\n");
        }
        thread_ = std::thread([this, every_ms] {
            std::unique_lock<std::mutex> lock(mutex_);
            while (!done_) {
                if (wake_.wait_for(lock, std::chrono::milliseconds(every_ms), [this] { return done_; })) break;
                for (auto& c : connections_) c->send("X-Slow: 1\r\n");
            }
        });
    }
    ~Tricklers() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            done_ = true;
        }
        wake_.notify_one();
        thread_.join();
    }
    /// How many the server closed, waiting up to `timeout_ms` for at least `at_least` of them.
    int cut(int at_least, int timeout_ms) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
        int closed = 0;
        std::lock_guard<std::mutex> lock(mutex_);
        for (auto& c : connections_) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
            if (c->wait_closed(closed < at_least ? std::max<int>(1, static_cast<int>(left.count())) : 1)) ++closed;
        }
        return closed;
    }

private:
    std::vector<std::unique_ptr<RawConnection>> connections_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool done_ = false;
    std::thread thread_;
};

TEST_F(PhoneServerTest, TricklingConnectionsFromOneAddressDoNotLockThePhonesOut) {
    PhoneServerOptions options;
    options.threads = 12;  // a pool the tricklers fill: without the deadline no phone gets in
    start(options);
    Tricklers tricklers(server->port(), 12, 300);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // they hold every thread now
    const auto t0 = std::chrono::steady_clock::now();
    auto phone = stream(kTokenA);
    // Well before the 5 s deadline: the address's oldest slow connections were cut for it.
    ASSERT_TRUE(phone->read_until("event: state", 4000));
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("a phone got its state %.2f s after 12 tricklers filled a pool of 12\n", s);
    EXPECT_GE(tricklers.cut(4, 1000), 4);
}

TEST_F(PhoneServerTest, ARequestThatTakesLongerThanItsDeadlineIsCut) {
    PhoneServerOptions options;
    options.threads = 6;
    options.request_deadline_ms = 1500;
    start(options);
    const auto t0 = std::chrono::steady_clock::now();
    Tricklers one(server->port(), 1, 300);  // alone: never a crowd, only the deadline stops it
    EXPECT_EQ(one.cut(1, 5000), 1);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_GE(s, 1.4);
    EXPECT_LT(s, 4.0);
    // An event stream lives on far past the deadline: it was served.
    auto phone = stream(kTokenA);
    ASSERT_TRUE(phone->read_until("event: state", 3000));
    EXPECT_FALSE(phone->wait_closed(2500));
}

TEST_F(PhoneServerTest, StopWithSixtyOpenStreamsReturnsPromptly) {
    start();
    std::vector<std::unique_ptr<RawConnection>> room = open_room(60);
    ASSERT_EQ(room.size(), 60u);
    const auto t0 = std::chrono::steady_clock::now();
    server->stop();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("stop() with 60 streams took %.2f ms\n", ms);
    EXPECT_LT(ms, 2000);
    EXPECT_FALSE(server->listening());
    EXPECT_EQ(server->port(), 0);
    EXPECT_TRUE(room.front()->wait_closed(1000));
    server->stop();  // idempotent
}

TEST_F(PhoneServerTest, PresenceIsReportedWhenADeviceComesAndGoes) {
    std::atomic<int> calls{0};
    PhoneServerOptions options;
    options.address = "127.0.0.1";
    options.ping_interval_s = 1;  // a phone that went away is noticed at the next ping's write
    server = std::make_unique<PhoneServer>(options, queue);
    server->set_on_presence([&] { ++calls; });
    server->set_code(kCode);
    std::string error;
    ASSERT_TRUE(server->start(error)) << error;
    app = std::make_unique<App>(*server, queue);
    {
        auto a = stream(kTokenA);
        ASSERT_TRUE(a->read_until("event: state", 3000));
        EXPECT_EQ(calls.load(), 1);
    }
    for (int i = 0; i < 500 && server->connected() != 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    EXPECT_EQ(server->connected(), 0);
    EXPECT_EQ(calls.load(), 2);
}

TEST(PhoneServerStart, APortInUseIsAnError) {
    ActionQueue queue;
    PhoneServerOptions options;
    options.address = "127.0.0.1";
    PhoneServer first(options, queue);
    std::string error;
    ASSERT_TRUE(first.start(error)) << error;
    options.port = first.port();
    PhoneServer second(options, queue);
    EXPECT_FALSE(second.start(error));
    EXPECT_NE(error.find("cannot listen"), std::string::npos);
    EXPECT_FALSE(second.listening());
}

}  // namespace
}  // namespace kiosk::net
