// One session drawn in two windows at once (issue 10, "Done when"): the touch table in Dutch at
// 1920x1080 and a read-only view at 1280x720 in English, each an ImGui context with its own
// ui::WindowState and its own language, frames interleaved. The table submits through the
// app's queue, applied between its frames; the other window shows the change in its next frame.
#include "headless_ui.h"
#include "sample_plan.h"

#include "core/action_queue.h"
#include "core/actions.h"
#include "core/i18n.h"
#include "ui/board_view.h"
#include "ui/frame_text.h"
#include "ui/keyboard.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace kiosk {
namespace {

using test::HeadlessUi;

/// What a view that takes no input is given: it reads the session and can change nothing. A
/// submit would mean the read-only window acted on its own; the test counts them.
class ReadOnlySink final : public ActionSink {
public:
    explicit ReadOnlySink(const ActionSink& source) : source_(&source) {}
    const Session& session() const override { return source_->session(); }
    using ActionSink::submit;
    SubmitResult submit(Action) override {
        ++attempts;
        return {SaveState::Rejected, "read-only", {}};
    }
    int attempts = 0;

private:
    const Clock& clock() const override { return system_clock(); }
    const ActionSink* source_;
};

/// One window: a display, its language and a board view of the sample plan's matrix.
struct BoardWindow {
    BoardWindow(float w, float h, float em, const Language& language, ActionSink& sink)
        : ui(w, h, em), language(&language), sink(&sink) {
        ui.ctx().language = language.code();
        ui.set_draw([this] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBringToFrontOnFocus);
            ui::Redraw redraw;
            view.draw(*this->sink, *this->sink->session().plan.find("matrix"), ui.ctx(), redraw);
            ImGui::End();
            ui::keyboard_panel().draw(ui.ctx(), redraw);
        });
    }
    /// One frame in this window's language, as the app opens a LanguageScope per window.
    void frame() {
        const LanguageScope speaking(*language);
        ui.frame();
    }
    /// Whether the last frame of this window drew `text` whole.
    bool shows(const std::string& text) {
        ui.make_current();
        return ui::frame_shows(ui::read_drawn_frame(*ImGui::GetDrawData()), text);
    }
    HeadlessUi ui;
    const Language* language;
    ActionSink* sink;
    ui::BoardView view;
};

struct TwoWindowsTest : ::testing::Test {
    TwoWindowsTest()
        : applied(testing::sample_session()), queued(applied, queue), read_only(applied),
          table(1920, 1080, 27, languages.get("nl"), queued),
          room(1280, 720, 20, languages.get("en"), read_only) {
        frames(3);
    }
    /// One round as the app runs it: a table frame, the queue applied between frames, then a
    /// frame of the other window.
    void frames(int n) {
        for (int i = 0; i < n; ++i) {
            table.frame();
            queue.drain(applied, queue.capacity());
            room.frame();
        }
    }
    /// A tap on the table, with the other window drawing between its frames.
    void tap_on_table(const std::string& key) {
        const ImVec2 p = table.ui.centre_of(key);
        for (const bool down : {false, true, false}) {
            table.ui.make_current();
            ImGui::GetIO().MousePos = p;
            ImGui::GetIO().MouseDown[0] = down;
            frames(1);
        }
        frames(1);
    }
    /// A finger held on the table for `seconds` (of 60 frames a second), then lifted.
    void hold_on_table(const std::string& key, float seconds) {
        const ImVec2 p = table.ui.centre_of(key);
        table.ui.make_current();
        ImGui::GetIO().MousePos = p;
        ImGui::GetIO().MouseDown[0] = true;
        frames(int(seconds * 60));
        table.ui.make_current();
        ImGui::GetIO().MouseDown[0] = false;
        frames(2);
    }
    std::string seed_note(const std::string& column, const std::string& text) {
        const std::string id = new_id('n');
        EXPECT_TRUE(applied.submit(actions::NoteAdd{id, "matrix", column, text, 0, "", ""}).ok());
        frames(2);
        return id;
    }

    Languages languages{{KIOSK_BUILD_LOCALE_DIR}};
    MemorySession applied;
    ActionQueue queue;
    QueuedSink queued;
    ReadOnlySink read_only;
    BoardWindow table, room;
};

TEST_F(TwoWindowsTest, EachWindowSpeaksItsOwnLanguage) {
    ASSERT_TRUE(languages.get("nl").translated()) << "build the kiosk_catalogues target first";
    EXPECT_TRUE(table.shows("Hele bord"));
    EXPECT_FALSE(table.shows("Whole board"));
    EXPECT_TRUE(room.shows("Whole board"));
    EXPECT_FALSE(room.shows("Hele bord"));
}

TEST_F(TwoWindowsTest, ANoteWrittenOnTheTableShowsInTheOtherWindowInItsNextFrame) {
    tap_on_table("add-note:by");
    ASSERT_TRUE(table.ui.has_target("note-save"));
    // The editor and the keyboard are the table's own: the other window has neither.
    EXPECT_TRUE(table.ui.has_target("key-e"));
    EXPECT_FALSE(room.ui.has_target("key-e"));
    EXPECT_FALSE(room.ui.has_target("note-save"));

    {
        const LanguageScope speaking(*table.language);
        table.ui.type("Leesclub");
    }
    tap_on_table("note-save");
    ASSERT_EQ(applied.session().notes_in("matrix", "by").size(), 1u) << "applied between frames";
    const std::string id = applied.session().notes_in("matrix", "by")[0]->id;

    EXPECT_TRUE(room.shows("Leesclub"));
    EXPECT_TRUE(room.ui.has_target("note:" + id));
    EXPECT_TRUE(table.ui.has_target("note:" + id));
    EXPECT_EQ(read_only.attempts, 0) << "the read-only window submitted nothing";
}

TEST_F(TwoWindowsTest, AChangeIsNotSeenBeforeTheQueueAppliesIt) {
    ASSERT_TRUE(queued.submit(actions::NoteAdd{new_id('n'), "matrix", "of", "Wachtend", 0, "", ""}).ok());
    room.frame();
    EXPECT_FALSE(room.shows("Wachtend")) << "queued, not yet applied";
    queue.drain(applied, queue.capacity());
    room.frame();
    EXPECT_TRUE(room.shows("Wachtend"));
}

TEST_F(TwoWindowsTest, AStackMadeThroughTheQueueOpensItsNameDialogOnceItExists) {
    const std::string a = seed_note("by", "Leesclub");
    const std::string b = seed_note("by", "Schrijfclub");
    hold_on_table("note:" + a, 0.8f);
    tap_on_table("note:" + b);
    ASSERT_TRUE(table.ui.has_target("stack-create"));
    tap_on_table("stack-create");
    ASSERT_EQ(applied.session().groups.size(), 1u);
    EXPECT_TRUE(table.ui.has_target("group-name")) << "the editor opens on the stack once the queue applied it";
    EXPECT_FALSE(room.ui.has_target("group-name"));
}

}  // namespace
}  // namespace kiosk
