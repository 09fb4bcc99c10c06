// A session opened read-only from the archive (issue 13): shown as it ended, every exercise
// browsable, nothing changeable and nothing stored. The only action it takes is agenda.goto,
// applied to its own copy in memory (the browsing); every other is refused with a message
// that says how to change the session (continue it from the archive). It holds no store, so
// nothing it is sent can reach the database.
#pragma once

#include "core/action_sink.h"

namespace kiosk {

class ReadOnlySession final : public ActionSink {
public:
    explicit ReadOnlySession(Session session, const Clock& clock = system_clock())
        : memory_(std::move(session), clock), clock_(&clock) {}

    const Session& session() const override { return memory_.session(); }
    using ActionSink::submit;
    /// agenda.goto: applied in memory only; anything else: Rejected with read_only_message().
    SubmitResult submit(Action action) override;
    /// All or none, by the rule of submit().
    SubmitResult submit_all(std::vector<Action> actions) override;

private:
    const Clock& clock() const override { return *clock_; }
    MemorySession memory_;
    const Clock* clock_;
};

/// "This session is open read-only…": translated, why an action was refused and how to go on.
const char* read_only_message();

}  // namespace kiosk
