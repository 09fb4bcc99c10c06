#include "platform/projector_placement.h"

#include <algorithm>

namespace kiosk::platform {

bool parse_projector_spec(const std::string& text, ProjectorSpec& out, std::string& error) {
    static const std::string kWindowed = "windowed";
    ProjectorSpec spec;
    if (text.empty()) {
        out = spec;
        return true;
    }
    if (text.compare(0, kWindowed.size(), kWindowed) == 0) {
        std::string size = text.substr(kWindowed.size());
        size.erase(0, std::min(size.find_first_not_of(' '), size.size()));
        if (!parse_size(size, spec.width_px, spec.height_px)) {
            error = "the projector \"" + text + "\" needs a size such as \"windowed 1280x720\"";
            return false;
        }
        spec.kind = ProjectorSpec::Kind::Windowed;
        out = spec;
        return true;
    }
    spec.kind = ProjectorSpec::Kind::Monitor;
    spec.monitor = text;
    out = spec;
    return true;
}

ProjectorPlacement::ProjectorPlacement(ProjectorSpec spec, double settle_seconds, double deadline_seconds)
    : spec_(std::move(spec)), settle_seconds_(settle_seconds), deadline_seconds_(deadline_seconds) {}

void ProjectorPlacement::set_spec(ProjectorSpec spec) {
    spec_ = std::move(spec);
    pending_ = true;
    act_now_ = true;  // a spec is chosen, it does not flap
}

ProjectorStep ProjectorPlacement::decide(const std::vector<MonitorInfo>& monitors, const ProjectorState& state,
                                         double now_seconds) {
    if (!seen_any_) {  // start-up: act on the first list at once
        seen_any_ = true;
        seen_ = monitors;
        seen_since_ = now_seconds - settle_seconds_;
        pending_since_ = seen_since_;
        pending_ = true;
    } else if (monitors != seen_) {
        seen_ = monitors;
        seen_since_ = now_seconds;
        // A windowed projector does not follow monitors: a change leaves it as it is.
        if (!pending_ && spec_.kind != ProjectorSpec::Kind::Windowed) {
            pending_ = true;
            pending_since_ = now_seconds;
        }
    }
    ProjectorStep keep;
    if (!pending_) return keep;
    const double settled_at = seen_since_ + settle_seconds_;
    const double deadline_at = pending_since_ + deadline_seconds_;
    const double act_at = std::min(settled_at, deadline_at);
    if (now_seconds < act_at && !act_now_) {
        keep.recheck_after_seconds = act_at - now_seconds;
        return keep;
    }
    pending_ = false;
    act_now_ = false;
    return place(monitors, state);
}

ProjectorStep ProjectorPlacement::place(const std::vector<MonitorInfo>& monitors, const ProjectorState& state) const {
    ProjectorStep step;
    auto close = [&](const char* reason) {
        if (state.open) {
            step.kind = ProjectorStep::Kind::Close;
            step.reason = reason;
        }
        return step;
    };
    switch (spec_.kind) {
    case ProjectorSpec::Kind::None:
        return close("turned off");
    case ProjectorSpec::Kind::Windowed:
        if (!state.open) step.kind = ProjectorStep::Kind::Open;
        else if (!state.windowed) step.kind = ProjectorStep::Kind::Move;
        return step;
    case ProjectorSpec::Kind::Monitor:
        break;
    }
    std::vector<std::string> names;
    for (const MonitorInfo& m : monitors) names.push_back(m.name);
    const int chosen = choose_monitor(names, spec_.monitor);
    if (chosen < 0) return close("monitor gone");
    const MonitorInfo& target = monitors[size_t(chosen)];
    if (target.table) return close("the table's monitor");
    if (state.open && !state.windowed && state.monitor == target) return step;
    step.kind = state.open ? ProjectorStep::Kind::Move : ProjectorStep::Kind::Open;
    step.monitor_index = chosen;
    step.monitor = target;
    return step;
}

}  // namespace kiosk::platform
