// A strip along the top of the table for things the facilitator must know that are no error of
// the session (issue 14: a monitor named on the command line that is not there reached only the
// log). Each notice shows for kBannerSeconds from when it first appears, and goes at once when
// its cause goes; one that comes back later shows again.
#pragma once

#include "ui/redraw.h"
#include "ui/theme.h"

#include <map>
#include <string>
#include <vector>

namespace kiosk::ui {

inline constexpr double kBannerSeconds = 20.0;

class NoticeBanner {
public:
    /// The notices that hold now (already translated), in the order to show them.
    void update(const std::vector<std::string>& current, double now_seconds);
    /// Those of the last update() still within their kBannerSeconds; asks `redraw` for the frame
    /// at which the first of them ends.
    std::vector<std::string> visible(double now_seconds, Redraw& redraw) const;
    /// Draws visible() over the top of the display (a window above the others that takes no
    /// input), each notice
    /// recorded as hit target "notice-N" (N from 0) for tests and --log-targets.
    void draw(const Context& ctx, double now_seconds, Redraw& redraw) const;

private:
    std::vector<std::string> current_;
    std::map<std::string, double> since_;  // when each current notice first appeared
};

}  // namespace kiosk::ui
