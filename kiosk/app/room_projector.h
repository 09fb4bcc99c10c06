// The room's projector (issue 11): a second window that shows the open session read-only
// (ui/projector_view.h), with its own ImGui context, ui::WindowState and ui::Context sized for
// the back of the room. The platform opens, moves and closes the window as monitors come and go
// (Backend::set_projector); this class says what is wanted and draws it.
#pragma once

#include "core/session.h"
#include "platform/backend.h"
#include "platform/projector_placement.h"
#include "ui/facilitator_screen.h"
#include "ui/projector_view.h"
#include "ui/window_state.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace kiosk::app {

class RoomProjector {
public:
    /// What the projector draws, read each frame: the open session (nullptr: none, the calm
    /// waiting screen) and the kiosk's language.
    struct Source {
        std::function<const Session*()> session;
        std::function<std::string()> language;
    };

    /// `wanted`: from --projector / --projector-windowed (Kind::None: off until the console turns
    /// it on, on the monitor it chooses, or by its one switch on the first monitor that is not
    /// the table's). `backend` must outlive this object.
    RoomProjector(platform::Backend& backend, const platform::ProjectorSpec& wanted, Source source);
    /// Closes the projector window: its hooks point here.
    ~RoomProjector();
    RoomProjector(const RoomProjector&) = delete;
    RoomProjector& operator=(const RoomProjector&) = delete;

    /// True when the console can offer the projector (a second monitor, or a window asked for).
    bool available() const;
    /// Whether the projector is wanted now (it shows once its monitor is there).
    bool on() const { return on_; }
    /// Whether its window is open now (wanted and its monitor there).
    bool showing() const { return backend_->projector() != nullptr; }
    /// Turns the projector on or off (the console's one switch): on where it was last wanted.
    void set_on(bool on);
    /// Turns the projector on where `spec` says, e.g. the monitor chosen in the console
    /// (projector_on_monitor()), and remembers it for set_on(true); Kind::None turns it off.
    void set_on(const platform::ProjectorSpec& spec);

    /// The monitors the console offers now (projector_choices() over Backend::monitors()):
    /// empty with --projector-windowed or without a monitor besides the table's.
    std::vector<ui::ProjectorMonitor> monitor_choices() const;
    /// While on, the number of the monitor the projector is wanted on (1 = first), else 0.
    int monitor_number() const;
    /// Where the projector is wanted now (Kind::None while off), and the monitors there are.
    platform::ProjectorSpec wanted_now() const { return on_ ? spec_when_on() : platform::ProjectorSpec{}; }
    std::vector<platform::MonitorInfo> monitors() const { return backend_->monitors(); }

    /// The pause screen and whether the table shows the agenda; set by the app each table frame.
    ui::ProjectorShow show;

    /// Called at the end of each table frame: when what the projector shows changed (an action
    /// applied, another screen, the pause screen), its window is drawn again soon. It draws
    /// nothing while nothing changed, so an idle room costs no frames on either window.
    void follow_table();

private:
    platform::FrameRequest frame(const platform::FrameInfo& info);
    platform::ProjectorSpec spec_when_on() const;
    platform::Backend* backend_;
    platform::ProjectorSpec wanted_;
    Source source_;
    bool on_ = false;
    ui::WindowState window_;
    ui::Context ctx_;
    ui::ProjectorView view_;
    Session waiting_;          // shown between sessions: no exercise, so the pause screen
    std::string shown_stamp_;  // what the projector's last frame showed (follow_table())
};

}  // namespace kiosk::app
