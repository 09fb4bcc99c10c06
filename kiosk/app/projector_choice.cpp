#include "app/projector_choice.h"

#include "platform/monitor_choice.h"

#include <string>

namespace kiosk::app {

std::vector<ui::ProjectorMonitor> projector_choices(const std::vector<platform::MonitorInfo>& monitors,
                                                    const platform::ProjectorSpec& wanted) {
    std::vector<ui::ProjectorMonitor> out;
    if (wanted.kind == platform::ProjectorSpec::Kind::Windowed) return out;
    for (std::size_t i = 0; i < monitors.size(); ++i)
        if (!monitors[i].table) out.push_back({int(i) + 1, monitors[i].name});
    return out;
}

int projector_monitor_named(const std::vector<platform::MonitorInfo>& monitors, const platform::ProjectorSpec& spec) {
    if (spec.kind != platform::ProjectorSpec::Kind::Monitor) return 0;
    std::vector<std::string> names;
    for (const platform::MonitorInfo& m : monitors) names.push_back(m.name);
    const int index = platform::choose_monitor(names, spec.monitor);
    if (index < 0 || monitors[std::size_t(index)].table) return 0;
    return index + 1;
}

platform::ProjectorSpec projector_on_monitor(int number) {
    platform::ProjectorSpec spec;
    if (number <= 0) return spec;
    spec.kind = platform::ProjectorSpec::Kind::Monitor;
    spec.monitor = std::to_string(number);
    return spec;
}

}  // namespace kiosk::app
