// The event-driven frame loop: run() with each window's redraw deadline, step() for benchmarks,
// and the wakes and between-frames hook that feed it.
#include "platform/backend_impl.h"

#include "platform/stop_signals.h"

#include <algorithm>
#include <cstdio>

namespace kiosk::platform {
namespace {

// Upper bound of one wait; only a safety net, wakes normally come from input or the deadline.
constexpr double kMaxWaitSeconds = 3600.0;

}  // namespace

void Backend::Impl::end_frame(Window& w, bool log_first) {
    glfwSwapBuffers(w.glfw);
    if (log_first && !first_frame_logged) {
        first_frame_logged = true;
        char line[256];
        std::snprintf(line, sizeof line,
                      "kiosk: first frame after %.0f ms (display open at %.0f, window and GL context at %.0f, "
                      "fonts %.0f ms alongside, ImGui ready at %.0f)",
                      since_start_ms(), glfw_ready_ms, window_ready_ms, fonts_ms, created_ms);
        log_line(line);
    }
}

// Draws one round of the windows that are due, after the between-frames hook. Returns whether
// the first window asked to quit; `finished` gets the later windows whose frame asked to close.
// Leaves the first window current.
bool Backend::Impl::draw_round(const std::vector<Window*>& due, const FrameFn& fn, std::vector<Window*>& finished) {
    const DrawingScope drawing(*this);
    if (between_frames) between_frames();  // after the last frames' swaps, so these draw its changes
    bool quit = false;
    for (Window* w : due) {
        const bool first_window = w == &first();
        w->make_current();
        bool presented = false;
        const FrameRequest request = w->frame(first_window ? fn : w->frame_fn, presented);
        if (presented) end_frame(*w, first_window);
        if (!w->shaders_tried) {
            // The backdrop is decoration: compile its shader after the first frame is up.
            w->load_shaders();
            w->frames_left = std::max(w->frames_left, 1);
        }
        if (w->frames_left > 0) --w->frames_left;
        w->deadline = glfwGetTime() + std::max(0.0, request.redraw_after_seconds);
        if (request.quit) {
            if (first_window) quit = true;
            else finished.push_back(w);
        }
    }
    first().make_current();
    return quit;
}

void Backend::run(const FrameFn& fn, StopSignals* stop) {
    Impl& s = *impl_;
    if (stop) stop->set_wake([] { glfwPostEmptyEvent(); });
    for (auto& w : s.windows) {
        w->frames_left = kFramesAfterInput;
        w->deadline = 0.0;
    }
    bool quit = false;
    while (!quit && !glfwWindowShouldClose(s.first().glfw) && !(stop && stop->requested())) {
        double wait = kMaxWaitSeconds;
        for (const auto& w : s.windows)
            wait = std::min(wait, w->frames_left > 0 ? 0.0 : w->deadline - glfwGetTime());
        wait = std::min(wait, s.projector.decide_at - glfwGetTime());  // a monitor list settling, or the poll
        if (wait > 0) glfwWaitEventsTimeout(wait);
        else glfwPollEvents();
        if (stop && stop->requested()) break;
        const bool woken = s.woken.exchange(false);  // e.g. actions queued to apply
        for (size_t i = 1; i < s.windows.size();) {  // later windows closed by their user
            if (glfwWindowShouldClose(s.windows[i]->glfw)) s.close(s.windows[i].get());
            else ++i;
        }
        s.follow_projector(glfwGetTime());  // may open or close a window: before the round is chosen
        std::vector<Window*> due;
        for (auto& w : s.windows) {
            if (woken || w->input_pending) {
                w->input_pending = false;
                w->frames_left = kFramesAfterInput;
            }
            if (w->frames_left > 0 || glfwGetTime() >= w->deadline) due.push_back(w.get());
        }
        if (due.empty()) continue;  // an empty wake
        s.follow_monitors();
        std::vector<Window*> finished;
        quit = s.draw_round(due, fn, finished);
        for (Window* w : finished) s.close(w);
    }
    if (stop) stop->set_wake({});
    if (stop && stop->requested())
        log_line("kiosk: stopping on signal " + std::to_string(stop->signal_number()));
}

bool Backend::step(const FrameFn& fn) {
    Impl& s = *impl_;
    Window& w = s.first();
    w.load_shaders();
    glfwPollEvents();
    s.follow_projector(glfwGetTime());
    s.follow_monitors();
    const DrawingScope drawing(s);
    if (s.between_frames) s.between_frames();
    bool presented = false;
    w.frame(fn, presented);
    if (presented) s.end_frame(w, false);
    return presented;
}

void Backend::set_between_frames(std::function<void()> fn) { impl_->between_frames = std::move(fn); }

void Backend::wake() {
    impl_->woken = true;
    glfwPostEmptyEvent();
}

}  // namespace kiosk::platform
