// The chime's device opens and plays on the Chime's own thread (issue 14: a call that waits on a
// device never holds up a frame). A scripted device that blocks in open() until the test lets it
// go stands for a hung sound server.
#include "platform/chime.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace {

using kiosk::platform::Chime;
using kiosk::platform::ChimeDevice;
using Clock = std::chrono::steady_clock;

/// What the scripted device and the test share; outlives a Chime that leaves its thread behind.
struct Script {
    std::mutex m;
    std::condition_variable cv;
    bool may_open = false;
    bool opens = true;
    int plays = 0;
    bool destroyed = false;
    std::atomic<int> settled_calls{0};
    void settle() { std::lock_guard l(m); ++settled_calls; cv.notify_all(); }
    void let_open() { std::lock_guard l(m); may_open = true; cv.notify_all(); }
    template <class P> bool await(P pred, double seconds = 5.0) {
        std::unique_lock l(m);
        return cv.wait_for(l, std::chrono::duration<double>(seconds), pred);
    }
};

struct ScriptedDevice final : ChimeDevice {
    explicit ScriptedDevice(std::shared_ptr<Script> s) : s(std::move(s)) {}
    ~ScriptedDevice() override { std::lock_guard l(s->m); s->destroyed = true; s->cv.notify_all(); }
    bool open() override {
        std::unique_lock l(s->m);
        s->cv.wait(l, [&] { return s->may_open; });
        return s->opens;
    }
    void play() override { std::lock_guard l(s->m); ++s->plays; s->cv.notify_all(); }
    std::shared_ptr<Script> s;
};

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

TEST(Chime, ADeviceThatTakesLongToOpenHoldsUpNeitherTheConstructorNorPlay) {
    auto script = std::make_shared<Script>();
    const auto start = Clock::now();
    Chime chime(std::make_unique<ScriptedDevice>(script), [script](Chime::State) { script->settle(); });
    EXPECT_LT(since(start), 0.1);
    EXPECT_EQ(chime.state(), Chime::State::Opening);
    EXPECT_FALSE(chime.play());  // refused at once, not waited for
    EXPECT_LT(since(start), 0.1);

    script->let_open();
    ASSERT_TRUE(script->await([&] { return script->settled_calls.load() == 1; }));
    EXPECT_EQ(chime.state(), Chime::State::Ready);
    EXPECT_TRUE(chime.available());
    EXPECT_TRUE(chime.play());
    EXPECT_TRUE(script->await([&] { return script->plays == 1; }));  // played on the chime's thread
}

TEST(Chime, NoDeviceIsSilentAndSaysSoOnce) {
    auto script = std::make_shared<Script>();
    script->opens = false;
    script->may_open = true;
    std::atomic<int> silent{0};
    Chime chime(std::make_unique<ScriptedDevice>(script), [&](Chime::State st) {
        if (st == Chime::State::Silent) ++silent;
        script->settle();
    });
    ASSERT_TRUE(script->await([&] { return script->settled_calls.load() == 1; }));
    EXPECT_EQ(silent.load(), 1);
    EXPECT_EQ(chime.state(), Chime::State::Silent);
    EXPECT_FALSE(chime.play());
}

TEST(Chime, ClosingWhileTheDeviceIsStuckOpeningDoesNotHang) {
    auto script = std::make_shared<Script>();
    bool settled_after_close = false;
    const auto start = Clock::now();
    {
        Chime chime(std::make_unique<ScriptedDevice>(script), [&](Chime::State) { settled_after_close = true; });
    }
    const double took = since(start);
    EXPECT_LT(took, Chime::kCloseWaitSeconds + 0.5);
    script->let_open();  // the thread left behind finishes, closes the device, and says nothing
    EXPECT_TRUE(script->await([&] { return script->destroyed; }));
    EXPECT_FALSE(settled_after_close);
}

TEST(Chime, ClosingAReadyChimeClosesItsDevice) {
    auto script = std::make_shared<Script>();
    script->may_open = true;
    {
        Chime chime(std::make_unique<ScriptedDevice>(script), [script](Chime::State) { script->settle(); });
        ASSERT_TRUE(script->await([&] { return script->settled_calls.load() == 1; }));
    }
    std::lock_guard l(script->m);
    EXPECT_TRUE(script->destroyed);
}

TEST(Chime, TheRealDeviceNeverMakesTheCallerWait) {
    // Whatever this machine has (often no audio device at all): constructing is immediate.
    const auto start = Clock::now();
    Chime chime;
    EXPECT_LT(since(start), 0.05);
    chime.play();
    EXPECT_LT(since(start), 0.05);
}

}  // namespace
