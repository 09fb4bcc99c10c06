// More than one window (issue 10): a second window beside the first, with its own ImGui context,
// frame function, retained frame and note-shape GL objects, its GL context sharing objects with
// the first. Runs under Xvfb (tests/support/with-xvfb.sh); pixels are read back from each window.
#include "platform/backend.h"
#include "test_paint.h"
#include "test_window.h"
#include "ui/note_shapes.h"

#include <gtest/gtest.h>

#include <imgui.h>

#include <cfloat>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <chrono>
#include <vector>

namespace kiosk::platform {
namespace {

class Windows : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::getenv("DISPLAY")) GTEST_SKIP() << "needs an X display (ctest runs this under Xvfb)";
        std::string error;
        backend_ = Backend::create(test_window_options(320, 240), error);
        ASSERT_TRUE(backend_) << error;
    }

    Window* open(FrameFn fn, bool takes_input = true) {
        WindowOptions w;
        w.title = "second";
        w.windowed_width = 200;
        w.windowed_height = 160;
        w.takes_input = takes_input;
        std::string error;
        Window* window = backend_->open_window(w, std::move(fn), error);
        EXPECT_TRUE(window) << error;
        return window;
    }

    std::unique_ptr<Backend> backend_;
};

TEST_F(Windows, TwoWindowsEachDrawTheirOwnFrame) {
    Window* second = open(paint(kGreen));
    ASSERT_TRUE(second);
    EXPECT_EQ(backend_->window_count(), 2);
    EXPECT_NE(backend_->imgui_context(second), backend_->imgui_context());
    FrameImage first_image, second_image;
    backend_->capture(paint(kRed), first_image, 2);
    backend_->capture(second, second_image, 2);
    ASSERT_EQ(first_image.width, 320);
    ASSERT_EQ(second_image.width, 200);
    EXPECT_TRUE(near(first_image.at(160, 120), kRed)) << text(first_image.at(160, 120));
    EXPECT_TRUE(near(second_image.at(100, 80), kGreen)) << text(second_image.at(100, 80));
    // Drawing the second window left the first's contexts current for the caller.
    EXPECT_EQ(ImGui::GetCurrentContext(), backend_->imgui_context());
}

/// What a window's ImGui context saw of the pointer over some frames.
struct PointerSeen {
    bool down = false, clicked = false, on_screen = false;
};

FrameFn watch_pointer(PointerSeen& seen) {
    return [&seen](const FrameInfo&) {
        const ImGuiIO& io = ImGui::GetIO();
        seen.down |= io.MouseDown[0];
        seen.clicked |= ImGui::IsMouseClicked(0);
        seen.on_screen |= ImGui::IsMousePosValid(&io.MousePos);
        return FrameRequest{};
    };
}

void tap(Backend& backend, Window* window) {
    FrameImage image;
    backend.script_pointer(window, ScriptedPointer{50, 50, true});
    backend.capture(window, image, 2);
    backend.script_pointer(window, ScriptedPointer{50, 50, false});
    backend.capture(window, image, 2);
}

TEST_F(Windows, OnlyAWindowThatTakesInputSeesItsScriptedTap) {
    PointerSeen on_projector, on_table;
    Window* projector = open(watch_pointer(on_projector), /*takes_input=*/false);
    Window* table = open(watch_pointer(on_table), /*takes_input=*/true);
    ASSERT_TRUE(projector && table);
    tap(*backend_, projector);
    tap(*backend_, table);
    EXPECT_FALSE(on_projector.down);
    EXPECT_FALSE(on_projector.clicked);
    EXPECT_FALSE(on_projector.on_screen);
    EXPECT_TRUE(on_table.down);
    EXPECT_TRUE(on_table.clicked);
    EXPECT_TRUE(on_table.on_screen);
}

/// Clicks the X pointer at (x, y) of the screen with xdotool; false when xdotool failed.
bool x_click(int x, int y) {
    const std::string command = "xdotool mousemove " + std::to_string(x) + " " + std::to_string(y) + " click 1";
    return std::system(command.c_str()) == 0;
}

