#include "core/action_sink.h"

namespace kiosk {

SubmitResult ActionSink::submit(const std::string& type, Json fields) {
    return submit(make_action(type, session().id, clock().wall_ms(), std::move(fields)));
}

SubmitResult MemorySession::submit(Action action) {
    SubmitResult result;
    result.notices = clean_action(action, session_, clock_->wall_ms());
    if (ApplyResult applied = apply(session_, action); !applied) {
        result.state = SaveState::Rejected;
        result.message = applied.error;
    }
    return result;
}

}  // namespace kiosk
