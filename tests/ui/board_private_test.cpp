// Private writing with a later reveal, and anonymous boards.
#include "board_fixture.h"

#include "core/i18n.h"

#include <optional>

namespace kiosk::test {
namespace {

TEST_F(BoardTest, PrivateNotesAreFaceDownToOtherSeatsUntilTheReveal) {
    console_tap("board-private");
    ASSERT_TRUE(sink.session().state_of("matrix").private_writing);
    tap("seat");
    tap("seat:1");
    add_note_by_ui("of", "Geheim plan");
    const std::string id = notes("of").at(0)->id;
    EXPECT_TRUE(sink.session().find_note(id)->hidden);
    EXPECT_EQ(sink.session().find_note(id)->author, ui::seat_label(1));

    // Its own seat can reopen it; another seat only gets a notice.
    tap("note:" + id);
    ui.frames(2);
    EXPECT_TRUE(ui.has_target("note-save"));
    tap("note-cancel");
    tap("seat");
    tap("seat:4");
    tap("note:" + id);
    ui.frames(2);
    EXPECT_FALSE(ui.has_target("note-save"));

    console_tap("board-reveal");
    EXPECT_FALSE(sink.session().find_note(id)->hidden);
    EXPECT_FALSE(sink.session().state_of("matrix").private_writing);
    tap("note:" + id);
    ui.frames(2);
    EXPECT_TRUE(ui.has_target("note-save"));
}

TEST_F(BoardTest, AFaceDownNoteIsSmallerThanItsText) {
    console_tap("board-private");
    std::string text;
    for (int i = 0; i < 20; ++i) text += "veel woorden ";
    const std::string id = seed_note("by", text);
    const auto* t = ui::hit_targets().find("note:" + id);
    ASSERT_NE(t, nullptr);
    EXPECT_LT(t->max.y - t->min.y, 4.0f * 27.0f) << "two lines: nothing of the text shows through";
    EXPECT_FALSE(ui.has_target("expand:" + id));
}

TEST_F(BoardTest, HideAuthorsTogglesTheBoardsAnonymity) {
    console_tap("board-anonymous");
    EXPECT_TRUE(sink.session().state_of("matrix").anonymous);
    console_tap("board-anonymous");
    EXPECT_FALSE(sink.session().state_of("matrix").anonymous);
}

// Issue 9: private writing was keyed on the author label ("Tafel 1"), which is translated and
// editable, so switching the language or renaming the author hid a seat's own notes from it.
struct PrivateSeatTest : BoardTest {
    PrivateSeatTest() { speak("nl"); }
    /// The language the following frames are drawn in, as the app's frame does for its context.
    void speak(const std::string& code) {
        speaking_.reset();
        speaking_.emplace(languages_.get(code));
    }
    /// True when a tap on the note opens its editor for the chosen seat.
    bool seat_opens(int seat, const std::string& id) {
        tap("seat");
        tap("seat:" + std::to_string(seat));
        tap("note:" + id);
        ui.frames(2);
        const bool opened = ui.has_target("note-save");
        if (opened) tap("note-cancel");
        return opened;
    }
    Languages languages_{{KIOSK_BUILD_LOCALE_DIR}};
    std::optional<LanguageScope> speaking_;
};

TEST_F(PrivateSeatTest, ASeatKeepsSeeingItsPrivateNoteAfterALanguageSwitchAndARename) {
    ASSERT_TRUE(languages_.get("nl").translated()) << "build the kiosk_catalogues target first";
    ASSERT_STREQ(tr("Table {}"), "Tafel {}");
    console_tap("board-private");
    tap("seat");
    tap("seat:1");
    add_note_by_ui("of", "Alleen voor tafel 1");
    const std::string id = notes("of").at(0)->id;
    ASSERT_TRUE(sink.session().find_note(id)->hidden);
    EXPECT_EQ(sink.session().find_note(id)->author, "Tafel 1");
    EXPECT_EQ(sink.session().find_note(id)->seat, ui::seat_voter(1));

    speak("en");
    ui.frames(2);
    ASSERT_EQ(ui::seat_label(1), "Table 1");
    EXPECT_TRUE(seat_opens(1, id)) << "after the switch to English";
    EXPECT_FALSE(seat_opens(2, id));

    ASSERT_TRUE(sink.submit("note.author", {{"id", id}, {"author", "Sanne"}}).ok());
    ui.frames(2);
    EXPECT_TRUE(seat_opens(1, id)) << "after renaming the author";
    EXPECT_FALSE(seat_opens(4, id));
    speak("nl");
    ui.frames(2);
    EXPECT_TRUE(seat_opens(1, id)) << "back in Dutch";
    EXPECT_FALSE(seat_opens(3, id));
}

// A session stored before notes had a seat id: the note holds only the label of its seat.
TEST_F(PrivateSeatTest, ANoteStoredWithOnlyASeatLabelStillBelongsToThatSeat) {
    console_tap("board-private");
    ASSERT_TRUE(sink.submit("note.add", {{"id", "n-oud"}, {"exercise", "matrix"}, {"column", "by"},
                                          {"text", "Van vroeger"}, {"author", "Tafel 2"}}).ok());
    ASSERT_TRUE(sink.session().find_note("n-oud")->seat.empty());
    speak("en");
    ui.frames(2);
    EXPECT_TRUE(seat_opens(2, "n-oud"));
    EXPECT_FALSE(seat_opens(1, "n-oud"));
    ASSERT_TRUE(sink.submit("note.add", {{"id", "n-old"}, {"exercise", "matrix"}, {"column", "by"},
                                          {"text", "From before"}, {"author", "Table 5"}}).ok());
    speak("nl");
    ui.frames(2);
    EXPECT_TRUE(seat_opens(5, "n-old"));
    EXPECT_FALSE(seat_opens(2, "n-old"));
}

}  // namespace
}  // namespace kiosk::test
