#include "app/monitor_notices.h"

#include "core/i18n.h"
#include "platform/monitor_choice.h"

#include <fmt/format.h>

namespace kiosk::app {

std::vector<std::string> monitor_notices(const std::string& table_monitor, const platform::ProjectorSpec& projector,
                                         const std::vector<platform::MonitorInfo>& monitors) {
    std::vector<std::string> out;
    if (monitors.empty()) return out;
    std::vector<std::string> names;
    for (const platform::MonitorInfo& m : monitors) names.push_back(m.name);
    if (!table_monitor.empty() && platform::choose_monitor(names, table_monitor) < 0)
        out.push_back(fmt::format(
            fmt::runtime(tr("Monitor \"{}\" is not connected, so the kiosk is on \"{}\". It moves there once the monitor is plugged in.")),
            table_monitor, names.front()));
    if (projector.kind == platform::ProjectorSpec::Kind::Monitor) {
        const int index = platform::choose_monitor(names, projector.monitor);
        if (index < 0)
            out.push_back(fmt::format(
                fmt::runtime(tr("The projector's monitor \"{}\" is not connected. The projector appears as soon as it is plugged in.")),
                projector.monitor));
        else if (monitors[std::size_t(index)].table)
            out.push_back(fmt::format(
                fmt::runtime(tr("The projector's monitor \"{}\" is the table's own screen. Choose another monitor under Facilitator (hold it).")),
                names[std::size_t(index)]));
    }
    return out;
}

}  // namespace kiosk::app
