// Where screens send what the user did. A screen builds an Action and submits it; it never
// changes the Session itself. The app's sink writes the action durably to the store before the
// session changes (store/); MemorySession applies it straight away (tests, demo screenshots, a
// read-only second screen fed by another sink).
#pragma once

#include "core/action.h"
#include "core/reduce.h"
#include "core/session.h"
#include "core/timer.h"

#include <string>

namespace kiosk {

/// What became of a submitted action.
struct SubmitResult {
    enum class State {
        Done,      // applied and (for a persistent sink) durable on disk
        Rejected,  // refused by the reducer; `message` says why; nothing changed
        Pending,   // applied in memory but not yet on disk (disk full, read-only…); retried
    };
    State state = State::Done;
    std::string message;    // translated, for the UI; empty when Done
    bool clamped = false;   // a text was cut to its limit (show a notice)
    bool ok() const { return state != State::Rejected; }
};

class ActionSink {
public:
    virtual ~ActionSink() = default;
    /// The session the screens draw.
    virtual const Session& session() const = 0;
    /// Builds, cleans and applies an action of `type` with `fields` to the current session
    /// (session id and time are filled in).
    virtual SubmitResult submit(const std::string& type, Json fields = Json::object()) = 0;
};

/// An ActionSink that keeps the session in memory only.
class MemorySession final : public ActionSink {
public:
    explicit MemorySession(Session session, const Clock& clock = system_clock())
        : session_(std::move(session)), clock_(&clock) {}

    const Session& session() const override { return session_; }
    SubmitResult submit(const std::string& type, Json fields = Json::object()) override;

private:
    Session session_;
    const Clock* clock_;
};

}  // namespace kiosk