TEST_F(Windows, AnXClickReachesOnlyTheImGuiContextOfTheWindowClicked) {
    // Without a window manager both windows stand at the screen's top-left corner, the later one
    // on top, so a click there lands in the second window. GLFW calls its callback while the first
    // window's ImGui context is current; the click must still reach the second's context.
    PointerSeen on_first, on_second;
    Window* second = open(watch_pointer(on_second));
    ASSERT_TRUE(second);
    FrameImage image;
    backend_->capture(watch_pointer(on_first), image, 1);
    backend_->capture(second, image, 1);
    ASSERT_TRUE(x_click(50, 50)) << "xdotool failed";
    for (int i = 0; i < 40 && !on_second.down; ++i) {  // the X server delivers in its own time
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
        backend_->capture(watch_pointer(on_first), image, 1);
        backend_->capture(second, image, 1);
    }
    EXPECT_TRUE(on_second.down) << "the click did not reach the second window's ImGui context";
    EXPECT_FALSE(on_first.down) << "the second window's click went to the first window's ImGui context";
}

TEST_F(Windows, AnXClickOnAWindowThatTakesNoInputGoesNowhere) {
    PointerSeen on_first, on_projector;
    Window* projector = open(watch_pointer(on_projector), /*takes_input=*/false);
    ASSERT_TRUE(projector);
    FrameImage image;
    backend_->capture(projector, image, 1);
    ASSERT_TRUE(x_click(60, 60)) << "xdotool failed";
    for (int i = 0; i < 20; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
        backend_->capture(watch_pointer(on_first), image, 1);
        backend_->capture(projector, image, 1);
    }
    EXPECT_FALSE(on_projector.down);
    EXPECT_FALSE(on_first.down);
}

TEST_F(Windows, ClosingTheSecondWindowKeepsTheFirstDrawing) {
    int second_frames = 0;
    Window* second = open([&](const FrameInfo& info) {
        paint(kGreen)(info);
        FrameRequest r;
        r.redraw_after_seconds = 0;
        r.quit = ++second_frames == 2;  // closes this window only
        return r;
    });
    ASSERT_TRUE(second);
    int first_frames = 0, first_frames_alone = 0;
    backend_->run(
        [&](const FrameInfo& info) {
            paint(kRed)(info);
            ++first_frames;
            if (backend_->window_count() == 1) ++first_frames_alone;
            FrameRequest r;
            r.redraw_after_seconds = 0;
            r.quit = first_frames_alone == 3 || first_frames == 50;
            return r;
        },
        nullptr);
    EXPECT_EQ(second_frames, 2);
    EXPECT_EQ(backend_->window_count(), 1);
    EXPECT_EQ(first_frames_alone, 3) << "the first window stopped when the second closed";
    FrameImage image;
    backend_->capture(paint(kRed), image, 2);
    EXPECT_TRUE(near(image.at(160, 120), kRed)) << text(image.at(160, 120));
}

TEST_F(Windows, EachWindowKeepsItsOwnRedrawDeadline) {
    // The second window asks for a frame every 10 ms, the first only every 2 s: the loop wakes
    // for the second's deadline without drawing the first each time.
    int second_frames = 0;
    Window* second = open([&](const FrameInfo& info) {
        paint(kGreen)(info);
        FrameRequest r;
        r.redraw_after_seconds = 0.01;
        r.quit = ++second_frames == 20;
        return r;
    });
    ASSERT_TRUE(second);
    int first_frames = 0, first_frames_with_second = 0;
    backend_->run(
        [&](const FrameInfo& info) {
            paint(kRed)(info);
            ++first_frames;
            if (backend_->window_count() == 2) ++first_frames_with_second;
            FrameRequest r;
            r.redraw_after_seconds = backend_->window_count() == 2 ? 2.0 : 0.0;
            r.quit = backend_->window_count() == 1;
            return r;
        },
        nullptr);
    EXPECT_EQ(second_frames, 20);
    // The settle frames after start and the shader load; not one per frame of the second window.
    EXPECT_LE(first_frames_with_second, 5);
}

