// The board's geometry and rules without ImGui (kiosk/ui/board_layout.h): columns, hits, rows of
// stacks, drop spots and the no-move rule.
#include "ui/board_layout.h"

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::ui;

namespace {

Note note(const std::string& id, const std::string& column, const std::string& group = "") {
    Note n;
    n.id = id;
    n.exercise = "matrix";
    n.column = column;
    n.group = group;
    return n;
}

}  // namespace

TEST(BoardLayoutRules, ColumnsFillTheAreaWithGapsBetween) {
    const auto cols = column_rects({100, 50, 1000, 650}, 3, 30);
    ASSERT_EQ(cols.size(), 3u);
    EXPECT_FLOAT_EQ(cols[0].x0, 100);
    EXPECT_FLOAT_EQ(cols[0].width(), 280);  // (900 - 2 * 30) / 3
    EXPECT_FLOAT_EQ(cols[1].x0, 410);
    EXPECT_FLOAT_EQ(cols[2].x1, 1000);
    EXPECT_FLOAT_EQ(cols[2].y0, 50);
    EXPECT_FLOAT_EQ(cols[2].y1, 650);
    EXPECT_TRUE(column_rects({0, 0, 100, 100}, 0, 10).empty());
}

TEST(BoardLayoutRules, AFingerInAGapOrBesideTheBoardIsOverNoColumn) {
    const auto cols = column_rects({0, 100, 620, 400}, 2, 20);  // x [0,300) and [320,620), y [100,400)
    EXPECT_EQ(column_at(cols, 10, 200), 0);
    EXPECT_EQ(column_at(cols, 299, 200), 0);
    EXPECT_EQ(column_at(cols, 310, 200), -1);  // the gap: a drop there snaps back
    EXPECT_EQ(column_at(cols, 320, 200), 1);
    EXPECT_EQ(column_at(cols, 620, 200), -1);
    EXPECT_EQ(column_at(cols, -5, 200), -1);
}

TEST(BoardLayoutRules, AFingerAboveOrBelowTheColumnsIsOverNoColumn) {
    // K27 step 4: the question and toolbar above the board, the hint line below it.
    const auto cols = column_rects({0, 100, 620, 400}, 2, 20);
    EXPECT_EQ(column_at(cols, 10, 99), -1);
    EXPECT_EQ(column_at(cols, 400, 20), -1);
    EXPECT_EQ(column_at(cols, 400, 400), -1);
    EXPECT_EQ(column_at(cols, 400, 100), 1);
    EXPECT_EQ(column_at(cols, 400, 399), 1);
}

TEST(BoardLayoutRules, TheTargetRecordedLastWinsWhereTargetsOverlap) {
    std::vector<BoardHit> hits;
    hits.push_back({BoardHitKind::ColumnArea, {0, 0, 300, 400}, "", 0});
    hits.push_back({BoardHitKind::Note, {10, 10, 290, 110}, "n1", 0});
    hits.push_back({BoardHitKind::Unvote, {200, 80, 280, 108}, "n1", 0});
    const BoardHit* h = hit_at(hits, 250, 90);
    ASSERT_NE(h, nullptr);
    EXPECT_EQ(h->kind, BoardHitKind::Unvote);
    h = hit_at(hits, 50, 50);
    ASSERT_NE(h, nullptr);
    EXPECT_EQ(h->kind, BoardHitKind::Note);
    EXPECT_EQ(h->id, "n1");
    EXPECT_EQ(hit_at(hits, 50, 300)->kind, BoardHitKind::ColumnArea);
    EXPECT_EQ(hit_at(hits, 301, 50), nullptr);
    EXPECT_EQ(hit_at(hits, 290, 50)->kind, BoardHitKind::ColumnArea);  // right edges are outside
}

