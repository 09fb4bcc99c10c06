#include "core/action_queue.h"

#include "core/i18n.h"

#include <fmt/format.h>

#include <utility>

namespace kiosk {
namespace {

std::future<SubmitResult> ready(SubmitResult result) {
    std::promise<SubmitResult> promise;
    promise.set_value(std::move(result));
    return promise.get_future();
}

}  // namespace

std::future<SubmitResult> ActionQueue::enqueue(Action action, Source source, SubmitReply reply) {
    Entry entry;
    entry.actions.push_back(std::move(action));
    entry.source = source;
    entry.reply = std::move(reply);
    return push(std::move(entry));
}

std::future<SubmitResult> ActionQueue::enqueue_all(std::vector<Action> actions, Source source, SubmitReply reply) {
    Entry entry;
    entry.actions = std::move(actions);
    entry.batch = true;
    entry.source = source;
    entry.reply = std::move(reply);
    return push(std::move(entry));
}

std::future<SubmitResult> ActionQueue::push(Entry entry) {
    std::future<SubmitResult> future = entry.result.get_future();
    std::function<void()> wake;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (waiting_ + entry.actions.size() > capacity_)
            return ready({SaveState::Rejected,
                          fmt::format(fmt::runtime(tr("The kiosk is busy: {} actions are waiting to be applied. "
                                                      "Try again in a moment.")),
                                      waiting_),
                          {}});
        waiting_ += entry.actions.size();
        entries_.push_back(std::move(entry));
        wake = wake_;
    }
    if (wake) wake();
    return future;
}

std::size_t ActionQueue::drain(ActionSink& sink, std::size_t max) {
    std::deque<Entry> taken;
    std::size_t count = 0;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        while (!entries_.empty() && (taken.empty() || count + entries_.front().actions.size() <= max)) {
            count += entries_.front().actions.size();
            taken.push_back(std::move(entries_.front()));
            entries_.pop_front();
        }
        waiting_ -= count;
    }
    // Applied outside the lock: a sender is never held up by a slow disk write.
    const Source own = sink.source();
    for (Entry& entry : taken) {
        sink.set_source(entry.source);
        SubmitResult result = entry.batch ? sink.submit_all(std::move(entry.actions))
                                          : sink.submit(std::move(entry.actions.front()));
        sink.set_source(own);
        if (entry.reply) entry.reply(result);
        entry.result.set_value(std::move(result));
    }
    return count;
}

void ActionQueue::set_wake(std::function<void()> wake) {
    std::lock_guard<std::mutex> lock(mutex_);
    wake_ = std::move(wake);
}

std::size_t ActionQueue::size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return waiting_;
}

SubmitResult QueuedSink::check(Action& action) const {
    return clean_and_validate(action, applied_->session(), read_clock(*clock_));
}

SubmitResult QueuedSink::submit(Action action, SubmitReply reply) {
    SubmitResult checked = check(action);
    if (!checked.ok()) return checked;
    std::future<SubmitResult> queued = queue_->enqueue(std::move(action), source(), std::move(reply));
    // A full queue answers at once; otherwise the future waits for the drain.
    if (queued.wait_for(std::chrono::seconds(0)) == std::future_status::ready) return queued.get();
    checked.state = SaveState::Queued;
    return checked;
}

SubmitResult QueuedSink::submit_all(std::vector<Action> actions) {
    CleanNotices notices;
    for (Action& action : actions) {
        SubmitResult checked = check(action);
        if (!checked.ok()) return checked;
        notices.include(checked.notices);
    }
    std::future<SubmitResult> queued = queue_->enqueue_all(std::move(actions), source());
    if (queued.wait_for(std::chrono::seconds(0)) == std::future_status::ready) return queued.get();
    return {SaveState::Queued, {}, notices};
}

}  // namespace kiosk
