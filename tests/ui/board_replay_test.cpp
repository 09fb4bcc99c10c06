// Restart and resume: replaying the actions the board submitted gives the same board.
#include "board_fixture.h"

namespace kiosk::test {
namespace {

std::string board_state(const Session& s) {
    std::string out;
    for (const auto& n : s.notes)
        out += n.id + "|" + n.column + "|" + n.text + "|" + std::to_string(n.colour) + "|" + n.author + "|" +
               n.group + "|" + (n.hidden ? "h" : "-") + "\n";
    for (const auto& g : s.groups) out += g.id + "|" + g.column + "|" + g.name + "\n";
    for (const auto& [note, voters] : s.votes)
        for (const auto& [voter, dots] : voters) out += note + "|" + voter + "|" + std::to_string(dots) + "\n";
    out += "undo " + std::to_string(s.undo.size()) + " redo " + std::to_string(s.redo.size());
    return out;
}

TEST_F(BoardTest, ReplayingTheSubmittedActionsRebuildsTheSameBoard) {
    tap("seat");
    tap("seat:3");
    add_note_by_ui("of", "Vrijwilligers uit de wijk");
    add_note_by_ui("by", "Leesclub – door jongeren");
    add_note_by_ui("by", "„Goed” idee…");
    seed_note("for", "€ 12,50 korting 👍");  // emoji cannot be typed: see EditingANoteWithAnEmoji…
    const auto by = notes("by");
    ui.drag(ui.centre_of("note:" + notes("of")[0]->id), ui.centre_of("note:" + by[0]->id), 8);
    tap("vote-mode");
    ui.quick_tap(ui.centre_of("note:" + notes("for")[0]->id));
    ui.quick_tap(ui.centre_of("note:" + notes("for")[0]->id));
    tap("vote-mode");
    tap("note:" + notes("for")[0]->id);
    ui.frames(2);
    tap("note-delete");
    tap("note-delete-confirm");
    tap("toast-undo");
    ASSERT_GE(sink.log.size(), 9u);

    Session fresh = kiosk::testing::sample_session();
    for (const Action& a : sink.log) ASSERT_TRUE(apply(fresh, a)) << a.to_line();
    EXPECT_EQ(board_state(fresh), board_state(sink.session()));
    EXPECT_EQ(sink.session().find_note(notes("for")[0]->id)->text, "€ 12,50 korting 👍");
    EXPECT_EQ(sink.session().votes_on(notes("for")[0]->id), 2) << "the undone delete brings its dots back";
}

}  // namespace
}  // namespace kiosk::test
