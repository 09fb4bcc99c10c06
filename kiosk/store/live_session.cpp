#include "store/live_session.h"

#include "core/i18n.h"
#include "store/store.h"
#include "store/store_error.h"

#include <fmt/format.h>

#include <algorithm>

namespace kiosk {

LiveSession::LiveSession(Store& store, const Clock& clock) : store_(&store), clock_(&clock) {}

LiveSession LiveSession::open(Store& store, const std::string& id, const Clock& clock) {
    LoadedSession loaded = store.load_session(id);
    LiveSession live(store, clock);
    live.session_ = std::move(loaded.session);
    live.stored_count_ = loaded.action_count;
    live.replay_problems_ = std::move(loaded.problems);
    return live;
}

SubmitResult LiveSession::prepare(Action& action, const Session& session) const {
    SubmitResult checked = clean_and_validate(action, session, read_clock(*clock_));
    if (!checked.ok()) return checked;
    try {
        (void)action.to_line();  // a field clean_action does not know (an id) may still be bad
    } catch (const Json::exception&) {
        return {SaveState::Rejected, tr("The action contains text that is not valid UTF-8."), checked.notices};
    }
    if (action.type() == "session.create" && session.id.empty()) {
        // A new session must not reuse a stored id (its log would mix with the other one's).
        // When the store cannot tell right now, the create is refused: nothing is applied yet,
        // and trying again later is cheap.
        try {
            if (store_->summary(action.session()))
                return {SaveState::Rejected,
                        fmt::format(fmt::runtime(tr("A session with the id \"{}\" already exists.")),
                                    action.session()),
                        checked.notices};
        } catch (const StoreError& e) {
            return {SaveState::Rejected, e.what(), checked.notices};
        }
    }
    return checked;
}

SubmitResult LiveSession::submit(Action action) {
    SubmitResult checked = prepare(action, session_);
    if (!checked.ok()) return checked;
    ApplyResult applied = apply(session_, action);
    SubmitResult result;
    if (applied) {
        pending_.push_back(std::move(action));
        result = flush();
    } else {
        result = {SaveState::Rejected, applied.error, {}};
        if (!pending_.empty()) flush();  // still "retry on the next submit"
    }
    result.notices = checked.notices;
    return result;
}

SubmitResult LiveSession::submit_all(std::vector<Action> actions) {
    // Each action is checked against the session as the ones before it left it, on a copy: a
    // refusal anywhere leaves the session and the store as they were.
    Session next = session_;
    const SubmitResult checked = apply_each(actions, next, [this](Action& action, const Session& session) {
        return prepare(action, session);
    });
    if (!checked.ok()) {
        if (!pending_.empty()) flush();  // still "retry on the next submit"
        return checked;
    }
    // The same policy as one action, for all of them at once: flush() writes the pending queue,
    // this batch included, in one transaction (Store::append).
    session_ = std::move(next);
    for (Action& action : actions) pending_.push_back(std::move(action));
    SubmitResult result = flush();
    result.notices = checked.notices;
    return result;
}

SubmitResult LiveSession::retry() { return flush(); }

SubmitResult LiveSession::flush() {
    if (pending_.empty()) return {};
    try {
        if (write_failed_ && !store_->file_replaced()) {
            // A commit that reported failure (an fsync error after the WAL frames were written)
            // may still have reached the disk; the summary row, written in the same transaction,
            // tells how many did, so nothing is stored twice.
            std::int64_t on_disk = store_->action_count(session_.id);
            auto already = static_cast<std::size_t>(std::max<std::int64_t>(0, on_disk - stored_count_));
            already = std::min(already, pending_.size());
            pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(already));
            stored_count_ += static_cast<std::int64_t>(already);
        }
        store_->append(session_, pending_);
        stored_count_ += static_cast<std::int64_t>(pending_.size());
        pending_.clear();
        write_failed_ = false;
        return {};
    } catch (const StoreError& e) {
        write_failed_ = true;
        if (e.kind() == StoreErrorKind::Replaced)  // retrying cannot help: say what can
            return {SaveState::NotSaved,
                    fmt::format(fmt::runtime(tr("Not saved ({} waiting): {} Everything stays on screen; export the "
                                                "session now (hold Facilitator) to keep it.")),
                                pending_.size(), e.what()),
                    {}};
        return {SaveState::NotSaved,
                fmt::format(fmt::runtime(tr("Not saved yet ({} waiting): {} The kiosk keeps trying.")),
                            pending_.size(), e.what()),
                {}};
    }
}

}  // namespace kiosk