TEST(BoardLayoutRules, AStackGathersItsNotesUnderOneHeadingWhereItsFirstNoteIs) {
    const Note a = note("a", "of"), b = note("b", "of", "g1"), c = note("c", "of"), d = note("d", "of", "g1");
    const NoteGroup g1{"g1", "matrix", "of", "Library"};
    const RowSpacing spacing{10, 30};
    const auto rows = stack_rows(
        {&a, &b, &c, &d}, spacing, [](const Note&, bool in_group) { return in_group ? 40.0f : 50.0f; },
        [&](const std::string& id) { return id == "g1" ? &g1 : nullptr; });
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0].note, &a);
    EXPECT_FLOAT_EQ(rows[0].y, 0);
    EXPECT_EQ(rows[1].note, nullptr);  // the heading of g1
    EXPECT_EQ(rows[1].group, &g1);
    EXPECT_FLOAT_EQ(rows[1].y, 60);
    EXPECT_FLOAT_EQ(rows[1].h, 30);
    EXPECT_EQ(rows[2].note, &b);
    EXPECT_TRUE(rows[2].in_group);
    EXPECT_FLOAT_EQ(rows[2].y, 90);
    EXPECT_EQ(rows[3].note, &d);  // d joins its stack, before c
    EXPECT_FLOAT_EQ(rows[3].y, 135);  // 90 + 40 + half a gap
    EXPECT_EQ(rows[4].note, &c);
    EXPECT_FALSE(rows[4].in_group);
    EXPECT_FLOAT_EQ(rows[4].y, 185);  // 135 + 40 + half a gap + half a gap after the stack
    EXPECT_FLOAT_EQ(rows_height(rows), 235);
    EXPECT_FLOAT_EQ(rows_height({}), 0);
}

TEST(BoardLayoutRules, ADropGoesInFrontOfTheFirstNoteWhoseMiddleIsBelowTheFinger) {
    const Note a = note("a", "of"), b = note("b", "of"), c = note("c", "of");
    const std::vector<BoardRow> rows = {{&a, nullptr, 0, 100}, {&b, nullptr, 110, 100}, {&c, nullptr, 220, 100}};
    // Rows start at y = 500 on screen; the end line sits at 820.
    DropSpot spot = drop_spot(rows, "x", 500, 10, 820, 540);
    EXPECT_EQ(spot.before, "a");
    EXPECT_FLOAT_EQ(spot.line_y, 495);
    spot = drop_spot(rows, "x", 500, 10, 820, 560);  // below a's middle: in front of b
    EXPECT_EQ(spot.before, "b");
    EXPECT_FLOAT_EQ(spot.line_y, 605);
    spot = drop_spot(rows, "b", 500, 10, 820, 560);  // b is the dragged note itself: skipped
    EXPECT_EQ(spot.before, "c");
    spot = drop_spot(rows, "x", 500, 10, 820, 900);
    EXPECT_EQ(spot.before, "");
    EXPECT_FLOAT_EQ(spot.line_y, 820);
}

TEST(BoardLayoutRules, DroppingANoteWhereItAlreadyIsMovesNothing) {
    const Note a = note("a", "of"), b = note("b", "of"), c = note("c", "of");
    const std::vector<const Note*> column = {&a, &b, &c};
    EXPECT_TRUE(drop_is_no_move(b, "of", "c", column));   // already in front of c
    EXPECT_TRUE(drop_is_no_move(b, "of", "b", column));   // in front of itself
    EXPECT_TRUE(drop_is_no_move(c, "of", "", column));    // already last
    EXPECT_FALSE(drop_is_no_move(b, "of", "a", column));  // up one
    EXPECT_FALSE(drop_is_no_move(a, "of", "", column));   // to the end
    EXPECT_FALSE(drop_is_no_move(b, "by", "", column));   // to another column
}

TEST(BoardLayoutRules, AColumnHintEndsWithItsExample) {
    Column col;
    col.hint = "Who is missing?";
    col.example = "Neighbours";
    EXPECT_EQ(column_hint_text(col), "Who is missing?\nFor example: Neighbours");
    col.hint.clear();
    EXPECT_EQ(column_hint_text(col), "For example: Neighbours");
}
