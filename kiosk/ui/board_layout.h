// The sticky-note board's geometry and rules, with no ImGui: where the columns lie, how the notes
// of a column stack into rows, which card or column a point hits, and where a dragged note lands.
// Plain structs in pixels (the caller turns em into pixels); tested headlessly
// (tests/ui/board_layout_rules_test.cpp). The board view measures text and paints; this decides.
#pragma once

#include "core/plan.h"
#include "core/session.h"

#include <functional>
#include <string>
#include <vector>

namespace kiosk::ui {

/// Notes longer than this many lines show an expand strip ("more" / "less") instead.
inline constexpr int kClampLines = 6;
/// A note's margin from its column's sides, in em.
inline constexpr float kInsetEm = 0.4f;

/// An axis-aligned rectangle in screen pixels, [x0, x1) x [y0, y1).
struct BoardRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool contains(float x, float y) const { return x >= x0 && x < x1 && y >= y0 && y < y1; }
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
};

/// `count` equal columns side by side filling `area`, `gap_px` apart. Empty for count <= 0.
std::vector<BoardRect> column_rects(const BoardRect& area, int count, float gap_px);

/// The column (index into `columns`) whose rectangle holds the finger at (`x`, `y`), or -1 in a
/// gap, beside, above or below the board (on the question, the toolbar, the hint line): a drop
/// there snaps back, never into the nearest column by guess (shared/cases K27, step 4). A column
/// scrolls under a note held within its top or bottom edge band, inside the rectangle.
int column_at(const std::vector<BoardRect>& columns, float x, float y);

/// What a finger can touch on the board.
enum class BoardHitKind { Note, AddNote, Hint, GroupHeader, Expand, Unvote, ColumnArea };

struct BoardHit {
    BoardHitKind kind = BoardHitKind::ColumnArea;
    BoardRect rect;
    std::string id;   ///< note or stack id ("" for a column's own targets)
    int column = -1;  ///< index of the column it lies in
};

/// The hit at (x, y): of overlapping targets the one recorded last (drawn on top: a card over
/// its column, a card's "− 1" button over the card). nullptr when none holds the point.
const BoardHit* hit_at(const std::vector<BoardHit>& hits, float x, float y);

/// One row of a column: a stack heading (note == nullptr) or a note, `y` from the column's top.
struct BoardRow {
    const Note* note = nullptr;
    const NoteGroup* group = nullptr;
    float y = 0, h = 0;
    bool in_group = false;
};

/// Spacing of a column's rows, in pixels.
struct RowSpacing {
    float gap = 8;       ///< between notes (a stack's notes sit half a gap apart)
    float group_h = 32;  ///< a stack's heading, tapped to rename it
};

/// The rows of the notes `notes` (one column, in board order): a loose note is one row; the
/// first note of a stack brings its heading and every note of that stack, in order, at that
/// place. `height(note, in_group)` gives each card's height in pixels. `find_group` resolves a
/// stack id (nullptr is allowed: the heading then has no group).
std::vector<BoardRow> stack_rows(const std::vector<const Note*>& notes, const RowSpacing& spacing,
                                 const std::function<float(const Note&, bool in_group)>& height,
                                 const std::function<const NoteGroup*(const std::string&)>& find_group);

/// The height of the rows in pixels (0 when none), without the gap after the last.
float rows_height(const std::vector<BoardRow>& rows);

/// Where a dragged note would land in a column.
struct DropSpot {
    std::string before;  ///< the note it goes in front of; "" = the end of the column
    float line_y = 0;    ///< where the insertion line is drawn, in screen pixels
};

/// The drop spot for a finger at `finger_y` over a column whose rows start at `rows_top` (screen
/// pixels, scroll applied): in front of the first note, other than `dragged`, whose middle lies
/// below the finger, the line half of `gap` (the gap between notes) above that note; else at the
/// end of the column, the line at `end_line_y`.
DropSpot drop_spot(const std::vector<BoardRow>& rows, const std::string& dragged, float rows_top,
                   float gap, float end_line_y, float finger_y);

/// Whether dropping `note` at `before` in `column` changes nothing: it is already there, just in
/// front of `before` (or `before` is the note itself). `column_notes` is the column in board
/// order. Such a drop submits no action, so undo is not cluttered with non-moves. A drop outside
/// every column (column_at() == -1) snaps back and moves nothing either.
bool drop_is_no_move(const Note& note, const std::string& column, const std::string& before,
                     const std::vector<const Note*>& column_notes);

/// What a column's "?" opens: its hint, then its example note (translated "For example: …").
std::string column_hint_text(const Column& column);

}  // namespace kiosk::ui
