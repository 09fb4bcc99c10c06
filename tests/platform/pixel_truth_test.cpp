// Pixel truth (issue 9): what the room sees is read back from the real GL path — the kiosk's own
// Backend, its retained frame and damage tracking, the note shader or its ImDrawList fallback —
// and compared with where the board says its notes are. Needs an X display (CTest runs it under
// xvfb-run). The board's recorded targets ("note:ID", "column:ID", "dragging:ID") say where each
// card should be; the pixels say where it is.
#include "ui/window_state.h"
#include "core/action_sink.h"
#include "core/palette.h"
#include "platform/backend.h"
#include "sample_plan.h"
#include "ui/board_view.h"
#include "ui/note_shapes.h"
#include "ui/touch.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <tuple>

namespace {

using namespace kiosk;
using platform::FrameImage;

/// Which of the kiosk's two drawing paths a test renders through.
struct Path {
    bool retained;  ///< the retained frame (the live kiosk) or whole frames into the back buffer
    bool shader;    ///< the note shader or the ImDrawList fallback
};

std::string path_name(const ::testing::TestParamInfo<Path>& info) {
    return std::string(info.param.retained ? "Retained" : "Direct") + (info.param.shader ? "Shader" : "Fallback");
}

FrameImage::Rgb8 rgb8(float r, float g, float b) {
    auto u8 = [](float v) { return static_cast<unsigned char>(v * 255.0f + 0.5f); };
    return {u8(r), u8(g), u8(b)};
}

bool near(FrameImage::Rgb8 a, FrameImage::Rgb8 b, int tolerance = 10) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}

class PixelTruth : public ::testing::TestWithParam<Path> {
protected:
    void SetUp() override {
        if (!std::getenv("DISPLAY")) GTEST_SKIP() << "needs an X display (ctest runs this under xvfb-run)";
        platform::BackendOptions o;
        o.windowed_width = 1280;
        o.windowed_height = 720;
        o.font_manifest = KIOSK_SOURCE_DIR "/fonts/manifest.toml";
        o.shader_dir = KIOSK_SOURCE_DIR "/shaders";
        o.retained_frame = GetParam().retained;
        std::string error;
        backend_ = platform::Backend::create(o, error);
        ASSERT_TRUE(backend_) << error;
        ui::bind_window_state(window_, backend_->imgui_context());
        sink_ = std::make_unique<MemorySession>(kiosk::testing::sample_session());
        sink_->set_source(Source::Facilitator);  // the tests also change the board's settings (issue 11)
        ASSERT_TRUE(sink_->submit("agenda.goto", {{"exercise", "matrix"}}).ok());
        const char* columns[] = {"of", "by", "for"};
        for (int i = 0; i < 12; ++i)
            ASSERT_TRUE(sink_->submit("note.add", {{"id", "n" + std::to_string(i)}, {"exercise", "matrix"},
                                                   {"column", columns[i % 3]}, {"colour", i % kNoteColours},
                                                   {"text", "Idee " + std::to_string(i) + ": koffie met de buurt"}})
                            .ok());
    }

    platform::FrameFn frame_fn() {
        return [this](const platform::FrameInfo& info) {
            ctx_.metrics.em = info.scale.body_px;
            ctx_.metrics.px_per_mm = info.scale.px_per_mm;
            ctx_.fonts = {info.fonts->body, info.fonts->heading, info.fonts->display, info.fonts->icons};
            if (info.scale_changed) ui::apply_theme(ImGui::GetStyle(), ctx_.metrics);
            ui::set_note_shape_callback(GetParam().shader ? info.note_shapes : nullptr);
            if (GetParam().shader) shader_seen_ = shader_seen_ || info.note_shapes;
            ui::hit_targets().clear();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoDecoration);
            ui::Redraw redraw;
            view_.draw(*sink_, *sink_->session().plan.find("matrix"), ctx_, redraw);
            ImGui::End();
            return platform::FrameRequest{};
        };
    }

    /// Renders `frames` frames as the live kiosk does and reads the last one back.
    void render(int frames = 1) { backend_->capture(frame_fn(), image_, frames); }

    /// The rectangle recorded under `key` in the last frame, or nullptr.
    const ui::HitTarget* target(const std::string& key) const { return window_.targets.find(key); }

    /// The share (0..1) of sample points along the card's left margin (between its edge and its
    /// text, where only the card itself is drawn) whose pixel is `colour`.
    double margin_share(ImVec2 a, ImVec2 b, FrameImage::Rgb8 colour) const {
        const float pad = 0.5f * ctx_.metrics.em * 0.3f;  // well inside the text's left padding
        const int x = int(a.x + pad + 1.0f);
        int hits = 0, samples = 0;
        for (float y = a.y + 0.3f * (b.y - a.y); y < b.y - 0.3f * (b.y - a.y); y += 2.0f, ++samples)
            hits += near(image_.at(x, int(y)), colour) ? 1 : 0;
        return samples ? double(hits) / samples : 0.0;
    }

    /// Checks every note the board drew wholly inside its column: its card colour fills its margin
    /// (under its text), and the card's colour is not drawn just left of it (outside the card).
    void expect_cards_under_their_text(const std::string& face_down_id = "") {
        const Session& s = sink_->session();
        int checked = 0;
        for (const Note& n : s.notes) {
            const ui::HitTarget* t = target("note:" + n.id);
            const ui::HitTarget* col = target("column:" + n.column);
            if (!t || !col || t->min.y < col->min.y || t->max.y > col->max.y) continue;  // clipped
            const NoteColour& c = note_colour(n.colour);
            const FrameImage::Rgb8 card = n.id == face_down_id ? rgb8(ui::kCardBack[0], ui::kCardBack[1], ui::kCardBack[2])
                                                               : FrameImage::Rgb8{c.fill.r, c.fill.g, c.fill.b};
            EXPECT_GT(margin_share(t->min, t->max, card), 0.9) << "no card under the text of " << n.id;
            const int outside_x = int(t->min.x) - 4;
            const int mid_y = int(0.5f * (t->min.y + t->max.y));
            EXPECT_FALSE(near(image_.at(outside_x, mid_y), card, 4)) << "card colour outside the card of " << n.id;
            ++checked;
        }
        EXPECT_GE(checked, 6) << "too few notes wholly on screen to judge";
        if (GetParam().shader) {
            EXPECT_TRUE(shader_seen_) << "the note shader did not load";
        }
    }

    std::unique_ptr<platform::Backend> backend_;
    std::unique_ptr<MemorySession> sink_;
    ui::BoardView view_;
    ui::Context ctx_;
    ui::WindowState window_;
    FrameImage image_;
    bool shader_seen_ = false;
};

