#include "app/kiosk_app.h"

#include "app/board_preview.h"
#include "app/paths.h"
#include "core/i18n.h"
#include "platform/stop_signals.h"
#include "platform/translation.h"
#include "ui/facilitator_screen.h"
#include "ui/note_shapes.h"
#include "ui/screens.h"
#include "ui/start_screen.h"
#include "ui/touch.h"

#include <fmt/format.h>

#include <cstdio>
#include <ctime>
#include <memory>

namespace kiosk::app {
namespace {

void log_line(const std::string& line) { std::fprintf(stderr, "kiosk: %s\n", line.c_str()); }

bool screen_is_built(ui::Screen s) { return s == ui::Screen::Start || s == ui::Screen::Facilitator; }

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
    std::unique_ptr<BoardPreview> board;  ///< --board: a board of the demo session instead
};

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
    ui::set_note_shape_callback(info.note_shapes);
    if (s.board) {
        draw_board_preview(*s.board, s.ctx, redraw);
    } else if (s.screens.current() == ui::Screen::Facilitator) {
        const auto intent = ui::draw_facilitator_screen(s.ctx);
        if (std::holds_alternative<ui::LeaveFacilitatorIntent>(intent)) s.screens.back();
        if (std::holds_alternative<ui::QuitIntent>(intent)) {
            log_line("closing on the facilitator's request");
            request.quit = true;
        }
    } else {
        handle(s, ui::draw_start_screen(s.start_data, s.start_state, s.ctx, redraw));
    }
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
    if (!o.board.empty()) {
        state.board = load_board_preview(o.plans_dir, o.language, o.board, o.board_actions, error);
        if (!state.board) {
            log_line(error);
            return 2;
        }
    }
    if (screen == ui::Screen::Facilitator) state.screens.go(ui::Screen::Facilitator);
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
