#include "app/screenshot_file.h"

#include "ui/frame_text.h"
#include "ui/theme.h"

#include <fmt/format.h>
#include <imgui.h>

#include <cstdio>
#include <fstream>

namespace kiosk::app {
namespace {

void log_line(const std::string& line) { std::fprintf(stderr, "kiosk: %s\n", line.c_str()); }

platform::Rgb rgb_of(ImU32 c) {
    const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    return {v.x, v.y, v.z};
}

}  // namespace

bool screenshot(platform::Backend& backend, const platform::FrameFn& fn, const std::string& png, bool report) {
    std::string error;
    if (!backend.screenshot(fn, png, error)) {
        log_line(error);
        return false;
    }
    log_line("wrote " + png);
    if (!report) return true;
    // The draw data of the last frame stays valid until the next ImGui::NewFrame().
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    std::ofstream out(png + ".txt");
    out << fmt::format("display {:.0f} {:.0f}\n", display.x, display.y)
        << ui::frame_report(ui::read_drawn_frame(*ImGui::GetDrawData()));
    if (!out) {
        log_line("cannot write " + png + ".txt");
        return false;
    }
    return true;
}


void follow_scale(ui::Context& ctx, const platform::FrameInfo& info) {
    if (!info.scale_changed) return;
    ctx.metrics.em = info.scale.body_px;
    ctx.metrics.px_per_mm = info.scale.px_per_mm;
    ctx.fonts = {info.fonts->body, info.fonts->heading, info.fonts->display, info.fonts->icons};
    ui::apply_theme(ImGui::GetStyle(), ctx.metrics);
}

std::unique_ptr<platform::Backend> open_on_paper(platform::BackendOptions options) {
    options.background_top = rgb_of(ui::palette::kPaperTop);
    options.background_bottom = rgb_of(ui::palette::kPaperBottom);
    std::string error;
    auto backend = platform::Backend::create(options, error);
    if (!backend) log_line(error);
    return backend;
}

}  // namespace kiosk::app
