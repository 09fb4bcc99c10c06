// A board on the headless ImGui: the sample plan's OF/BY/FOR matrix drawn by a BoardView into a
// full-screen window, with a sink that applies and records every action (so a test can replay
// them on a fresh session and compare).
#pragma once

#include "headless_ui.h"
#include "sample_plan.h"

#include "core/action_sink.h"
#include "ui/board_view.h"
#include "ui/facilitator_screen.h"
#include "ui/keyboard.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace kiosk::test {

/// Applies actions to an in-memory session like MemorySession and keeps each applied action.
class RecordingSink final : public ActionSink {
public:
    explicit RecordingSink(Session s) : session_(std::move(s)) {}
    const Session& session() const override { return session_; }
    using ActionSink::submit;
    SubmitResult submit(Action a) override {
        if (on_submit) on_submit(a);
        SubmitResult r;
        r.notices = clean_action(a, session_, clock_.wall_ms());
        if (ApplyResult applied = apply(session_, a); !applied) {
            r.state = SaveState::Rejected;
            r.message = applied.error;
            ++rejected;
        } else {
            log.push_back(a);
        }
        return r;
    }
    std::vector<Action> log;  ///< applied actions, in order
    std::function<void(const Action&)> on_submit;  ///< called first on every submit, when set
    int rejected = 0;

private:
    /// Each reading is one millisecond later, so every action has its own time.
    struct TickingClock final : Clock {
        mutable std::int64_t ms = 2'000'000;
        std::int64_t wall_ms() const override { return ++ms; }
        std::int64_t monotonic_ms() const override { return ms; }
    };
    const Clock& clock() const override { return clock_; }
    Session session_;
    TickingClock clock_;
};

struct BoardTest : ::testing::Test {
    explicit BoardTest(float w = 1920, float h = 1080, float em = 27)
        : ui(w, h, em), sink(kiosk::testing::sample_session()) {
        board = sink.session().plan.find("matrix");
        ui.set_draw([this] {
            if (console) {  // the facilitator console, which holds the board's settings (issue 11)
                ui::ConsoleData data;
                data.facilitator = &sink;
                ui::draw_facilitator_screen(data, ui.ctx());
                return;
            }
            const ImGuiIO& io = ImGui::GetIO();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(io.DisplaySize);
            ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                                  ImGuiWindowFlags_NoSavedSettings |
                                                  ImGuiWindowFlags_NoBringToFrontOnFocus);
            ui::Redraw redraw;
            board = sink.session().plan.find("matrix");  // undo may rebuild the session
            view.draw(sink, *board, ui.ctx(), redraw);
            ImGui::End();
            ui::keyboard_panel().draw(ui.ctx(), redraw);  // as the app does, after every screen
            last_redraw = redraw;
        });
        ui.frames(3);
    }

    /// Taps the widget under `key` and runs one more frame, so a layout change shows.
    void tap(const std::string& key) {
        ui.tap_target(key);
        ui.frame();
    }
    /// Holds the board's "Facilitator" button until it asks for the console, which then draws
    /// instead of the board, on the matrix as the room's current exercise, until close_console().
    void open_console() {
        ui.hold(ui.centre_of("board-facilitator"), float(ui::kFacilitatorHoldSeconds) + 0.3f);
        EXPECT_TRUE(view.take_console_request());
        const Exercise* here = sink.session().current_exercise();
        if (!here || here->id != "matrix") EXPECT_TRUE(sink.submit("agenda.goto", {{"exercise", "matrix"}}).ok());
        console = true;
        ui.frames(2);
    }
    void close_console() {
        console = false;
        ui.frames(2);
    }
    /// open_console(), a tap on `key` there, close_console().
    void console_tap(const std::string& key) {
        open_console();
        tap(key);
        close_console();
    }
    /// Adds a note straight through the sink (not the UI) and returns its id.
    std::string seed_note(const std::string& column, const std::string& text, int colour = 0) {
        const std::string id = new_id('n');
        EXPECT_TRUE(sink.submit("note.add", {{"id", id}, {"exercise", "matrix"}, {"column", column},
                                             {"text", text}, {"colour", colour}}).ok());
        ui.frames(2);
        return id;
    }
    /// Writes a note through the UI: "+" of the column, type, save.
    void add_note_by_ui(const std::string& column, const std::string& text) {
        tap("add-note:" + column);
        ui.frame();
        ui.type(text);
        tap("note-save");
        ui.frames(2);
    }
    std::vector<const Note*> notes(const std::string& column) const {
        return sink.session().notes_in("matrix", column);
    }
    std::vector<std::string> texts(const std::string& column) const {
        std::vector<std::string> out;
        for (const Note* n : notes(column)) out.push_back(n->text);
        return out;
    }

    HeadlessUi ui;
    RecordingSink sink;
    const Exercise* board = nullptr;
    ui::BoardView view;
    ui::Redraw last_redraw;
    bool console = false;
};

}  // namespace kiosk::test
