#include "app/kiosk_app.h"

#include "app/demo_session.h"
#include "app/paths.h"
#include "core/i18n.h"
#include "platform/chime.h"
#include "platform/stop_signals.h"
#include "platform/translation.h"
#include "ui/facilitator_screen.h"
#include "ui/keyboard.h"
#include "ui/note_shapes.h"
#include "ui/screens.h"
#include "ui/session_view.h"
#include "ui/start_screen.h"
#include "ui/touch.h"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <ctime>
#include <memory>

namespace kiosk::app {
namespace {

void log_line(const std::string& line) { std::fprintf(stderr, "kiosk: %s\n", line.c_str()); }

bool screen_is_built(ui::Screen s) { return s != ui::Screen::Export; }

bool is_session_screen(ui::Screen s) { return s == ui::Screen::Agenda || s == ui::Screen::Exercise; }

std::string today_iso() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

platform::Rgb rgb_of(ImU32 c) {
    const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    return {v.x, v.y, v.z};
}

/// The plans and sessions for the start screen. The plans and store layers fill this in as they
/// land; until then a real run lists nothing and says where plans are read from.
ui::StartScreenData collect_start_data(const RunOptions& o) {
    if (o.demo_data) return ui::demo_start_screen_data();
    ui::StartScreenData data;
    data.today = today_iso();
    data.plans_note = fmt::format(fmt::runtime(tr("Plans are read from {}")), o.plans_dir);
    return data;
}

/// Everything the frame function keeps between frames.
struct KioskState {
    const RunOptions* options = nullptr;
    ui::ScreenMachine screens;
    ui::StartScreenData start_data;
    ui::StartScreenState start_state;
    ui::Context ctx;
    std::string logged_targets;
    ActionSink* sink = nullptr;                  ///< the open session (demo or, later, the store's)
    std::unique_ptr<ui::SessionView> session_view;
    platform::Chime* chime = nullptr;            ///< null for screenshots: they stay silent
};

/// Submits each action of the JSON Lines file `path` to `sink` (type and fields as written; the
/// session id and time are the sink's). False with `error` ("path:line: why") at the first
/// line that does not parse or is refused.
bool apply_demo_actions(ActionSink& sink, const std::string& path, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = "cannot read " + path;
        return false;
    }
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        Json fields = Json::parse(line, nullptr, false);
        if (fields.is_discarded() || !fields.is_object() || !fields.contains("type")) {
            error = path + ":" + std::to_string(n) + ": not an action";
            return false;
        }
        const std::string type = fields["type"].get<std::string>();
        fields.erase("type");
        fields.erase("session");
        fields.erase("at");
        if (const SubmitResult r = sink.submit(type, fields); !r.ok()) {
            error = path + ":" + std::to_string(n) + ": " + r.message;
            return false;
        }
    }
    return true;
}

/// Opens `sink` as the session the session screens draw. The store's durable sink replaces the
/// demo's MemorySession here: this is the one line to change.
void open_session(KioskState& s, ActionSink& sink, const Clock& clock) {
    s.sink = &sink;
    s.session_view = std::make_unique<ui::SessionView>(clock);
}

/// The agenda or exercise screen of the open session, and what it asks of the app.
void session_frame(KioskState& s, ui::Redraw& redraw) {
    ui::SessionOutcome out;
    if (s.screens.current() == ui::Screen::Agenda) out = s.session_view->draw_agenda(*s.sink, s.ctx, redraw);
    else out = s.session_view->draw_exercise(*s.sink, s.ctx, redraw);
    if (out.timer_ended) {
        const bool played = !out.sound_muted && s.chime && s.chime->play();
        log_line(played ? "timer ended (chime)" : "timer ended");
    }
    if (out.open_agenda) s.screens.go(ui::Screen::Agenda);
    if (out.open_exercise) s.screens.go(ui::Screen::Exercise);
}

void log_targets_if_changed(KioskState& s) {
    std::string lines;
    for (const auto& t : ui::hit_targets().all())
        lines += fmt::format("kiosk: target {} {:.0f} {:.0f} {:.0f} {:.0f}\n", t.key, t.min.x, t.min.y,
                             t.max.x, t.max.y);
    if (lines == s.logged_targets) return;
    s.logged_targets = lines;
    std::fputs(lines.c_str(), stderr);
}

void handle(KioskState& s, const ui::StartIntent& intent) {
    if (const auto* lang = std::get_if<ui::SwitchLanguageIntent>(&intent)) {
        if (platform::set_language(lang->language)) {
            s.ctx.language = lang->language;
            log_line("language " + lang->language);
        }
    } else if (std::holds_alternative<ui::OpenFacilitatorIntent>(intent)) {
        s.screens.go(ui::Screen::Facilitator);
        log_line("facilitator console opened");
    } else if (const auto* n = std::get_if<ui::NewSessionIntent>(&intent)) {
        // Wired to the store by the session work: create the session, then go to its agenda.
        log_line("new session requested from plan " + n->plan_id + " for " + n->date);
    } else if (const auto* r = std::get_if<ui::ResumeIntent>(&intent)) {
        log_line("resume requested for session " + r->session_id);
    }
}