TEST_P(PixelTruth, EveryCardLiesUnderItsTextOnAWholeFrame) {
    render(3);  // fonts, shaders and layout settle over the first frames
    expect_cards_under_their_text();
}

TEST_P(PixelTruth, ACardRedrawnInADamagedRectangleStaysUnderItsText) {
    render(3);
    // A new colour changes one card's fill only: the retained frame redraws just its rectangle.
    ASSERT_TRUE(sink_->submit("note.colour", {{"id", "n7"}, {"colour", 5}}).ok());
    render(1);
    if (GetParam().retained) {
        EXPECT_EQ(backend_->last_damage(), platform::Damage::Region) << "the frame was not redrawn in part";
    }
    expect_cards_under_their_text();
}

TEST_P(PixelTruth, AFaceDownNoteIsDarkExactlyWhereThatNoteIs) {
    ASSERT_TRUE(sink_->submit("board.private", {{"exercise", "matrix"}, {"on", true}}).ok());
    ASSERT_TRUE(sink_->submit("note.add", {{"id", "secret"}, {"exercise", "matrix"}, {"column", "by"},
                                           {"text", "Alleen voor mij"}})
                    .ok());
    render(3);  // no seat chosen: every private note shows its back
    expect_cards_under_their_text("secret");
}

TEST_P(PixelTruth, ADraggedCardIsUnderTheFinger) {
    render(3);
    const ui::HitTarget* from = target("note:n0");
    ASSERT_TRUE(from);
    const ImVec2 start((from->min.x + from->max.x) * 0.5f, (from->min.y + from->max.y) * 0.5f);
    backend_->script_pointer(platform::ScriptedPointer{start.x, start.y, true});
    render(2);
    // Move in steps (past the finger-sized threshold) towards the right-hand column.
    ImVec2 p = start;
    for (int i = 0; i < 8; ++i) {
        p = ImVec2(p.x + 70.0f, p.y + 25.0f);
        backend_->script_pointer(platform::ScriptedPointer{p.x, p.y, true});
        render(1);
    }
    const ui::HitTarget* dragged = target("dragging:n0");
    ASSERT_TRUE(dragged) << "the board did not start dragging n0";
    EXPECT_TRUE(p.x >= dragged->min.x && p.x <= dragged->max.x && p.y >= dragged->min.y && p.y <= dragged->max.y);
    const NoteColour& c = note_colour(0);
    EXPECT_GT(margin_share(dragged->min, dragged->max, {c.fill.r, c.fill.g, c.fill.b}), 0.9)
        << "the dragged card is not under the finger";
    backend_->script_pointer(platform::ScriptedPointer{p.x, p.y, false});
    render(2);
    backend_->script_pointer(std::nullopt);
}

TEST_P(PixelTruth, TheBackdropIsLightAtTheTopOfTheScreenAndDarkAtTheBottom) {
    // Nothing but the backdrop: its gradient runs from BackendOptions::background_top down.
    FrameImage image;
    backend_->capture([](const platform::FrameInfo&) { return platform::FrameRequest{}; }, image, 3);
    const FrameImage::Rgb8 top = image.at(image.width / 2, 2), bottom = image.at(image.width / 2, image.height - 3);
    EXPECT_GT(top.r + top.g + top.b, bottom.r + bottom.g + bottom.b + 15)
        << "top " << int(top.r) << "," << int(top.g) << "," << int(top.b) << " bottom " << int(bottom.r) << ","
        << int(bottom.g) << "," << int(bottom.b);
}

INSTANTIATE_TEST_SUITE_P(Paths, PixelTruth,
                         ::testing::Values(Path{true, true}, Path{true, false}, Path{false, true}, Path{false, false}),
                         path_name);

}  // namespace
