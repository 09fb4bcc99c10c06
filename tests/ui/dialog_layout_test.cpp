// Issue 14, "layout against the keyboard and the timer": with the on-screen keyboard up and a
// note of 1,000 characters, the note editor lies between the exercise's top bar and the keyboard
// (ui/dialog_band.h) at the table's usual sizes. Its Save and Cancel lie above the keyboard's top
// edge, the dialog never overlaps the running countdown, and the note scrolls inside its box.
// Before the band, the dialog sat at 4 % of the display height, over the countdown, and grew
// with its text until Save and Cancel lay under the keyboard.
#include "headless_ui.h"
#include "sample_plan.h"

#include "core/action_sink.h"
#include "fake_clock.h"
#include "ui/keyboard.h"
#include "ui/session_view.h"

#include <gtest/gtest.h>
#include <imgui_internal.h>

#include <cmath>
#include <string>

namespace kiosk {
namespace {

using test::HeadlessUi;

struct Size {
    float w, h;
};

/// The kiosk's body size for a display `h` pixels tall (platform/scale.cpp: height / 40).
float em_for(float h) { return std::round(h / 40.0f); }

bool overlap(const ui::HitTarget& a, const ui::HitTarget& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

class DialogLayout : public ::testing::TestWithParam<Size> {
protected:
    DialogLayout()
        : ui(GetParam().w, GetParam().h, em_for(GetParam().h)), sink(testing::sample_session(), clock), view(clock) {
        ui.set_draw([this] {
            ui::Redraw redraw;
            view.draw_exercise(sink, ui.ctx(), redraw);
            ui::keyboard_panel().draw(ui.ctx(), redraw);
        });
        SourcedSink facilitator(sink, Source::Facilitator, clock);
        EXPECT_TRUE(facilitator.submit("agenda.goto", {{"exercise", "matrix"}}).ok());
        EXPECT_TRUE(facilitator.submit("timer.start", {{"seconds", 600}}).ok());
        ui.frames(3);
    }
    /// Taps "+" of the first column and types a note of `chars` ASCII characters in words.
    void write_long_note(std::size_t chars) {
        ui.tap_target("add-note:of");
        ui.frames(2);
        std::string text;
        while (text.size() < chars) text += "woord" + std::to_string(text.size() % 97) + " ";
        text.resize(chars);
        ui.type(text);
        ui.frames(4);  // the box settles on the band and the caret's line is brought into view
    }
    const ui::HitTarget& target(const std::string& key) {
        const ui::HitTarget* t = ui.window().targets.find(key);
        EXPECT_TRUE(t) << key;
        static const ui::HitTarget none{};
        return t ? *t : none;
    }
    float keyboard_top() { return ImGui::GetIO().DisplaySize.y - ui::keyboard_panel().reserved_height(ui.ctx()); }

    HeadlessUi ui;
    testing::FakeClock clock;  // never advanced: the countdown runs, its second stands still
    MemorySession sink;
    ui::SessionView view;
};

TEST_P(DialogLayout, SaveAndCancelLieAboveTheKeyboardAndTheDialogLeavesTheCountdownInSight) {
    write_long_note(1000);
    ui.make_current();
    ASSERT_GT(ui::keyboard_panel().reserved_height(ui.ctx()), 0.0f) << "the keyboard is up";
    ASSERT_TRUE(view.countdown().running_for("matrix"));
    const float kb_top = keyboard_top();
    for (const char* key : {"note-save", "note-cancel"}) {
        const ui::HitTarget& b = target(key);
        EXPECT_LE(b.max.y, kb_top) << key << " under the keyboard";
        EXPECT_GE(b.min.y, 0.0f) << key;
    }
    // The dialog's window as ImGui placed it (not what the editor says of itself).
    const ImGuiWindow* window = ImGui::FindWindowByName("##note-editor");
    ASSERT_TRUE(window);
    ui::HitTarget dialog;
    dialog.min = window->Pos;
    dialog.max = ImVec2(window->Pos.x + window->Size.x, window->Pos.y + window->Size.y);
    const ui::HitTarget& countdown = target("countdown-small");
    EXPECT_FALSE(overlap(dialog, countdown)) << "dialog " << dialog.min.y << ".." << dialog.max.y << ", countdown "
                                             << countdown.min.y << ".." << countdown.max.y;
    EXPECT_GE(countdown.min.y, 0.0f) << "the countdown is on the display";
    EXPECT_LE(dialog.max.y, kb_top) << "the dialog ends above the keyboard";
    // The whole note is kept; it is taller than its box and scrolls inside it.
    EXPECT_EQ(view.board().editor().draft().text.size(), 1000u);
    EXPECT_GT(target("note-text").max.y - target("note-text").min.y,
              target("note-text-box").max.y - target("note-text-box").min.y);
}

TEST_P(DialogLayout, TheSavedLongNoteIsWholeAfterATapOnSave) {
    write_long_note(1000);
    ui.tap_target("note-save");
    ui.frames(2);
    const auto notes = sink.session().notes_in("matrix", "of");
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0]->text.size(), 1000u);
}

// The siblings: every other text field the table types into lies on a screen of its own (the
// start screen, a form box, the vision's name and text), which ends where the keyboard begins
// (begin_screen); on the exercise screen the top bar stays above the scrolling part, so the
// countdown stays in sight there too while a long text is typed.
TEST_P(DialogLayout, AFormBoxWithALongTextKeepsTheCountdownInSightAndItselfAboveTheKeyboard) {
    SourcedSink facilitator(sink, Source::Facilitator, clock);
    for (const char* exercise : {"kaart", "partners"}) {
        ASSERT_TRUE(facilitator.submit("agenda.goto", {{"exercise", exercise}}).ok());
        ASSERT_TRUE(facilitator.submit("timer.start", {{"seconds", 600}}).ok());
        ui.frames(3);
        const bool partners = std::string(exercise) == "partners";
        if (partners) {  // a repeatable form: one partner first
            ui.tap_target("form-add");
            ui.frames(2);
        }
        const std::string key = partners ? "field-1-uitdagingen" : "field-naam";
        if (!ui.has_target(key)) {
            std::string keys;
            for (const auto& t : ui.window().targets.all()) keys += t.key + " ";
            FAIL() << exercise << ": no " << key << " among " << keys;
        }
        ui.tap_target(key);
        ui.frames(2);
        std::string text;
        while (text.size() < 190) text += "lange tekst ";
        ui.type(text.substr(0, 190));
        ui.frames(4);
        ui.make_current();
        ASSERT_GT(ui::keyboard_panel().reserved_height(ui.ctx()), 0.0f) << exercise;
        const ui::HitTarget& countdown = target("countdown-small");
        EXPECT_TRUE(countdown.visible()) << exercise << ": the countdown scrolled out of sight";
        EXPECT_GE(countdown.min.y, 0.0f) << exercise;
        const ui::HitTarget& field = target(key);
        EXPECT_TRUE(field.visible()) << exercise;
        EXPECT_LE(field.visible_max.y, keyboard_top()) << exercise << ": the field under the keyboard";
        ui::keyboard_panel().blur();
        ui.frames(2);
    }
}

INSTANTIATE_TEST_SUITE_P(TableSizes, DialogLayout,
                         ::testing::Values(Size{1024, 768}, Size{1280, 800}, Size{1920, 1080}),
                         [](const auto& info) {
                             return std::to_string(int(info.param.w)) + "x" + std::to_string(int(info.param.h));
                         });

}  // namespace
}  // namespace kiosk
