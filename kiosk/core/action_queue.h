// The ordered, thread-safe way into the session (issue 10): any source — a screen, a phone's
// network thread, `kiosk apply` — enqueues actions, and the app applies them between frames
// (after one frame's Render and swap, before the next NewFrame), in arrival order, so no frame
// ever sees the session change under it. Enqueueing touches neither ImGui nor the model.
#pragma once

#include "core/action.h"
#include "core/action_catalogue.h"
#include "core/action_sink.h"
#include "core/timer.h"

#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <vector>

namespace kiosk {

class ActionQueue {
public:
    /// How many actions may wait at most: far more than a room sends between two frames, few
    /// enough that a drain of all of them (closing a session) stays short.
    static constexpr std::size_t kDefaultCapacity = 10'000;

    explicit ActionQueue(std::size_t capacity = kDefaultCapacity) : capacity_(capacity) {}
    ActionQueue(const ActionQueue&) = delete;
    ActionQueue& operator=(const ActionQueue&) = delete;

    /// Queues `action` to be applied as sent by `source` (validated against the catalogue's
    /// sources when drained). Callable from any thread. The future is fulfilled, and `reply`
    /// (may be empty) runs, on the draining thread with the sink's result. When more than the
    /// capacity would wait, nothing is queued: the future is ready at once with Rejected and a
    /// translated reason, and `reply` never runs. Calls the wake function afterwards.
    std::future<SubmitResult> enqueue(Action action, Source source, SubmitReply reply = {});
    /// As enqueue(), for a batch applied in one step through ActionSink::submit_all (all or
    /// none). The batch counts its size against the capacity.
    std::future<SubmitResult> enqueue_all(std::vector<Action> actions, Source source, SubmitReply reply = {});

    /// Applies queued entries through `sink`, oldest first, until more than `max` actions would
    /// have been applied (at least one entry when any waits). Each goes in with its own source:
    /// sink.set_source() for it, the sink's own source restored afterwards. Fulfils each future
    /// and runs each reply here, on the calling thread (the UI thread, between frames; only one
    /// thread may drain, or the order is lost). Returns how many actions it applied or refused.
    std::size_t drain(ActionSink& sink, std::size_t max);

    /// Called after each enqueue (outside the queue's lock), so a sleeping frame loop wakes
    /// (the platform's Backend::wake). Empty: nothing is called.
    void set_wake(std::function<void()> wake);

    /// Actions waiting now.
    std::size_t size() const;
    std::size_t capacity() const { return capacity_; }

private:
    struct Entry {
        std::vector<Action> actions;  // one action, or a batch
        bool batch = false;
        Source source = Source::Table;
        std::promise<SubmitResult> result;
        SubmitReply reply;
    };
    std::future<SubmitResult> push(Entry entry);

    const std::size_t capacity_;
    mutable std::mutex mutex_;
    std::deque<Entry> entries_;
    std::size_t waiting_ = 0;  // actions in entries_
    std::function<void()> wake_;
};

/// The sink the screens submit through: reads the session of `applied` (the app's LiveSession,
/// or a MemorySession) and sends every action through `queue`, which the app drains into
/// `applied` between frames. submit() cleans and validates at once, so an action the catalogue
/// refuses is refused right away with the reason; otherwise it returns Queued (or Rejected when
/// the queue is full) and the session changes only after the drain.
class QueuedSink final : public ActionSink {
public:
    /// `applied`, `queue` and `clock` (which stamps actions built here) must outlive this sink.
    QueuedSink(ActionSink& applied, ActionQueue& queue, const Clock& clock = system_clock())
        : applied_(&applied), queue_(&queue), clock_(&clock) {}

    const Session& session() const override { return applied_->session(); }
    using ActionSink::submit;
    SubmitResult submit(Action action) override { return submit(std::move(action), SubmitReply{}); }
    SubmitResult submit(Action action, SubmitReply reply) override;
    /// Cleans and validates each action at once (the first refusal refuses the batch) and queues
    /// them as one batch: applied all or none, in one store transaction for a LiveSession.
    SubmitResult submit_all(std::vector<Action> actions) override;

private:
    const Clock& clock() const override { return *clock_; }
    SubmitResult check(Action& action) const;
    ActionSink* applied_;
    ActionQueue* queue_;
    const Clock* clock_;
};

}  // namespace kiosk
