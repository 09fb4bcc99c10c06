// Where the projector window goes, and when (issue 11, "Hot-plug"): a decision over the monitor
// list, with no GLFW in it, so every case can be tested over a scripted sequence of lists (GLFW
// cannot hot-plug a monitor under Xvfb). The Backend feeds it what GLFW reports and does what it
// answers (Backend::set_projector).
//
// The cases, for a settled monitor list (see "When" below) and the window as it is now:
//
// | wanted (spec)            | monitor list                                  | window now           | step  |
// | ------------------------ | --------------------------------------------- | -------------------- | ----- |
// | none ("")                | any                                           | open                 | Close |
// | none ("")                | any                                           | closed               | Keep  |
// | windowed WxH             | any (monitor changes are ignored)             | closed, never opened | Open  |
// | windowed WxH             | any                                           | open as a window     | Keep  |
// | windowed WxH             | any                                           | open fullscreen      | Move (to a window) |
// | monitor N or NAME        | names a monitor that is not the table's       | closed               | Open  |
// | monitor N or NAME        | names it, same name, position and size        | open on it           | Keep  |
// | monitor N or NAME        | names it, other name, position or size        | open elsewhere       | Move  |
// | monitor N or NAME        | names it                                      | open as a window     | Move  |
// | monitor N or NAME        | names none (unplugged, not present, one only) | open                 | Close |
// | monitor N or NAME        | names none                                    | closed               | Keep  |
// | monitor N or NAME        | names the table's monitor                     | open / closed        | Close / Keep |
//
// The table's monitor is never the projector's: with one monitor there is no projector window
// and the kiosk runs as it always did. N and NAME are matched as --monitor matches them
// (choose_monitor in monitor_choice.h: N counts from 1 in GLFW's order, NAME is a substring,
// ASCII case ignored), over the whole list, the table's monitor included, so "--projector 2"
// means the second monitor as GLFW (and xrandr) count them.
//
// When: the first list seen is acted on at once (start-up; nothing flaps then). A list that
// differs from the last one seen (a monitor more or less, or one with another name, position or
// size) is acted on once it has stayed the same for `settle_seconds` (monitors come and go
// several times while a cable is pushed in), and at the latest `deadline_seconds` after the first
// change not yet acted on, settled or not (the "the projector window follows within 3 s").
// A list once acted on is not acted on again: a window that failed to open is retried when the
// list next changes, not every frame. A new spec (set_spec) is acted on at the next decide().
#pragma once

#include "platform/monitor_choice.h"

#include <limits>
#include <string>
#include <vector>

namespace kiosk::platform {

/// A monitor as GLFW reports it: name, position on the virtual desktop and current video mode
/// size, in pixels.
struct MonitorInfo {
    std::string name;
    int x = 0, y = 0;
    int width_px = 0, height_px = 0;
    bool table = false;  ///< the table window is on this monitor

    bool operator==(const MonitorInfo& o) const {
        return name == o.name && x == o.x && y == o.y && width_px == o.width_px && height_px == o.height_px &&
               table == o.table;
    }
    bool operator!=(const MonitorInfo& o) const { return !(*this == o); }
};

/// What projector is wanted.
struct ProjectorSpec {
    enum class Kind { None, Monitor, Windowed };
    Kind kind = Kind::None;
    std::string monitor;             ///< Kind::Monitor: "N" or a name substring (choose_monitor)
    int width_px = 0, height_px = 0; ///< Kind::Windowed: the window's size
};

/// Parses the projector option: "" → none; "windowed WxH" (e.g. "windowed 1280x720", sizes as
/// parse_size() in monitor_choice.h accepts them) → a window of that size; anything else → the
/// monitor it names, as --projector N|NAME. Returns false with `error` set (English, for the log)
/// for "windowed" followed by no valid size.
bool parse_projector_spec(const std::string& text, ProjectorSpec& out, std::string& error);

/// What the projector window is doing now, as the Backend knows it.
struct ProjectorState {
    bool open = false;
    bool windowed = false;  ///< open as a window (Kind::Windowed), not fullscreen on a monitor
    MonitorInfo monitor;    ///< fullscreen: the monitor it was put on, as that monitor was then
};

/// One thing to do.
struct ProjectorStep {
    enum class Kind { Keep, Open, Move, Close };
    Kind kind = Kind::Keep;
    /// Open or Move on a monitor: its index in the list given to decide() and its description;
    /// -1 for a windowed Open (and for Keep and Close).
    int monitor_index = -1;
    MonitorInfo monitor;
    /// Close: why, for the log ("monitor gone", "turned off", "the table's monitor").
    std::string reason;
    /// Seconds until decide() should be asked again because a changed list is settling;
    /// infinity when nothing is pending (only a new list or spec needs a new decision).
    double recheck_after_seconds = std::numeric_limits<double>::infinity();
};

/// The decision and the little memory it needs (the last list seen, since when, and which list
/// was acted on). One per projector window; not thread-safe.
class ProjectorPlacement {
public:
    static constexpr double kSettleSeconds = 0.5;
    static constexpr double kDeadlineSeconds = 3.0;

    explicit ProjectorPlacement(ProjectorSpec spec, double settle_seconds = kSettleSeconds,
                                double deadline_seconds = kDeadlineSeconds);

    /// Replaces the wanted projector; the next decide() acts on it whatever the list.
    void set_spec(ProjectorSpec spec);
    const ProjectorSpec& spec() const { return spec_; }

    /// Decides from `monitors` (GLFW's order, primary first), the window's `state` and the time
    /// `now_seconds` (monotonic seconds, e.g. glfwGetTime; never going back), following the table
    /// and the timing rules above. Call it whenever the list may have changed and again after
    /// recheck_after_seconds.
    ProjectorStep decide(const std::vector<MonitorInfo>& monitors, const ProjectorState& state, double now_seconds);

private:
    ProjectorStep place(const std::vector<MonitorInfo>& monitors, const ProjectorState& state) const;

    ProjectorSpec spec_;
    double settle_seconds_, deadline_seconds_;
    bool seen_any_ = false;           // a list was seen
    std::vector<MonitorInfo> seen_;   // the last list seen
    double seen_since_ = 0;           // when `seen_` was first seen
    bool pending_ = true;             // `seen_` (or the spec) is not acted on yet
    double pending_since_ = 0;        // the first change not yet acted on
    bool act_now_ = false;            // set_spec(): act at the next decide(), settled or not
};

}  // namespace kiosk::platform
