#include "core/action_sink.h"

#include "core/i18n.h"
#include "core/phone_rules.h"

namespace kiosk {
namespace {

/// True when `action` carries a "request" that `session` has applied already (Session::requests).
bool is_applied_request(const Action& action, const Session& session) {
    const std::string key = request_key(action.data);
    return !key.empty() && session.requests.count(key) > 0;
}

}  // namespace

SubmitResult ActionSink::submit(const std::string& type, Json fields) {
    return submit(make_action(type, session().id, read_clock(clock()), std::move(fields)));
}

SubmitResult ActionSink::submit(Action action, SubmitReply reply) {
    SubmitResult result = submit(std::move(action));
    if (result.ok() && reply) reply(result);
    return result;
}

SubmitResult ActionSink::submit_all(std::vector<Action> actions) {
    SubmitResult total;
    for (Action& action : actions) {
        SubmitResult one = submit(std::move(action));
        if (!one.ok()) return one;
        if (one.state != SaveState::Saved) total.state = one.state, total.message = one.message;
        total.notices.include(one.notices);
    }
    return total;
}

SubmitResult ActionSink::clean_and_validate(Action& action, const Session& session, const ClockReading& now) const {
    SubmitResult result;
    if (!action.data.is_object()) return {SaveState::Rejected, tr("An action must be a JSON object."), {}};
    if (is_applied_request(action, session)) {
        result.state = SaveState::Rejected;
        result.message = tr("This was received already.");
        result.duplicate = true;
        return result;
    }
    // Stamped here with both clocks (core/timer.h) when the sender left the time out; an "at" of
    // the sender's own keeps its meaning and gets no monotonic reading to go with it.
    if (!action.data.contains("at") || !action.data["at"].is_number_integer()) {
        action.data["at"] = now.wall_ms;
        if (!now.run.empty()) action.data["mono"] = now.mono_ms, action.data["run"] = now.run;
    }
    result.notices = clean_action(action, session, now.wall_ms);
    // The store's log says which phone sent what (PROTOCOL.md): the server put in "device" and
    // "request"; the source is recorded here, whatever the record said.
    if (source_ == Source::Phone) action.data["source"] = "phone";
    if (std::string error = validate(action.data, source_); !error.empty()) {
        result.state = SaveState::Rejected;
        result.message = std::move(error);
        return result;
    }
    if (std::string error = check_input(action, session); !error.empty()) {
        result.state = SaveState::Rejected;
        result.message = std::move(error);
        return result;
    }
    // validate() passed, so the type is in the catalogue.
    const ActionSpec& spec = *find_action_spec(action.data["type"].get_ref<const std::string&>());
    if (locked_out(spec, source_) && session.input_locked(now)) {
        result.state = SaveState::Rejected;
        result.message = tr("The table is locked by the facilitator.");
        return result;
    }
    if (source_ != Source::Phone) return result;
    strip_for_phone(session, action);
    if (std::string refusal = phone_refusal(session, action); !refusal.empty()) {
        result.state = SaveState::Rejected;
        result.message = std::move(refusal);
    }
    return result;
}

SubmitResult MemorySession::submit(Action action) {
    SubmitResult result = clean_and_validate(action, session_, read_clock(*clock_));
    if (!result.ok()) return result;
    if (ApplyResult applied = apply(session_, action); !applied) {
        result.state = SaveState::Rejected;
        result.message = applied.error;
    }
    return result;
}

SubmitResult ActionSink::apply_each(std::vector<Action>& actions, Session& next, const BatchCheck& check) {
    SubmitResult total;
    for (Action& action : actions) {
        SubmitResult one = check(action, next);
        if (!one.ok()) return one;
        if (ApplyResult applied = apply(next, action); !applied) return {SaveState::Rejected, applied.error, {}};
        total.notices.include(one.notices);
    }
    return total;
}

SubmitResult MemorySession::submit_all(std::vector<Action> actions) {
    Session next = session_;
    SubmitResult result = apply_each(actions, next, [this](Action& action, const Session& session) {
        return clean_and_validate(action, session, read_clock(*clock_));
    });
    if (result.ok()) session_ = std::move(next);
    return result;
}

template <class Send>
SubmitResult SourcedSink::as_own_source(Send send) {
    const Source own = inner_->source();
    inner_->set_source(source());
    SubmitResult r = send(*inner_);
    inner_->set_source(own);
    return r;
}

SubmitResult SourcedSink::submit(Action action) {
    return as_own_source([&](ActionSink& in) { return in.submit(std::move(action)); });
}

SubmitResult SourcedSink::submit(Action action, SubmitReply reply) {
    return as_own_source([&](ActionSink& in) { return in.submit(std::move(action), std::move(reply)); });
}

SubmitResult SourcedSink::submit_all(std::vector<Action> actions) {
    return as_own_source([&](ActionSink& in) { return in.submit_all(std::move(actions)); });
}

}  // namespace kiosk
