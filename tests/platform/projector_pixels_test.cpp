// The projector view through the real GL path (issue 11): a second window opened with
// Backend::open_window, taking no input, draws ui::ProjectorView of the shipped bootcamp; the
// pixels read back show each note's card under its text, with the note shader and without.
// With KIOSK_PROJECTOR_SHOTS=DIR set it also writes a few projector screens to
// DIR/projector-NAME.png, to be looked at.
#include "bootcamp_session.h"
#include "test_window.h"

#include "core/action_sink.h"
#include "core/actions.h"
#include "core/i18n.h"
#include "core/palette.h"
#include "platform/backend.h"
#include "ui/projector_view.h"
#include "ui/touch.h"
#include "ui/window_state.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <stb/stb_image_write.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace kiosk {
namespace {

using platform::FrameImage;

bool near(FrameImage::Rgb8 a, Rgb b, int tolerance = 10) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}

class ProjectorPixels : public ::testing::TestWithParam<bool> {
protected:
    void SetUp() override {
        if (!std::getenv("DISPLAY")) GTEST_SKIP() << "needs an X display (ctest runs this under Xvfb)";
        std::string error;
        backend_ = platform::Backend::create(platform::test_window_options(320, 240), error);
        ASSERT_TRUE(backend_) << error;
        sink_ = std::make_unique<MemorySession>(testing::bootcamp_session("nl"));
        ASSERT_TRUE(sink_->submit(actions::AgendaGoto{"matrix"}).ok());
        const Exercise& matrix = *sink_->session().plan.find("matrix");
        for (int i = 0; i < 12; ++i)
            ASSERT_TRUE(sink_->submit(actions::NoteAdd{"n" + std::to_string(i), "matrix",
                                                       matrix.columns[std::size_t(i) % matrix.columns.size()].id,
                                                       "Idee " + std::to_string(i) + ": koffie met de buurt",
                                                       i % kNoteColours, "", ""})
                            .ok());
    }

    /// The projector's frame: its own fonts and window state, the view drawn read-only.
    platform::FrameFn projector_frame() {
        return [this](const platform::FrameInfo& info) {
            ctx_.metrics.em = info.scale.body_px;
            ctx_.fonts = {info.fonts->body, info.fonts->heading, info.fonts->display, info.fonts->icons};
            ui::set_note_shape_callback(GetParam() ? info.note_shapes : nullptr);
            shader_seen_ = shader_seen_ || info.note_shapes;
            ui::hit_targets().clear();
            ui::Redraw redraw;
            view_.draw(sink_->session(), show_, ctx_, redraw);
            return platform::FrameRequest{};
        };
    }

    /// A projector window `w` x `h` beside the table, taking no input, its targets in window_.
    platform::Window* open_projector(int w, int h) {
        platform::WindowOptions o;
        o.title = "projector";
        o.windowed_width = w;
        o.windowed_height = h;
        o.takes_input = false;
        std::string error;
        platform::Window* projector = backend_->open_window(o, projector_frame(), error);
        EXPECT_TRUE(projector) << error;
        if (projector) ui::bind_window_state(window_, backend_->imgui_context(projector));
        return projector;
    }

    std::unique_ptr<platform::Backend> backend_;
    std::unique_ptr<MemorySession> sink_;
    ui::ProjectorView view_;
    ui::ProjectorShow show_;
    ui::Context ctx_;
    ui::WindowState window_;
    bool shader_seen_ = false;
};

TEST_P(ProjectorPixels, EveryCardLiesUnderItsTextInTheProjectorWindow) {
    platform::Window* projector = open_projector(1280, 720);
    ASSERT_TRUE(projector);
    FrameImage image;
    backend_->capture(projector, image, 3);  // fonts, shaders and layout settle
    ASSERT_EQ(image.width, 1280);
    int checked = 0;
    for (const Note& n : sink_->session().notes) {
        const ui::HitTarget* t = window_.targets.find("note:" + n.id);
        ASSERT_TRUE(t) << n.id << " not drawn";
        const Rgb fill = note_colour(n.colour).fill;
        // The card's left margin, between its edge and its text, is the card's colour; its text
        // is drawn on it (dark pixels inside); just left of the card is not the card.
        int margin = 0, samples = 0, ink = 0;
        const int x = int(t->min.x) + 3;
        for (int y = int(t->min.y) + 4; y < int(t->max.y) - 4; y += 2, ++samples) margin += near(image.at(x, y), fill);
        for (int y = int(t->min.y); y < int(t->max.y); ++y)
            for (int xx = int(t->min.x); xx < int(t->max.x); ++xx) {
                const FrameImage::Rgb8 p = image.at(xx, y);
                ink += p.r + p.g + p.b < 150 ? 1 : 0;
            }
        EXPECT_GT(samples ? double(margin) / samples : 0.0, 0.9) << "no card under the text of " << n.id;
        EXPECT_GT(ink, 40) << "no text on the card of " << n.id;
        EXPECT_FALSE(near(image.at(int(t->min.x) - 4, int(0.5f * (t->min.y + t->max.y))), fill, 4)) << n.id;
        ++checked;
    }
    EXPECT_EQ(checked, 12);
    if (GetParam()) EXPECT_TRUE(shader_seen_) << "the note shader did not load";
    ui::unbind_window_state(backend_->imgui_context(projector));
}

