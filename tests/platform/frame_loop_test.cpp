// The frame loop's seams for the action queue (core/action_queue.h): set_between_frames() runs
// outside every ImGui frame, after one frame and before the next, and wake() from another thread
// makes a sleeping loop draw. Runs under Xvfb (tests/support/with-xvfb.sh).
#include "platform/backend.h"
#include "test_window.h"

#include <gtest/gtest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::platform {
namespace {

std::unique_ptr<Backend> small_window() {
    std::string error;
    auto backend = Backend::create(test_window_options(320, 240), error);
    EXPECT_TRUE(backend) << error;
    return backend;
}

TEST(FrameLoop, BetweenFramesRunsAfterEachFrameAndBeforeTheNext) {
    auto backend = small_window();
    ASSERT_TRUE(backend);
    std::vector<std::string> events;
    backend->set_between_frames([&] {
        EXPECT_FALSE(ImGui::GetCurrentContext()->WithinFrameScope) << "inside a frame";
        events.push_back("between " + std::to_string(ImGui::GetFrameCount()));
    });
    int frames = 0;
    backend->run(
        [&](const FrameInfo&) {
            events.push_back("frame " + std::to_string(ImGui::GetFrameCount()));
            FrameRequest r;
            r.redraw_after_seconds = 0;
            r.quit = ++frames == 3;
            return r;
        },
        nullptr);
    // Each frame is preceded by the hook, which sees the count of the frame before it.
    const std::vector<std::string> expected = {"between 0", "frame 1", "between 1", "frame 2", "between 2", "frame 3"};
    EXPECT_EQ(events, expected);
}

TEST(FrameLoop, WakeFromAnotherThreadDrawsAnIdleLoop) {
    auto backend = small_window();
    ASSERT_TRUE(backend);
    using clock = std::chrono::steady_clock;
    std::atomic<int> frames{0};
    std::atomic<bool> woken{false};
    clock::time_point woken_at{}, drawn_at{};
    std::atomic<int> between{0};
    backend->set_between_frames([&] { ++between; });
    std::thread waker([&] {
        // Let the loop settle into its wait (no input, the next redraw 5 s away), then wake it.
        int seen = -1;
        while (seen != frames.load()) {
            seen = frames.load();
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
        }
        woken_at = clock::now();
        woken = true;
        backend->wake();
    });
    backend->run(
        [&](const FrameInfo&) {
            ++frames;
            FrameRequest r;
            r.redraw_after_seconds = 5.0;  // without the wake the next frame comes only then
            if (woken) {
                drawn_at = clock::now();
                r.quit = true;
            }
            return r;
        },
        nullptr);
    waker.join();
    ASSERT_TRUE(woken);
    const auto latency = std::chrono::duration_cast<std::chrono::milliseconds>(drawn_at - woken_at);
    EXPECT_LT(latency.count(), 1000) << "the loop slept on past the wake";
    EXPECT_EQ(between.load(), frames.load());
}

}  // namespace
}  // namespace kiosk::platform
