#include "core/action_sink.h"

namespace kiosk {

SubmitResult ActionSink::submit(const std::string& type, Json fields) {
    return submit(make_action(type, session().id, clock().wall_ms(), std::move(fields)));
}

SubmitResult ActionSink::clean_and_validate(Action& action, const Session& session, std::int64_t now_ms) const {
    SubmitResult result;
    result.notices = clean_action(action, session, now_ms);
    if (std::string error = validate(action.data, source_); !error.empty()) {
        result.state = SaveState::Rejected;
        result.message = std::move(error);
    }
    return result;
}

SubmitResult MemorySession::submit(Action action) {
    SubmitResult result = clean_and_validate(action, session_, clock_->wall_ms());
    if (!result.ok()) return result;
    if (ApplyResult applied = apply(session_, action); !applied) {
        result.state = SaveState::Rejected;
        result.message = applied.error;
    }
    return result;
}

}  // namespace kiosk
