// The facilitator's moderation (issue 12) as the table shows it: a note hidden in the console, or
// a phone's note waiting for approval, is not on the table's board (a shared screen) until it is
// shown; the console's buttons do it in a tap each.
#include "board_fixture.h"

namespace kiosk::test {
namespace {

TEST_F(BoardTest, ANoteHiddenInTheConsoleLeavesTheTableAndComesBack) {
    const std::string id = seed_note("of", "Iets wat weg moet");
    ASSERT_TRUE(ui.has_target("note:" + id));

    console_tap("note-hide-" + id);
    EXPECT_EQ(sink.session().find_note(id)->moderation, Moderation::Hidden);
    ui.frames(2);
    EXPECT_FALSE(ui.has_target("note:" + id)) << "a hidden note is not on the shared board";
    EXPECT_NE(sink.session().find_note(id), nullptr) << "hidden, never deleted";

    console_tap("note-unhide-" + id);
    EXPECT_EQ(sink.session().find_note(id)->moderation, Moderation::Shown);
    ui.frames(2);
    EXPECT_TRUE(ui.has_target("note:" + id));
}

TEST_F(BoardTest, APhonesNoteWaitsOffTheTableUntilApproved) {
    console_tap("phones-approval");
    ASSERT_TRUE(sink.session().phone_approval);
    const std::string id = new_id('n');
    const std::string device = "p-0123456789";
    // As the phone server's action reads once the sink stamped its source (the fixture's sink
    // applies without the catalogue's checks, so the record is written here as stored).
    const SubmitResult r = sink.submit("note.add", {{"id", id}, {"exercise", "matrix"}, {"column", "by"},
                                                   {"text", "Van een telefoon"}, {"seat", device}, {"source", "phone"},
                                                   {"device", device}, {"request", "r-0123456789abcdef"}});
    ASSERT_TRUE(r.ok()) << r.message;
    ASSERT_EQ(sink.session().find_note(id)->moderation, Moderation::Waiting);
    ui.frames(2);
    EXPECT_FALSE(ui.has_target("note:" + id)) << "waiting for approval: not on the shared board";

    console_tap("note-approve-" + id);
    ui.frames(2);
    EXPECT_TRUE(ui.has_target("note:" + id));
}

}  // namespace
}  // namespace kiosk::test
