#include "platform/stop_signals.h"

#include <pthread.h>
#include <signal.h>

namespace kiosk::platform {
namespace {

sigset_t stop_set() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

}  // namespace

StopSignals::StopSignals() {
    sigset_t set = stop_set();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    thread_ = std::thread([this] { wait_loop(); });
}

StopSignals::~StopSignals() {
    stopping_ = true;
    set_wake({});
    pthread_kill(thread_.native_handle(), SIGTERM);  // blocked, so it only ends the sigwait
    thread_.join();
}

void StopSignals::set_wake(std::function<void()> wake) {
    std::lock_guard<std::mutex> lock(wake_mutex_);
    wake_ = std::move(wake);
}

void StopSignals::wait_loop() {
    sigset_t set = stop_set();
    for (;;) {
        int sig = 0;
        if (sigwait(&set, &sig) != 0) continue;
        if (stopping_) return;
        signo_ = sig;
        requested_ = true;
        std::lock_guard<std::mutex> lock(wake_mutex_);
        if (wake_) wake_();
    }
}

}  // namespace kiosk::platform
