// Issue 14, "layout against the keyboard and the timer", through the real GL path under Xvfb:
// with the note editor open over a board, the on-screen keyboard up and a note of 1,000
// characters, the small countdown in the top bar reads back pixel for pixel as it does with no
// dialog (not covered by the dialog, not dimmed by its backdrop). With KIOSK_DIALOG_SHOTS=DIR it
// also writes the dialog at 1024x768 and 1920x1080 to DIR/*.png, to be looked at.
#include "test_window.h"

#include "core/action_sink.h"
#include "fake_clock.h"
#include "platform/backend.h"
#include "sample_plan.h"
#include "ui/keyboard.h"
#include "ui/session_view.h"
#include "ui/touch.h"
#include "ui/window_state.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <stb/stb_image_write.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace kiosk {
namespace {

using platform::FrameImage;

std::string long_note() {
    std::string text;
    while (text.size() < 1000) text += "Een lange zin over de buurt " + std::to_string(text.size()) + ". ";
    text.resize(1000);
    return text;
}

class DialogPixels : public ::testing::Test {
protected:
    void open(int w, int h) {
        if (!std::getenv("DISPLAY")) GTEST_SKIP() << "needs an X display (ctest runs this under Xvfb)";
        std::string error;
        backend_ = platform::Backend::create(platform::test_window_options(w, h), error);
        ASSERT_TRUE(backend_) << error;
        ui::bind_window_state(window_, backend_->imgui_context());
        view_ = std::make_unique<ui::SessionView>(clock_);
        sink_ = std::make_unique<MemorySession>(testing::sample_session(), clock_);
        SourcedSink facilitator(*sink_, Source::Facilitator, clock_);
        ASSERT_TRUE(facilitator.submit("agenda.goto", {{"exercise", "matrix"}}).ok());
        ASSERT_TRUE(facilitator.submit("timer.start", {{"seconds", 600}}).ok());
    }
    void TearDown() override {
        if (backend_) ui::unbind_window_state(backend_->imgui_context());
    }
    /// The exercise screen and the keyboard, as the app draws them; with `dialog`, the note
    /// editor is opened on the first frame with a 1,000-character draft.
    platform::FrameFn frame(bool dialog) {
        return [this, dialog](const platform::FrameInfo& info) {
            ctx_.metrics.em = info.scale.body_px;
            ctx_.metrics.px_per_mm = info.scale.px_per_mm;
            ctx_.fonts = {info.fonts->body, info.fonts->heading, info.fonts->display, info.fonts->icons};
            ui::apply_theme(ImGui::GetStyle(), ctx_.metrics);
            ui::hit_targets().clear();
            ImGui::GetBackgroundDrawList()->AddRectFilledMultiColor(
                ImVec2(0, 0), ImGui::GetIO().DisplaySize, ui::palette::kPaperTop, ui::palette::kPaperTop,
                ui::palette::kPaperBottom, ui::palette::kPaperBottom);
            ui::NoteEditor& editor = view_->board().editor();
            if (dialog && !editor.is_open()) {
                ui::NoteDraft draft;
                draft.column = "of";
                draft.text = long_note();
                editor.open_draft(draft);
            }
            ui::Redraw redraw;
            view_->draw_exercise(*sink_, ctx_, redraw);
            ui::keyboard_panel().draw(ctx_, redraw);
            return platform::FrameRequest{};
        };
    }
    std::unique_ptr<platform::Backend> backend_;
    ui::WindowState window_;
    ui::Context ctx_;
    testing::FakeClock clock_;  // never advanced: the countdown runs but shows one second in every capture
    std::unique_ptr<MemorySession> sink_;
    std::unique_ptr<ui::SessionView> view_;
};

TEST_F(DialogPixels, TheCountdownReadsBackTheSameWithTheNoteEditorOpen) {
    open(1024, 768);
    FrameImage bare, with_dialog;
    backend_->capture(frame(false), bare, 3);
    const ui::HitTarget* c = window_.targets.find("countdown-small");
    ASSERT_TRUE(c);
    const ui::HitTarget countdown = *c;
    backend_->capture(frame(true), with_dialog, 5);
    ASSERT_TRUE(view_->board().editor().is_open());
    ASSERT_GT(window_.keyboard.reserved_height(ctx_), 0.0f) << "the keyboard is up";
    ASSERT_EQ(bare.width, with_dialog.width);
    int differ = 0, ink = 0, total = 0;
    for (int y = int(countdown.min.y); y < int(countdown.max.y); ++y)
        for (int x = int(countdown.min.x); x < int(countdown.max.x); ++x) {
            const FrameImage::Rgb8 a = bare.at(x, y), b = with_dialog.at(x, y);
            differ += a.r != b.r || a.g != b.g || a.b != b.b;
            ink += b.r + b.g + b.b < 3 * 90;  // the countdown's dark digits
            ++total;
        }
    ASSERT_GT(total, 0);
    EXPECT_EQ(differ, 0) << "of " << total << " countdown pixels, " << differ << " changed with the dialog open";
    EXPECT_GT(ink, total / 50) << "the countdown's digits are visible";
}

// Case K33: the real window keeps no ImGui settings file: none is named, and frames with the
// note editor open (a window ImGui would otherwise remember) write nothing into the working folder.
TEST_F(DialogPixels, K33TheWindowWritesNoSettingsFileIntoTheWorkingFolder) {
    char templ[] = "/tmp/kiosk-k33-XXXXXX";
    ASSERT_TRUE(mkdtemp(templ));
    const std::filesystem::path before = std::filesystem::current_path();
    std::filesystem::current_path(templ);
    open(1024, 768);
    if (!backend_) {
        std::filesystem::current_path(before);
        return;  // skipped: no display
    }
    FrameImage image;
    bool no_ini = false;
    const platform::FrameFn dialog = frame(true);
    backend_->capture([&](const platform::FrameInfo& info) {
        no_ini = ImGui::GetIO().IniFilename == nullptr;
        return dialog(info);
    }, image, 3);
    EXPECT_TRUE(no_ini) << "ImGui was given a settings file name";
    backend_->capture(frame(false), image, 2);
    std::filesystem::current_path(before);
    EXPECT_TRUE(std::filesystem::is_empty(templ)) << "a file appeared in the working folder";
    std::filesystem::remove_all(templ);
}

TEST_F(DialogPixels, ScreensForTheEye) {
    const char* dir = std::getenv("KIOSK_DIALOG_SHOTS");
    if (!dir) GTEST_SKIP() << "set KIOSK_DIALOG_SHOTS=DIR to write the dialog's screenshots";
    for (auto [w, h] : {std::pair{1024, 768}, std::pair{1920, 1080}}) {
        if (backend_) ui::unbind_window_state(backend_->imgui_context());
        backend_.reset();
        open(w, h);
        FrameImage image;
        backend_->capture(frame(true), image, 5);
        const std::string path = std::string(dir) + "/note-editor-" + std::to_string(w) + "x" + std::to_string(h) + ".png";
        EXPECT_TRUE(stbi_write_png(path.c_str(), image.width, image.height, 3, image.rgb.data(), image.width * 3)) << path;
    }
}

}  // namespace
}  // namespace kiosk
