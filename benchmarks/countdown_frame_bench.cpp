// Per-frame CPU of the busiest always-on screen, headlessly: the demo session's vision-writing
// exercise at 1920x1080 with its 10:00 countdown running, one frame per displayed second (what
// the kiosk draws while it idles with a countdown). Measures the ImGui frame build plus the
// platform's frame comparison (FrameDamage), and reports the pixels a tick leaves to redraw
// (`damaged_px`, against 2,073,600 for the whole screen) and the vertices of a frame. The GL fill
// itself needs a display: benchmarks/startup-and-idle.sh measures the whole process.
#include "ui/window_state.h"
#include "app/demo_session.h"
#include "platform/fonts.h"
#include "platform/frame_damage.h"
#include "ui/session_view.h"
#include "ui/touch.h"

#include <benchmark/benchmark.h>
#include <imgui.h>

namespace {

/// The demo's clock, moved on a whole second per frame: every frame is a countdown tick.
class TickingClock final : public kiosk::Clock {
public:
    explicit TickingClock(const kiosk::Clock& base) : base_(&base) {}
    std::int64_t wall_ms() const override { return base_->wall_ms() + ticks * 1000; }
    std::int64_t monotonic_ms() const override { return base_->monotonic_ms() + ticks * 1000; }
    std::int64_t ticks = 0;

private:
    const kiosk::Clock* base_;
};

void BM_CountdownTickFrame(benchmark::State& state) {
    constexpr int kWidth = 1920, kHeight = 1080;
    constexpr float kEm = kHeight / 40.0f;  // body text 1/40 of the screen height (DESIGN.md)
    std::string error;
    kiosk::app::DemoSession demo = kiosk::app::load_demo_session(
        KIOSK_SOURCE_DIR "/sessions", kiosk::app::demo_script_path(KIOSK_SOURCE_DIR "/sessions", "nl"), "nl", error);
    kiosk::platform::FontManifest manifest;
    if (!demo.session || !kiosk::platform::read_font_manifest(KIOSK_SOURCE_DIR "/fonts/manifest.toml", manifest, error)) {
        state.SkipWithError(error.c_str());
        return;
    }
    ImGuiContext* context = ImGui::CreateContext();
    kiosk::ui::WindowState window;
    kiosk::ui::bind_window_state(window, context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(kWidth, kHeight);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    kiosk::platform::FontAtlasBuilder builder;
    const kiosk::platform::LoadedFonts fonts = builder.build(*io.Fonts, manifest, kEm);
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&px, &w, &h);

    kiosk::ui::Context ctx;
    ctx.metrics.em = kEm;
    ctx.fonts = {fonts.body, fonts.heading, fonts.display, fonts.icons};
    kiosk::ui::apply_theme(ImGui::GetStyle(), ctx.metrics);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // a parked touch pointer: nothing hovered

    TickingClock clock(*demo.clock);
    kiosk::MemorySession& session = *demo.session;
    session.submit("agenda.goto", {{"exercise", "vision"}});
    session.submit("writing.phase", {{"exercise", "vision"}, {"phase", "write"}});
    session.submit("timer.start", {{"seconds", 600}});
    kiosk::ui::SessionView view(clock);
    kiosk::platform::FrameDamage damage;
    auto frame = [&] {
        io.DeltaTime = 1.0f;
        ImGui::NewFrame();
        kiosk::ui::hit_targets().clear();
        kiosk::ui::Redraw redraw;
        view.draw_exercise(session, ctx, redraw);
        ImGui::Render();
        return ImGui::GetDrawData();
    };
    for (int i = 0; i < 3; ++i) damage.remember(*frame());  // layout settles over a few frames

    long damaged_px = 0;
    for (auto _ : state) {
        clock.ticks = (clock.ticks + 1) % 500;  // stays within the 10:00, so each frame is a tick
        ImDrawData* data = frame();
        kiosk::platform::PixelRect region;
        const kiosk::platform::Damage d = damage.compare(*data, kWidth, kHeight, region);
        damaged_px += d == kiosk::platform::Damage::Everything ? long(kWidth) * kHeight : region.area();
        damage.remember(*data);
    }
    state.counters["damaged_px"] = double(damaged_px) / double(state.iterations());
    state.counters["vertices"] = ImGui::GetDrawData()->TotalVtxCount;
    ImGui::DestroyContext(context);
}
BENCHMARK(BM_CountdownTickFrame)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
