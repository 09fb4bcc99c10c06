#include "core/action_sink.h"

namespace kiosk {

SubmitResult MemorySession::submit(const std::string& type, Json fields) {
    Action action = make_action(type, session_.id, clock_->wall_ms(), std::move(fields));
    CleanNotices notices = clean_action(action, session_, clock_->wall_ms());
    SubmitResult result;
    result.clamped = notices.clamped;
    if (ApplyResult applied = apply(session_, action); !applied) {
        result.state = SubmitResult::State::Rejected;
        result.message = applied.error;
    }
    return result;
}

}  // namespace kiosk