platform::FrameRequest frame(KioskState& s, const platform::FrameInfo& info) {
    platform::FrameRequest request;
    ui::hit_targets().clear();
    s.ctx.metrics.em = info.scale.body_px;
    s.ctx.metrics.px_per_mm = info.scale.px_per_mm;
    if (info.fonts) {
        s.ctx.fonts.body = info.fonts->body;
        s.ctx.fonts.heading = info.fonts->heading;
        s.ctx.fonts.display = info.fonts->display;
        s.ctx.fonts.icons = info.fonts->icons;
    }
    if (info.scale_changed) ui::apply_theme(ImGui::GetStyle(), s.ctx.metrics);

    ui::Redraw redraw;
    ui::set_note_shape_callback(info.note_shapes);  // nullptr until the note shader is built
    if (s.screens.current() == ui::Screen::Facilitator) {
        const auto intent = ui::draw_facilitator_screen(s.ctx);
        if (std::holds_alternative<ui::LeaveFacilitatorIntent>(intent)) s.screens.back();
        if (std::holds_alternative<ui::QuitIntent>(intent)) {
            log_line("closing on the facilitator's request");
            request.quit = true;
        }
    } else if (is_session_screen(s.screens.current()) && s.sink) {
        session_frame(s, redraw);
    } else {
        handle(s, ui::draw_start_screen(s.start_data, s.start_state, s.ctx, redraw));
    }
    ui::keyboard_panel().draw(s.ctx, redraw);  // on top of every screen, when a field is active
    if (s.options->log_targets) log_targets_if_changed(s);
    request.redraw_after_seconds = redraw.after_seconds;
    return request;
}

}  // namespace

std::string list_screens() {
    std::string out;
    for (ui::Screen s : ui::all_screens())
        out += std::string(ui::screen_name(s)) + (screen_is_built(s) ? "" : " (not built yet)") + "\n";
    return out;
}

int run_kiosk(const RunOptions& o) {
    const std::string catalogues = platform::bind_catalogues(catalogue_dirs());
    if (catalogues.empty()) log_line("no translation catalogue found; showing English");
    platform::set_language(o.language);

    ui::Screen screen = ui::Screen::Start;
    if (!ui::parse_screen(o.screen, screen) || !screen_is_built(screen)) {
        log_line("cannot render screen \"" + o.screen + "\"; see --list-screens");
        return 2;
    }
    if (o.screenshot_path.empty()) {
        std::string error;
        if (!ensure_parent_directory(o.db_path, error)) {
            log_line(error);
            return 1;
        }
    }

    // Before any thread exists (GLFW, Mesa), so the signal mask is inherited everywhere.
    std::unique_ptr<platform::StopSignals> stop;
    if (o.screenshot_path.empty()) stop = std::make_unique<platform::StopSignals>();

    platform::BackendOptions bo = o.backend;
    bo.background_top = rgb_of(ui::palette::kPaperTop);
    bo.background_bottom = rgb_of(ui::palette::kPaperBottom);
    std::string error;
    auto backend = platform::Backend::create(bo, error);
    if (!backend) {
        log_line(error);
        return 1;
    }

    KioskState state;
    state.options = &o;
    state.ctx.language = platform::current_language();
    state.start_data = collect_start_data(o);
    if (screen == ui::Screen::Facilitator) state.screens.go(ui::Screen::Facilitator);

    DemoSession demo;
    if (is_session_screen(screen)) {
        if (!o.demo_data) {
            log_line("the agenda and exercise screens need --demo-data until sessions are stored");
            return 2;
        }
        demo = load_demo_session(o.plans_dir, demo_script_path(o.plans_dir, o.language), o.language, error);
        if (!demo.session) {
            log_line(error);
            return 1;
        }
        if (!o.demo_actions.empty() && !apply_demo_actions(*demo.session, o.demo_actions, error)) {
            log_line(error);
            return 2;
        }
        if (!o.exercise.empty()) {
            const SubmitResult r = demo.session->submit("agenda.goto", {{"exercise", o.exercise}});
            if (!r.ok()) {
                log_line(r.message);
                return 2;
            }
        }
        open_session(state, *demo.session, *demo.clock);
        if (!o.focus.empty()) ui::keyboard_panel().focus(o.focus);
        state.screens.go(ui::Screen::Agenda);
        if (screen == ui::Screen::Exercise) state.screens.go(ui::Screen::Exercise);
    }
    std::unique_ptr<platform::Chime> chime;
    if (o.screenshot_path.empty()) {
        chime = std::make_unique<platform::Chime>();
        if (!chime->available()) log_line("no audio device: the timer ends silently");
        state.chime = chime.get();
    }
    auto fn = [&state](const platform::FrameInfo& info) { return frame(state, info); };

    if (!o.screenshot_path.empty()) {
        if (!backend->screenshot(fn, o.screenshot_path, error)) {
            log_line(error);
            return 1;
        }
        log_line("wrote " + o.screenshot_path);
        return 0;
    }
    backend->run(fn, stop.get());
    return 0;
}

}  // namespace kiosk::app
