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

#include <string>

namespace kiosk {

/// What became of a submitted action.
enum class SaveState {
    Saved,     // applied and (for a persistent sink) on disk, with everything submitted before it
    NotSaved,  // applied in memory, waiting to be written (disk full, read-only…); retried
    Rejected,  // refused by the reducer; nothing changed
};

struct SubmitResult {
    SaveState state = SaveState::Saved;
    std::string message;   // translated, for the UI; empty when Saved
    CleanNotices notices;  // a text was shortened (clamped) or repaired while cleaning
    bool ok() const { return state != SaveState::Rejected; }
};

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

    /// Who submits through this sink: what validate() lets through (core/action_catalogue.h).
    /// The kiosk's own screens are the Table, the default; `kiosk apply` is the CommandLine.
    Source source() const { return source_; }
    void set_source(Source source) { source_ = source; }

protected:
    /// The first step of every submit(Action): cleans `action` for `session` (clean_action(),
    /// a missing "at" becomes `now_ms`) and validates it for source() (validate()). Rejected
    /// with the catalogue's message, or Saved with the cleaning notices.
    SubmitResult clean_and_validate(Action& action, const Session& session, std::int64_t now_ms) const;

    /// The wall clock that stamps actions built by submit(type, fields).
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

private:
    const Clock& clock() const override { return *clock_; }
    Session session_;
    const Clock* clock_;
};

}  // namespace kiosk
