// The projector view's yardstick (issue 11, "projector frame time with a 200-note board"): CPU
// time to build one 1920x1080 ImGui frame of ui::ProjectorView with a board of N notes, zoomed to
// fit, vote totals shown (headless, no GL; the GL cost of the cards is bench_board's).
#include "core/action_sink.h"
#include "core/actions.h"
#include "platform/fonts.h"
#include "sample_plan.h"
#include "ui/projector_view.h"
#include "ui/touch.h"
#include "ui/window_state.h"

#include <benchmark/benchmark.h>
#include <imgui.h>

#include <string>

namespace {

using namespace kiosk;

void BM_ProjectorBoardFrame(benchmark::State& state) {
    ImGuiContext* context = ImGui::CreateContext();
    ui::WindowState window;
    ui::bind_window_state(window, context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1920, 1080);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    platform::FontManifest manifest;
    std::string error;
    if (!platform::read_font_manifest(KIOSK_SOURCE_DIR "/fonts/manifest.toml", manifest, error)) {
        state.SkipWithError(error.c_str());
        ImGui::DestroyContext(context);
        return;
    }
    platform::FontAtlasBuilder builder;
    const platform::LoadedFonts fonts = builder.build(*io.Fonts, manifest, 27.0f);  // 1080 / 40
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&px, &w, &h);
    ui::Context ctx;
    ctx.metrics.em = 27.0f;
    ctx.fonts = {fonts.body, fonts.heading, fonts.display, fonts.icons};

    MemorySession sink(testing::sample_session());
    sink.submit(actions::AgendaGoto{"matrix"});
    sink.submit(actions::BoardBudget{"matrix", 99});
    const char* columns[] = {"of", "by", "for"};
    for (int i = 0; i < int(state.range(0)); ++i) {
        const std::string id = "n-" + std::to_string(i);
        std::string text = "Idee " + std::to_string(i) + ": coördinatie van het café-overleg met jongeren";
        if (i % 7 == 0) text += " en een lange uitleg die over meerdere regels loopt, wacht even… € 12,50";
        sink.submit(actions::NoteAdd{id, "matrix", columns[i % 3], text, i % 6, "Tafel " + std::to_string(i % 6 + 1), ""});
        if (i % 3 == 0) sink.submit(actions::VoteAdd{id, "seat-1"});
    }
    Session shown = sink.session();
    shown.exercises["matrix"].totals_shown = true;
    ui::ProjectorView view;
    const ui::ProjectorShow show;
    auto frame = [&] {
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        ui::hit_targets().clear();
        ui::Redraw redraw;
        view.draw(shown, show, ctx, redraw);
        ImGui::Render();
    };
    frame();  // fills the text layout cache
    for (auto _ : state) {
        frame();
        benchmark::DoNotOptimize(ImGui::GetDrawData()->TotalVtxCount);
    }
    state.counters["vertices"] = ImGui::GetDrawData()->TotalVtxCount;
    ImGui::DestroyContext(context);
}

}  // namespace

BENCHMARK(BM_ProjectorBoardFrame)->Arg(200)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
