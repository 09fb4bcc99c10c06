#include "app/compare_shot.h"

#include "app/screenshot_file.h"
#include "app/stored_comparison.h"
#include "core/i18n.h"
#include "store/store.h"
#include "store/store_error.h"
#include "ui/compare_screen.h"
#include "ui/touch.h"
#include "ui/window_state.h"

#include <cstdio>

namespace kiosk::app {
namespace {

void log_line(const std::string& line) { std::fprintf(stderr, "kiosk: %s\n", line.c_str()); }

}  // namespace

int screenshot_comparison(const RunOptions& o) {
    const LanguageScope speaking(language_for(o.language));
    if (o.screenshot_path.empty()) {  // the comparison on the table comes from the archive screen
        log_line("--compare goes with --screenshot OUT.png");
        return 2;
    }
    std::string then_id, now_id;
    if (!parse_id_pair(o.compare, then_id, now_id)) {
        log_line("--compare wants two session ids, THEN,NOW (got \"" + o.compare + "\")");
        return 2;
    }
    Comparison comparison;
    try {
        Store store(o.db_path, Access::Read);
        std::vector<std::string> problems;
        comparison = compare_stored(store, then_id, now_id, problems);
        for (const auto& p : problems) log_line(p);
    } catch (const StoreError& e) {
        log_line(e.what());
        return 2;
    }
    auto backend = open_on_paper(o.backend);
    if (!backend) return 1;
    ui::WindowState window;
    ui::bind_window_state(window, backend->imgui_context());
    ui::Context ctx;
    ctx.language = o.language;
    ui::CompareScreenState state;
    auto fn = [&](const platform::FrameInfo& info) {
        const LanguageScope frame_language(language_for(ctx.language));
        ui::hit_targets().clear();
        follow_scale(ctx, info);
        ui::Redraw redraw;
        ui::draw_compare_screen(comparison, state, ctx, redraw);
        return platform::FrameRequest{};
    };
    return screenshot(*backend, fn, o.screenshot_path, o.frame_report) ? 0 : 1;
}

}  // namespace kiosk::app
