// Measuring the board's notes: their text wrapped in the note font (cached), their heights, and
// the zoom at which the whole board fits (the projector view). Needs ImGui's font metrics; the
// rules of rows and stacks are in board_layout.cpp.
#include "ui/board_view.h"

#include "core/privacy.h"
#include "ui/text_editor.h"

#include <imgui.h>

#include <algorithm>

namespace kiosk::ui {
namespace {

// "Whole board" is the overview for the projector: it shrinks as far as it must to show every
// note, and then text may be small; at body size or above only while it fits without.
constexpr float kMinZoom = 0.08f;

}  // namespace

const BoardView::TextLayout& BoardView::text_layout(const Note& n, float width) const {
    return text_cache_.get(n, *font_, font_px_, width);
}

float BoardView::note_height(const Session& s, const Note& n, float width) const {
    const float line_h = font_px_ * 1.15f;
    if (!visible_to_seat(n)) return 2.0f * pad_ + 2.0f * line_h;
    const TextLayout& t = text_layout(n, width - 2.0f * pad_);
    int lines = int(t.lines.size());
    float h = 2.0f * pad_;
    if (lines > kClampLines) {
        if (!expanded_.count(n.id)) lines = kClampLines;
        h += std::max(line_h, target_);  // the "more" / "less" strip: a finger's height
    }
    h += float(lines) * line_h;
    const bool anonymous = s.state_of(n.exercise).anonymous;
    // The footer (author, dots); while voting it holds the finger-sized "− 1" button.
    if ((!n.author.empty() && !anonymous) || dots_shown(s, n) > 0 || vote_mode_)
        h += vote_mode_ && seat_ > 0 ? std::max(line_h, target_) : line_h;
    return h;
}

std::vector<BoardView::Row> BoardView::layout_rows(const Session& s, const Exercise& board, int c, float width) const {
    const RowSpacing spacing{gap_ * zoom_, std::max(font_px_ * 1.6f, target_)};
    return stack_rows(
        table_notes(s, board.id, board.columns[c].id), spacing,
        [&](const Note& n, bool in_group) { return note_height(s, n, in_group ? width - pad_ : width); },
        [&](const std::string& id) { return s.find_group(id); });
}

float BoardView::fit_zoom(const Session& s, const Exercise& board, float col_w, float avail_h, const Context& ctx) {
    // Measured as draw_column lays out: the same note width, each column's own header (its
    // title may wrap) and open hint, the top margin. Text re-wraps at a smaller size, so shrink
    // by the worst column's ratio and measure again until every column fits.
    ImFont* heading = ctx.fonts.heading ? ctx.fonts.heading : font_;
    auto room_of = [&](int c) {
        const Column& column = board.columns[c];
        const float title_w = std::max(2.0f * em_, col_w - 2.0f * target_ - 1.2f * em_);
        const float title_h = heading->CalcTextSizeA(heading->FontSize, FLT_MAX, title_w, column.title.c_str()).y;
        float header = std::max(target_, title_h) + 0.6f * em_;
        if (c < int(hint_open_.size()) && hint_open_[c])
            header += font_->CalcTextSizeA(em_, FLT_MAX, col_w - em_, column_hint_text(column).c_str()).y + 0.9f * em_;
        return std::max(1.0f, avail_h - header - 0.3f * em_);
    };
    float z = 1.0f;
    for (int pass = 0; pass < 12; ++pass) {
        zoom_ = z;
        font_px_ = em_ * z;
        pad_ = 0.45f * em_ * z;
        float worst = 1.0f;  // the largest content / room of any column
        for (int c = 0; c < int(board.columns.size()); ++c) {
            const auto rows = layout_rows(s, board, c, col_w - 2.0f * kInsetEm * em_);
            if (rows.empty()) continue;
            const float content = rows.back().y + rows.back().h;
            worst = std::max(worst, content / room_of(c));
        }
        if (worst <= 1.0f || z <= kMinZoom) break;
        // A little below the ratio: shrinking re-wraps lines, never into fewer rows of notes.
        z = std::max(kMinZoom, z / worst * 0.98f);
    }
    return z;
}


}  // namespace kiosk::ui
