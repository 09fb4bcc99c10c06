// Where screens send what the user did. A screen builds an Action and submits it; it never
// changes the Session itself. The app's sink writes the action durably to the store before the
// session changes (store/); MemorySession applies it straight away (tests, demo screenshots, a
// read-only second screen fed by another sink).
#pragma once

#include "core/action.h"
#include "core/action_catalogue.h"
#include "core/reduce.h"
#include "core/session.h"
#include "core/timer.h"

#include <functional>
#include <string>
#include <vector>

namespace kiosk {

/// What became of a submitted action.
enum class SaveState {
    Saved,     // applied and (for a persistent sink) on disk, with everything submitted before it
    NotSaved,  // applied in memory, waiting to be written (disk full, read-only…); retried
    Rejected,  // refused by the reducer; nothing changed
    Queued,    // cleaned, validated and waiting in an ActionQueue (core/action_queue.h): the app
               // applies it between frames, and the result then goes to the action's reply. Counts
               // as ok(): the screen goes on as if it were applied; the next frame shows it.
};

struct SubmitResult {
    SaveState state = SaveState::Saved;
    std::string message;   // translated, for the UI; empty when Saved
    CleanNotices notices;  // a text was shortened (clamped) or repaired while cleaning
    /// Rejected because the action's "request" was applied before (Session::requests): a phone's
    /// retry, answered as delivered (kiosk/net/PROTOCOL.md "duplicate"), not as an error.
    bool duplicate = false;
    bool ok() const { return state != SaveState::Rejected; }
};

/// Told the final result of one submitted action (or batch), e.g. to show "note deleted - undo"
/// only once the delete is really applied.
using SubmitReply = std::function<void(const SubmitResult&)>;

class ActionSink {
public:
    virtual ~ActionSink() = default;
    /// The session the screens draw.
    virtual const Session& session() const = 0;
    /// Builds an action of `type` with `fields` for the current session (session id and time
    /// filled in), cleans it (clean_action) and applies it.
    SubmitResult submit(const std::string& type, Json fields = Json::object());
    /// Cleans and applies an action that is already built.
    virtual SubmitResult submit(Action action) = 0;
    /// Submits a typed action (core/actions.h), e.g. submit(actions::NoteEdit{id, text}).
    template <class A, class = decltype(A::kType)>
    SubmitResult submit(const A& action) { return submit(A::kType, action.fields()); }

    /// As submit(action), and `reply` (may be empty) is told the final result once the action is
    /// applied or refused: at once for a sink that applies straight away, after the drain for a
    /// QueuedSink (core/action_queue.h; on the thread that drains). Returns Rejected — and
    /// `reply` never runs — when the action is refused outright (catalogue, full queue).
    virtual SubmitResult submit(Action action, SubmitReply reply);
    template <class A, class = decltype(A::kType)>
    SubmitResult submit(const A& action, SubmitReply reply) {
        return submit(make_action(A::kType, session().id, read_clock(clock()), action.fields()), std::move(reply));
    }

    /// Cleans and applies `actions` in order as one step. This default submits them one by one
    /// and stops at the first refusal (the ones before it stay applied); MemorySession and
    /// LiveSession override it to apply all or none (LiveSession in one store transaction).
    /// Returns Rejected with the message of the refused action, else the worst state of them.
    virtual SubmitResult submit_all(std::vector<Action> actions);

    /// Who submits through this sink: what validate() lets through (core/action_catalogue.h).
    /// The kiosk's own screens are the Table, the default; `kiosk apply` is the CommandLine.
    Source source() const { return source_; }
    void set_source(Source source) { source_ = source; }

protected:
    /// The first step of every submit(Action): refuses an action whose data is not a JSON object;
    /// refuses one whose "request" `session` applied before (Session::requests) with
    /// duplicate = true and "This was received already." (a phone's retry applies once,
    /// kiosk/net/PROTOCOL.md); then cleans `action` for `session` (clean_action(),
    /// a missing "at" becomes `now`, with its "mono" and "run"), marks an action from a Phone "source":"phone", and
    /// validates it for source() (validate()); then, while
    /// `session`.input_locked(now), refuses participants' input from the Table or a Phone
    /// (locked_out(), issue 11) with "The table is locked by the facilitator."; last, for a
    /// Phone, the phone rules (phone_refusal(), core/phone_rules.h). Rejected with the first
    /// refusal's message, or Saved with the cleaning notices.
    SubmitResult clean_and_validate(Action& action, const Session& session, const ClockReading& now) const;

    /// The heart of an all-or-none submit_all(): checks each action with `check` (against
    /// `next` as the ones before it left it) and applies it to `next`. Returns the first refusal,
    /// or Saved with every action's cleaning notices; `next` is then the session after them all.
    using BatchCheck = std::function<SubmitResult(Action&, const Session&)>;
    static SubmitResult apply_each(std::vector<Action>& actions, Session& next, const BatchCheck& check);

    /// The clock that stamps actions built by submit(type, fields) (both readings, core/timer.h).
    virtual const Clock& clock() const = 0;

private:
    Source source_ = Source::Table;
};

/// An ActionSink that keeps the session in memory only.
class MemorySession final : public ActionSink {
public:
    explicit MemorySession(Session session, const Clock& clock = system_clock())
        : session_(std::move(session)), clock_(&clock) {}

    const Session& session() const override { return session_; }
    using ActionSink::submit;
    SubmitResult submit(Action action) override;
    /// All or none: applied to a copy of the session, kept only when every action applied.
    SubmitResult submit_all(std::vector<Action> actions) override;

private:
    const Clock& clock() const override { return *clock_; }
    Session session_;
    const Clock* clock_;
};

/// Sends through another sink as `source`: e.g. the facilitator console's actions into the
/// table's MemorySession, where no queue carries the source (core/action_queue.h does in the
/// app). `inner`'s own source is restored after each submit; `inner` and `clock` (which stamps
/// actions built here) must outlive this sink.
class SourcedSink final : public ActionSink {
public:
    SourcedSink(ActionSink& inner, Source source, const Clock& clock = system_clock())
        : inner_(&inner), clock_(&clock) { set_source(source); }
    const Session& session() const override { return inner_->session(); }
    using ActionSink::submit;
    SubmitResult submit(Action action) override;
    SubmitResult submit(Action action, SubmitReply reply) override;
    SubmitResult submit_all(std::vector<Action> actions) override;

private:
    /// Runs `send` with inner's source set to this sink's, then restores inner's own.
    template <class Send>
    SubmitResult as_own_source(Send send);
    const Clock& clock() const override { return *clock_; }
    ActionSink* inner_;
    const Clock* clock_;
};

}  // namespace kiosk