TEST_F(Windows, ASecondWindowCanBeFullscreenOnAMonitor) {
    WindowOptions w;
    w.title = "projector";
    w.monitor = "";  // the primary: Xvfb's one screen, 1920x1080
    w.takes_input = false;
    std::string error;
    Window* projector = backend_->open_window(w, paint(kGreen), error);
    ASSERT_TRUE(projector) << error;
    FrameImage image;
    backend_->capture(projector, image, 2);
    EXPECT_EQ(image.width, 1920);
    EXPECT_EQ(image.height, 1080);
    EXPECT_TRUE(near(image.at(960, 540), kGreen)) << text(image.at(960, 540));
}

TEST_F(Windows, CloseWindowClosesOnlyALaterWindow) {
    EXPECT_FALSE(backend_->close_window(nullptr));
    Window* second = open(paint(kGreen));
    ASSERT_TRUE(second);
    EXPECT_TRUE(backend_->close_window(second));
    EXPECT_EQ(backend_->window_count(), 1);
    Window* third = open(paint(kGreen));  // a window can be opened again after one closed
    ASSERT_TRUE(third);
    FrameImage image;
    backend_->capture(third, image, 1);
    EXPECT_TRUE(near(image.at(100, 80), kGreen)) << text(image.at(100, 80));
    backend_->capture(paint(kRed), image, 1);
    EXPECT_TRUE(near(image.at(160, 120), kRed)) << text(image.at(160, 120));
}

/// A frame with one note card, `card`, through the note shader.
FrameFn one_note(bool& had_shader, std::vector<ui::NoteQuad>& batch, const ui::NoteQuad& card) {
    return [&had_shader, &batch, &card](const FrameInfo& info) {
        had_shader = info.note_shapes != nullptr;
        batch = {card};
        if (info.note_shapes) {
            ImDrawList* list = ImGui::GetBackgroundDrawList();
            list->AddCallback(info.note_shapes, &batch);
            list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
        }
        return FrameRequest{};
    };
}

TEST_F(Windows, NoteShapesDrawInBothWindows) {
    const Colour blue{26, 77, 230}, yellow{242, 217, 51};
    ui::NoteQuad second_card{40, 40, 120, 100, 0.1f, 0.3f, 0.9f, 1.0f, 6.0f, 3.0f};
    const ui::NoteQuad first_card = second_card;
    bool second_shader = false, first_shader = false;
    std::vector<ui::NoteQuad> second_batch, first_batch;
    Window* second = open(one_note(second_shader, second_batch, second_card));
    ASSERT_TRUE(second);
    FrameImage second_image, first_image;
    backend_->capture(second, second_image, 2);
    backend_->capture(one_note(first_shader, first_batch, first_card), first_image, 2);
    ASSERT_TRUE(second_shader && first_shader) << "note shader did not build";
    EXPECT_TRUE(near(second_image.at(80, 70), blue, 20)) << text(second_image.at(80, 70));
    EXPECT_TRUE(near(first_image.at(80, 70), blue, 20)) << text(first_image.at(80, 70));
    // Each window draws with its own vertex array, not the one loaded last: the second window's
    // card moves and turns yellow after the first window built its objects.
    second_card = ui::NoteQuad{100, 60, 180, 140, 0.95f, 0.85f, 0.2f, 1.0f, 6.0f, 3.0f};
    backend_->capture(second, second_image, 2);
    EXPECT_TRUE(near(second_image.at(140, 120), yellow, 20)) << text(second_image.at(140, 120));
    EXPECT_FALSE(near(second_image.at(50, 50), blue, 20)) << "the old card is still there";
    // And the first window still draws its own after the second has gone.
    ASSERT_TRUE(backend_->close_window(second));
    backend_->capture(one_note(first_shader, first_batch, first_card), first_image, 1);
    EXPECT_TRUE(near(first_image.at(80, 70), blue, 20)) << text(first_image.at(80, 70));
}

}  // namespace
}  // namespace kiosk::platform