TEST_P(ProjectorPixels, ScreensForTheEye) {
    const char* dir = std::getenv("KIOSK_PROJECTOR_SHOTS");
    if (!dir || !GetParam()) GTEST_SKIP() << "set KIOSK_PROJECTOR_SHOTS=DIR to write projector screenshots";
    Languages languages{{KIOSK_BUILD_LOCALE_DIR}};
    const LanguageScope speaking(languages.get("nl"));
    platform::Window* projector = open_projector(1920, 1080);
    ASSERT_TRUE(projector);
    auto shot = [&](const std::string& name) {
        FrameImage image;
        backend_->capture(projector, image, 3);
        const std::string path = std::string(dir) + "/projector-" + name + ".png";
        EXPECT_TRUE(stbi_write_png(path.c_str(), image.width, image.height, 3, image.rgb.data(), image.width * 3))
            << path;
    };
    for (const std::string& id : {"n1", "n4"}) {
        for (int v = 0; v < 3; ++v) ASSERT_TRUE(sink_->submit(actions::VoteAdd{id, "seat-" + std::to_string(v + 1)}).ok());
    }
    ASSERT_TRUE(sink_->submit(actions::BoardPrivate{"matrix", true}).ok());
    ASSERT_TRUE(sink_->submit(actions::NoteAdd{"secret", "matrix", "of", "Geheim", 0, "Tafel 3", "seat-3"}).ok());
    Session shown = sink_->session();
    shown.exercises["matrix"].totals_shown = true;
    *sink_ = MemorySession(shown);
    shot("board");
    ASSERT_TRUE(sink_->submit(actions::AgendaGoto{"readiness"}).ok());
    ASSERT_TRUE(sink_->submit(actions::ChecklistAnswer{"readiness", "team", "yes"}).ok());
    ASSERT_TRUE(sink_->submit(actions::ChecklistAnswer{"readiness", "means", "not_yet"}).ok());
    shot("readiness");
    ASSERT_TRUE(sink_->submit(actions::AgendaGoto{"vision"}).ok());
    ASSERT_TRUE(sink_->submit(actions::TimerStart{600}).ok());
    shot("vision-write");
    ASSERT_TRUE(sink_->submit(actions::VisionAdd{"v1", "vision", "Jan",
        std::string("Over vijf jaar is de bibliotheek de huiskamer van de wijk: iedereen voelt zich er welkom, "
                    "jong en oud, en wat er gebeurt bedenken we samen met de buurt.")}).ok());
    ASSERT_TRUE(sink_->submit(actions::WritingPhase{"vision", "share"}).ok());
    shot("vision-share");
    ASSERT_TRUE(sink_->submit(actions::AgendaGoto{"map"}).ok());
    ASSERT_TRUE(sink_->submit(actions::FormAdd{"f1", "map"}).ok());
    ASSERT_TRUE(sink_->submit(actions::FormSet{"f1", "name", "Jonge ouders in de wijk"}).ok());
    ASSERT_TRUE(sink_->submit(actions::FormSet{"f1", "connection", "geography,interest"}).ok());
    ASSERT_TRUE(sink_->submit(actions::FormSet{"f1", "strength", "weak"}).ok());
    shot("map");
    ASSERT_TRUE(sink_->submit(actions::AgendaGoto{"welcome"}).ok());
    shot("welcome");
    show_.pause_screen = true;
    shot("pause");
    ui::unbind_window_state(backend_->imgui_context(projector));
}

INSTANTIATE_TEST_SUITE_P(Paths, ProjectorPixels, ::testing::Values(true, false),
                         [](const ::testing::TestParamInfo<bool>& i) { return i.param ? "Shader" : "Fallback"; });

}  // namespace
}  // namespace kiosk
