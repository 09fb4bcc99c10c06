// Typed actions write exactly the JSON the screens wrote by hand, so stored logs keep their shape.
#include "core/action_sink.h"
#include "core/actions.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(Actions, OptionalNoteFieldsAreLeftOutWhenEmpty) {
    actions::NoteAdd add{"n-1", "matrix", "of", "Leesclub", std::nullopt, "", ""};
    EXPECT_EQ(add.fields(), Json({{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Leesclub"}}));
    add.colour = 2;
    add.seat = "seat-3";
    EXPECT_EQ(add.fields().at("colour"), 2);
    EXPECT_EQ(add.fields().at("seat"), "seat-3");
    EXPECT_FALSE(add.fields().contains("author"));
}

TEST(Actions, VisionAddAlwaysWritesItsAuthor) {
    const Json j = actions::VisionAdd{"v-1", "vision", "", std::nullopt}.fields();
    EXPECT_EQ(j, Json({{"id", "v-1"}, {"exercise", "vision"}, {"author", ""}}));
}

TEST(Actions, UnscopedUndoHasNoExerciseField) {
    EXPECT_EQ(actions::Undo{}.fields(), Json::object());
    EXPECT_EQ(actions::Redo{"matrix"}.fields(), Json({{"exercise", "matrix"}}));
    EXPECT_EQ(actions::TimerStart{}.fields(), Json::object());
}

TEST(Actions, SubmitGoesThroughTheReducer) {
    Session empty;
    MemorySession sink(std::move(empty));
    // Without a session.create the reducer refuses: the typed call reaches apply().
    EXPECT_FALSE(sink.submit(actions::TimerPause{}).ok());
}

}  // namespace
}  // namespace kiosk
