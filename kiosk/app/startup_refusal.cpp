#include "app/startup_refusal.h"

#include "core/i18n.h"
#include "platform/backend.h"
#include "ui/touch.h"

#include <cstdio>
#include <imgui.h>

namespace kiosk::app {

ui::Refusal refusal_for(const StoreError& error) {
    ui::Refusal r;
    r.message = error.what();
    switch (error.kind()) {
    case StoreErrorKind::Locked:
        r.title = tr("This kiosk is already open");
        r.advice = tr("The kiosk that is already open goes on as before; nothing has been changed.");
        break;
    case StoreErrorKind::Unwritable:
    case StoreErrorKind::Full:
        r.title = tr("The kiosk cannot open its database");
        r.advice = tr("Nothing has been changed. Free some space or fix the folder's permissions, then start the kiosk again.");
        break;
    default:
        r.title = tr("The kiosk cannot open its database");
        r.advice = tr("Nothing has been changed or removed. `kiosk db check` says more.");
        break;
    }
    return r;
}

void show_refusal(platform::Backend& backend, platform::StopSignals* stop, const ui::Refusal& refusal,
                  bool log_targets, double seconds) {
    ui::Context ctx;
    double started = -1;
    bool logged = false;
    auto frame = [&](const platform::FrameInfo& info) {
        platform::FrameRequest request;
        ui::hit_targets().clear();
        if (info.scale_changed) {
            ctx.metrics.em = info.scale.body_px;
            ctx.metrics.px_per_mm = info.scale.px_per_mm;
            ctx.fonts = {info.fonts->body, info.fonts->heading, info.fonts->display, info.fonts->icons};
            ui::apply_theme(ImGui::GetStyle(), ctx.metrics);
        }
        if (started < 0) started = info.now_seconds;
        const double left = seconds - (info.now_seconds - started);
        ui::Redraw redraw;
        const ui::RefusalOutcome out = ui::draw_refusal(refusal, left, ctx, redraw);
        if (!logged) {
            logged = true;
            std::fprintf(stderr, "kiosk: refused on screen: %s\n", refusal.title.c_str());
            if (const auto* close = ui::hit_targets().find("refusal-close"); close && log_targets)
                std::fprintf(stderr, "kiosk: target refusal-close %.0f %.0f %.0f %.0f\n", close->min.x, close->min.y,
                             close->max.x, close->max.y);
        }
        request.quit = out.close || left <= 0;
        if (out.close) std::fprintf(stderr, "kiosk: refusal closed\n");
        request.redraw_after_seconds = redraw.after_seconds;
        return request;
    };
    backend.run(frame, stop);
}

}  // namespace kiosk::app
