// SIGINT/SIGTERM → a clean shutdown of the event loop.
//
// The signals are blocked in every thread (create this object before glfwInit, so Mesa's worker
// threads inherit the mask) and received by one small thread with sigwait(), which sets a flag and
// wakes the event loop through a callback (glfwPostEmptyEvent is thread-safe; a plain signal
// handler could not call it).
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

namespace kiosk::platform {

class StopSignals {
public:
    StopSignals();   ///< blocks SIGINT and SIGTERM and starts the waiting thread
    ~StopSignals();  ///< stops the thread; the signals stay blocked until process exit
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    /// Called (from the waiting thread) when a signal arrives. Pass {} before the woken object
    /// dies; the call is serialised with the wake, so no wake runs after set_wake({}) returns.
    void set_wake(std::function<void()> wake);
    bool requested() const { return requested_.load(); }
    int signal_number() const { return signo_.load(); }

private:
    void wait_loop();
    std::atomic<bool> requested_{false};
    std::atomic<bool> stopping_{false};
    std::atomic<int> signo_{0};
    std::mutex wake_mutex_;
    std::function<void()> wake_;
    std::thread thread_;
};

}  // namespace kiosk::platform
