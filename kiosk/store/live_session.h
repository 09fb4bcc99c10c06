// LiveSession: the session the room is working on, kept in memory and on disk together. The app
// and the UI change a session only through submit(); it cleans the action (core/text.h limits),
// validates it by applying it (core/reduce.h), and writes it durably (Store::append, one
// transaction per action).
//
// Policy when a write fails (disk full, folder read-only, database busy past the timeout,
// I/O error): the action has been validated and is KEPT APPLIED in memory — the room sees its
// note, and later actions that build on it (editing that note) stay valid — and it waits in an
// in-memory pending queue, in order. submit() returns NotSaved with the reason, so the UI shows
// "not saved yet, retrying" for as long as pending() > 0. Every submit() and every retry() first
// tries to write the whole queue again, in one transaction. Nothing is reported saved before it
// is on disk; what is pending is lost only if the process dies before the disk recovers, and the
// UI has been saying so all that time.
#pragma once

#include "core/action.h"
#include "core/action_sink.h"
#include "core/reduce.h"
#include "core/session.h"
#include "core/timer.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

class Store;

class LiveSession final : public ActionSink {
public:
    /// A new, empty session on `store` (which must be writable and outlive this object): the
    /// first submit must be a "session.create" with an id the store does not hold yet.
    explicit LiveSession(Store& store, const Clock& clock = system_clock());

    /// Resumes the stored session `id` (or "latest") by replaying its log. Throws StoreError.
    /// Stored actions the reducer refuses are skipped and listed in replay_problems().
    static LiveSession open(Store& store, const std::string& id, const Clock& clock = system_clock());

    /// Cleans, validates, applies and durably stores `action` (see the policy above).
    /// A missing "at" is filled with the clock's wall time.
    using ActionSink::submit;
    SubmitResult submit(Action action) override;

    /// Cleans, validates and applies `actions` in order as one step, all or none: a refusal
    /// (Rejected, with that action's message) leaves the session and the store unchanged;
    /// otherwise they are written in one transaction (Store::append), with the policy above
    /// when the write fails.
    SubmitResult submit_all(std::vector<Action> actions) override;

    /// Tries to write the pending queue again. Saved when the queue is now empty.
    SubmitResult retry();

    const Session& session() const override { return session_; }
    /// Actions applied in memory but not on disk yet.
    std::size_t pending() const { return pending_.size(); }
    const std::vector<std::string>& replay_problems() const { return replay_problems_; }

private:
    const Clock& clock() const override { return *clock_; }
    SubmitResult flush();
    /// The checks before applying, for `session` as it stands: a JSON object, cleaned and valid
    /// for source(), storable, and a new session's id not taken yet.
    SubmitResult prepare(Action& action, const Session& session) const;

    Store* store_;
    const Clock* clock_;
    Session session_;
    std::int64_t stored_count_ = 0;  // actions of this session known to be on disk
    std::vector<Action> pending_;
    bool write_failed_ = false;       // a commit failed: it may still have reached the disk
    std::vector<std::string> replay_problems_;
};

}  // namespace kiosk
