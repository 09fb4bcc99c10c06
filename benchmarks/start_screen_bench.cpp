// CPU time to build one start-screen frame in ImGui (no GL), at 1080p with the demo data.
#include "ui/window_state.h"
#include "platform/fonts.h"
#include "ui/start_screen.h"
#include "ui/touch.h"

#include <benchmark/benchmark.h>
#include <imgui.h>

namespace {

void BM_StartScreenFrame(benchmark::State& state) {
    ImGuiContext* context = ImGui::CreateContext();
    kiosk::ui::WindowState window;
    kiosk::ui::bind_window_state(window, context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1920, 1080);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    kiosk::platform::FontManifest manifest;
    std::string error;
    kiosk::platform::FontAtlasBuilder builder;
    kiosk::platform::LoadedFonts fonts;
    if (!kiosk::platform::read_font_manifest(KIOSK_SOURCE_DIR "/fonts/manifest.toml", manifest, error)) {
        state.SkipWithError(error.c_str());
        ImGui::DestroyContext(context);
        return;
    }
    fonts = builder.build(*io.Fonts, manifest, 27.0f);
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&px, &w, &h);

    kiosk::ui::Context ctx;
    ctx.metrics.em = 27.0f;
    ctx.fonts = {fonts.body, fonts.heading, fonts.display, fonts.icons};
    kiosk::ui::apply_theme(ImGui::GetStyle(), ctx.metrics);
    const kiosk::ui::StartScreenData data = kiosk::ui::demo_start_screen_data();
    kiosk::ui::StartScreenState screen;
    io.MousePos = ImVec2(400, 400);  // hovering, as with a facilitator's mouse

    for (auto _ : state) {
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        kiosk::ui::hit_targets().clear();
        kiosk::ui::Redraw redraw;
        auto intent = kiosk::ui::draw_start_screen(data, screen, ctx, redraw);
        benchmark::DoNotOptimize(intent);
        ImGui::Render();
        benchmark::DoNotOptimize(ImGui::GetDrawData()->TotalVtxCount);
    }
    state.counters["vertices"] = ImGui::GetDrawData()->TotalVtxCount;
    ImGui::DestroyContext(context);
}
BENCHMARK(BM_StartScreenFrame)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
