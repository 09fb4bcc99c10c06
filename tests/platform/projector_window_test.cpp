// The Backend following set_projector() (issue 11, "Hot-plug") under Xvfb: a windowed projector
// opens and closes, from outside the loop and from a frame inside it, while the table window
// keeps its contexts, its picture and its input. Xvfb has one monitor and cannot hot-plug one,
// so the monitor cases are tested over scripted lists in projector_placement_test.cpp; here the
// one monitor is the table's, where a projector never goes.
#include "platform/backend.h"
#include "test_paint.h"
#include "test_window.h"

#include <gtest/gtest.h>

#include <imgui.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>

namespace kiosk::platform {
namespace {

/// A frame that paints the whole window one colour and counts itself in `frames`.
FrameFn paint(Colour c, int& frames) {
    return [c, &frames](const FrameInfo& info) {
        ++frames;
        return paint(c)(info);
    };
}

ProjectorSpec spec_of(const std::string& text) {
    ProjectorSpec spec;
    std::string error;
    EXPECT_TRUE(parse_projector_spec(text, spec, error)) << error;
    return spec;
}

class ProjectorWindows : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::getenv("DISPLAY")) GTEST_SKIP() << "needs an X display (ctest runs this under Xvfb)";
        std::string error;
        backend_ = Backend::create(test_window_options(640, 480), error);
        ASSERT_TRUE(backend_) << error;
    }

    /// A projector window drawing green, recording the contexts its hooks were given.
    ProjectorWindow projector_window() {
        ProjectorWindow w;
        w.title = "projector";
        w.frame = paint(kGreen, projector_frames_);
        w.opened = [this](ImGuiContext* imgui) {
            hook_inside_a_frame_ |= in_table_frame_;
            opened_ = imgui;
            opened_current_ = ImGui::GetCurrentContext() == imgui;
        };
        w.closing = [this](ImGuiContext* imgui) {
            hook_inside_a_frame_ |= in_table_frame_;
            closing_ = imgui;
        };
        return w;
    }

    /// Whether a click of the X pointer at (x, y) reaches the table's ImGui context.
    bool table_sees_click_at(int x, int y) {
        bool down = false;
        const FrameFn watch = [&down](const FrameInfo&) {
            down |= ImGui::GetIO().MouseDown[0];
            return FrameRequest{};
        };
        FrameImage image;
        backend_->capture(watch, image, 1);
        const std::string command = "xdotool mousemove " + std::to_string(x) + " " + std::to_string(y) + " click 1";
        if (std::system(command.c_str()) != 0) return false;
        for (int i = 0; i < 40 && !down; ++i) {  // the X server delivers in its own time
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
            backend_->capture(watch, image, 1);
        }
        return down;
    }

    std::unique_ptr<Backend> backend_;
    int projector_frames_ = 0, table_frames_ = 0;
    ImGuiContext* opened_ = nullptr;
    ImGuiContext* closing_ = nullptr;
    bool opened_current_ = false;
    bool in_table_frame_ = false;       // a table frame is being built
    bool hook_inside_a_frame_ = false;  // a window opened or closed while one was
};

TEST_F(ProjectorWindows, AWindowedProjectorOpensAndClosesWithoutDisturbingTheTable) {
    ImGuiContext* table = backend_->imgui_context();
    FrameImage image;
    backend_->capture(paint(kRed, table_frames_), image, 2);
    ASSERT_TRUE(near(image.at(320, 240), kRed));

    backend_->set_projector(spec_of("windowed 400x300"), projector_window());
    Window* projector = backend_->projector();
    ASSERT_TRUE(projector) << "no projector window";
    EXPECT_EQ(backend_->window_count(), 2);
    EXPECT_EQ(opened_, backend_->imgui_context(projector));
    EXPECT_NE(opened_, table);
    EXPECT_TRUE(opened_current_) << "the opened hook ran outside the projector's ImGui context";
    EXPECT_EQ(ImGui::GetCurrentContext(), table) << "the table's ImGui context is no longer current";

    backend_->capture(projector, image, 2);
    EXPECT_EQ(image.width, 400);
    EXPECT_EQ(image.height, 300);
    EXPECT_TRUE(near(image.at(200, 150), kGreen));
    backend_->capture(paint(kRed, table_frames_), image, 2);
    EXPECT_TRUE(near(image.at(320, 240), kRed)) << "the table lost its picture";
    // Without a window manager the projector stands at the top left over the table; the rest of
    // the table still takes clicks.
    EXPECT_TRUE(table_sees_click_at(600, 440)) << "the table lost its input with the projector open";

    backend_->set_projector(ProjectorSpec{}, projector_window());
    EXPECT_EQ(backend_->projector(), nullptr);
    EXPECT_EQ(backend_->window_count(), 1);
    EXPECT_EQ(closing_, opened_);
    EXPECT_EQ(ImGui::GetCurrentContext(), table);
    backend_->capture(paint(kRed, table_frames_), image, 2);
    EXPECT_TRUE(near(image.at(320, 240), kRed));
    EXPECT_TRUE(table_sees_click_at(60, 60)) << "the table lost its input after the projector closed";
}

TEST_F(ProjectorWindows, TheLoopOpensAndClosesAProjectorAskedForFromATableFrame) {
    testing::internal::CaptureStderr();
    int projector_frames_seen = 0;
    bool closed = false;
    backend_->run(
        [&](const FrameInfo& info) {
            in_table_frame_ = true;
            paint(kRed, table_frames_)(info);
            FrameRequest r;
            r.redraw_after_seconds = 0.01;
            if (table_frames_ == 2) backend_->set_projector(spec_of("windowed 480x320"), projector_window());
            if (backend_->projector() && projector_frames_ >= 3 && !closed) {
                projector_frames_seen = projector_frames_;
                backend_->set_projector(ProjectorSpec{}, projector_window());
                closed = true;
            }
            r.quit = (closed && !backend_->projector()) || table_frames_ == 500;
            in_table_frame_ = false;
            return r;
        },
        nullptr);
    const std::string log = testing::internal::GetCapturedStderr();
    EXPECT_GE(projector_frames_seen, 3) << "the loop did not draw the projector";
    EXPECT_TRUE(closed);
    // Windows come and go between rounds of frames, never under one (the loop holds the round).
    EXPECT_FALSE(hook_inside_a_frame_) << "the projector opened or closed inside the table's frame";
    EXPECT_EQ(backend_->window_count(), 1);
    EXPECT_NE(opened_, nullptr);
    EXPECT_EQ(closing_, opened_);
    EXPECT_NE(log.find("kiosk: projector in a window 480x320\n"), std::string::npos) << log;
    EXPECT_NE(log.find("kiosk: projector closed (turned off)\n"), std::string::npos) << log;
}

TEST_F(ProjectorWindows, TheTablesOnlyMonitorGetsNoProjector) {
    backend_->set_projector(spec_of("1"), projector_window());
    EXPECT_EQ(backend_->projector(), nullptr);
    EXPECT_EQ(backend_->window_count(), 1);
    backend_->set_projector(spec_of("2"), projector_window());
    EXPECT_EQ(backend_->projector(), nullptr);
    int frames = 0;
    EXPECT_TRUE(backend_->step(paint(kRed, frames)) || frames == 1);
    EXPECT_EQ(backend_->window_count(), 1);
}

}  // namespace
}  // namespace kiosk::platform
