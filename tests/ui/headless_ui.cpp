#include "headless_ui.h"

#include <gtest/gtest.h>

#include <cfloat>

namespace kiosk::test {

HeadlessUi::HeadlessUi(float width, float height, float em) {
    context_ = ImGui::CreateContext();
    make_current();  // CreateContext makes it current only when no context is
    ui::bind_window_state(window_, context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // no 65,535-vertex assert
    for (int i = 0; i < ImGuiKey_COUNT; ++i) io.KeyMap[i] = i;  // KeysDown indexed by ImGuiKey

    platform::FontManifest manifest;
    std::string error;
    if (platform::read_font_manifest(KIOSK_SOURCE_DIR "/fonts/manifest.toml", manifest, error)) {
        fonts_ = builder_.build(*io.Fonts, manifest, em);
    } else {
        ADD_FAILURE() << error;
        io.Fonts->AddFontDefault();
        io.Fonts->Build();
    }
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);  // marks the atlas built for NewFrame

    ctx_.metrics.em = em;
    ctx_.metrics.px_per_mm = 96.0f / 25.4f;
    ctx_.fonts.body = fonts_.body;
    ctx_.fonts.heading = fonts_.heading;
    ctx_.fonts.display = fonts_.display;
    ctx_.fonts.icons = fonts_.icons;
    ui::apply_theme(ImGui::GetStyle(), ctx_.metrics);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(context_); }

void HeadlessUi::frame(float dt) {
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = dt;
    ImGui::NewFrame();
    ui::hit_targets().clear();
    if (draw_) draw_();
    ImGui::Render();
}

void HeadlessUi::frames(int n, float dt) {
    for (int i = 0; i < n; ++i) frame(dt);
}

void HeadlessUi::move_to(ImVec2 p) {
    make_current();
    ImGui::GetIO().MousePos = p;
    frame();
}

void HeadlessUi::tap(ImVec2 p) {
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = p;
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
}

void HeadlessUi::quick_tap(ImVec2 p) {
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = p;
    io.MouseDown[0] = true;  // latched: the finger is already up again
    frame();
    io.MouseDown[0] = false;
    frame();
}

void HeadlessUi::hold(ImVec2 p, float seconds) {
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = p;
    io.MouseDown[0] = true;
    for (float t = 0; t < seconds; t += 0.1f) frame(0.1f);
    io.MouseDown[0] = false;
    frame();
}

void HeadlessUi::drag(ImVec2 a, ImVec2 b, int steps) {
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = a;
    io.MouseDown[0] = true;
    frame();
    for (int i = 1; i <= steps; ++i) {
        const float t = float(i) / float(steps);
        io.MousePos = ImVec2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
        frame();
    }
    io.MouseDown[0] = false;
    frame();
}

void HeadlessUi::type(const std::string& utf8) {
    make_current();
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    frame();
}

void HeadlessUi::key(ImGuiKey k) {
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[k] = true;
    frame();
    io.KeysDown[k] = false;
    frame();
}

void HeadlessUi::park_pointer() {
    make_current();
    ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    frame();
}

ImVec2 HeadlessUi::centre_of(const std::string& key) const {
    ImGui::SetCurrentContext(context_);
    const ui::HitTarget* t = window_.targets.find(key);
    if (!t) {
        ADD_FAILURE() << "no widget recorded under \"" << key << "\"";
        return ImVec2(-1, -1);
    }
    return t->centre();
}

}  // namespace kiosk::test
