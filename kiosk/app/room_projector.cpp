#include "app/room_projector.h"

#include "app/projector_choice.h"
#include "core/i18n.h"
#include "ui/note_shapes.h"
#include "ui/touch.h"  // hit_targets()

#include <fmt/format.h>

namespace kiosk::app {

RoomProjector::RoomProjector(platform::Backend& backend, const platform::ProjectorSpec& wanted, Source source)
    : backend_(&backend), wanted_(wanted), source_(std::move(source)) {
    if (wanted_.kind != platform::ProjectorSpec::Kind::None) set_on(true);
}

RoomProjector::~RoomProjector() { backend_->set_projector(platform::ProjectorSpec{}, platform::ProjectorWindow{}); }

bool RoomProjector::available() const {
    return wanted_.kind != platform::ProjectorSpec::Kind::None || backend_->monitors().size() > 1;
}

platform::ProjectorSpec RoomProjector::spec_when_on() const {
    if (wanted_.kind != platform::ProjectorSpec::Kind::None) return wanted_;
    // Turned on by the one switch without --projector: the first monitor that is not the
    // table's, or the second one (the placement waits for it to be plugged in).
    const std::vector<ui::ProjectorMonitor> choices = monitor_choices();
    return projector_on_monitor(choices.empty() ? 2 : choices.front().number);
}

std::vector<ui::ProjectorMonitor> RoomProjector::monitor_choices() const {
    return projector_choices(backend_->monitors(), wanted_);
}

int RoomProjector::monitor_number() const {
    return on_ ? projector_monitor_named(backend_->monitors(), spec_when_on()) : 0;
}

void RoomProjector::set_on(const platform::ProjectorSpec& spec) {
    if (spec.kind == platform::ProjectorSpec::Kind::None) return set_on(false);
    wanted_ = spec;
    set_on(true);
}

void RoomProjector::set_on(bool on) {
    on_ = on;
    platform::ProjectorWindow window;
    window.title = "Workshop Kiosk (projector)";
    window.frame = [this](const platform::FrameInfo& info) { return frame(info); };
    window.opened = [this](ImGuiContext* imgui) {
        ui::bind_window_state(window_, imgui);
        shown_stamp_.clear();
    };
    window.closing = [](ImGuiContext* imgui) { ui::unbind_window_state(imgui); };
    backend_->set_projector(on ? spec_when_on() : platform::ProjectorSpec{}, std::move(window));
}

namespace {

/// What a projector frame shows, in one string: when it changes, the projector draws again.
std::string stamp(const Session* s, const ui::ProjectorShow& show, const std::string& language) {
    if (!s) return "none/" + language + "/" + show.phones.url + "/" + std::to_string(show.phones.connected);
    return fmt::format("{}/{}/{}/{}/{}/{}/{}/{}/{}/{}", s->id, s->updated_ms, s->notes.size(), s->visions.size(),
                       show.pause_screen, show.agenda, language, show.phones.url, show.phones.connected,
                       show.phones.handed_in);
}

}  // namespace

void RoomProjector::follow_table() {
    if (!on_) return;
    platform::Window* window = backend_->projector();
    if (!window) return;
    if (stamp(source_.session(), show, source_.language()) != shown_stamp_) backend_->redraw_soon(window);
}

platform::FrameRequest RoomProjector::frame(const platform::FrameInfo& info) {
    platform::FrameRequest request;
    const std::string language = source_.language();
    const LanguageScope speaking(language_for(language));
    ctx_.language = language;
    ui::hit_targets().clear();
    if (info.scale_changed) {
        ctx_.metrics.em = info.scale.body_px;
        ctx_.metrics.px_per_mm = info.scale.px_per_mm;
        ctx_.fonts = {info.fonts->body, info.fonts->heading, info.fonts->display, info.fonts->icons};
        ui::apply_theme(ImGui::GetStyle(), ctx_.metrics);
    }
    ui::set_note_shape_callback(info.note_shapes);
    ui::Redraw redraw;
    const Session* session = source_.session();
    if (session) {
        view_.draw(*session, show, ctx_, redraw);
    } else {
        // Between sessions the wall shows the pause screen with the kiosk's name and the clock,
        // never a desktop or a frozen frame.
        waiting_.title = tr("Workshop Kiosk");
        view_.draw(waiting_, show, ctx_, redraw);
    }
    shown_stamp_ = stamp(session, show, language);
    request.redraw_after_seconds = redraw.after_seconds;
    return request;
}

}  // namespace kiosk::app
