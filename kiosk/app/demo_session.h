// The demo session (sessions/demo/*.jsonl) loaded onto the shipped plan, in memory, for
// screenshots and for trying the kiosk without touching a database.
#pragma once

#include "core/action_sink.h"

#include <memory>
#include <string>

namespace kiosk::app {

/// A wall clock shifted by a fixed offset (monotonic time untouched), so the demo session reads
/// as if it happened a few minutes ago rather than on the day the script was written.
class ShiftedClock final : public Clock {
public:
    ShiftedClock(const Clock& base, std::int64_t offset_ms) : base_(&base), offset_ms_(offset_ms) {}
    std::int64_t wall_ms() const override { return base_->wall_ms() + offset_ms_; }
    std::int64_t monotonic_ms() const override { return base_->monotonic_ms(); }

private:
    const Clock* base_;
    std::int64_t offset_ms_;
};

struct DemoSession {
    std::unique_ptr<ShiftedClock> clock;    ///< the demo's "now": 3 minutes after its last action
    std::unique_ptr<MemorySession> session;
};

/// Loads `script` (JSON Lines of actions) with `plan_id` in `language` from `plans_dir` as the
/// plan of its session.create. Returns an empty DemoSession with `error` set when the plan or
/// the script cannot be read or an action does not apply ("line N: why").
DemoSession load_demo_session(const std::string& plans_dir, const std::string& script,
                              const std::string& language, std::string& error);

/// The demo script shipped for `language` under `plans_dir`/demo ("" when there is none).
std::string demo_script_path(const std::string& plans_dir, const std::string& language);

}  // namespace kiosk::app
