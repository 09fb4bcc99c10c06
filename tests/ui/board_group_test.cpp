// Stacks of notes: make one from a selection, rename it, unstack it.
#include "board_fixture.h"

namespace kiosk::test {
namespace {

TEST_F(BoardTest, LongPressSelectsThenStackRenameAndUnstack) {
    const std::string a = seed_note("by", "Leesclub");
    const std::string b = seed_note("by", "Schrijfclub");
    const std::string c = seed_note("by", "Losse notitie");
    ui.hold(ui.centre_of("note:" + a), 0.8f);
    tap("note:" + b);
    ASSERT_TRUE(ui.has_target("stack-create"));
    tap("stack-create");
    ui.frames(2);
    ASSERT_EQ(sink.session().groups.size(), 1u);
    const std::string g = sink.session().groups[0].id;
    EXPECT_EQ(sink.session().find_note(a)->group, g);
    EXPECT_EQ(sink.session().find_note(b)->group, g);
    EXPECT_TRUE(sink.session().find_note(c)->group.empty());

    // The name dialog opens at once; type a name.
    ASSERT_TRUE(ui.has_target("group-name"));
    tap("group-name");
    ui.key(ImGuiKey_A);  // focus; the field holds the default name
    for (int i = 0; i < 30; ++i) ui.key(ImGuiKey_Backspace);
    ui.type("Clubs");
    tap("group-save");
    EXPECT_EQ(sink.session().groups[0].name, "Clubs");

    tap("group:" + g);
    ui.frames(2);
    tap("group-ungroup");
    EXPECT_TRUE(sink.session().groups.empty());
    EXPECT_TRUE(sink.session().find_note(a)->group.empty());
    EXPECT_EQ(notes("by").size(), 3u) << "unstacking keeps every note";
}

TEST_F(BoardTest, SelectingInAnotherColumnStartsANewSelection) {
    const std::string a = seed_note("of", "A");
    const std::string b = seed_note("for", "B");
    const std::string c = seed_note("for", "C");
    tap("select-mode");
    tap("note:" + a);
    tap("note:" + b);
    tap("note:" + c);
    tap("stack-create");
    ASSERT_EQ(sink.session().groups.size(), 1u);
    EXPECT_EQ(sink.session().groups[0].column, "for");
    EXPECT_TRUE(sink.session().find_note(a)->group.empty());
}

}  // namespace
}  // namespace kiosk::test
