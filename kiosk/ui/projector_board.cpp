// The board on the projector: every column side by side, the notes the room may read zoomed so
// the whole board fits (no scrolling on a screen nobody touches). Geometry and stacks come from
// board_layout.h and the cards from note_shapes.h, as on the table; what is shown comes from
// core/privacy.h: room_notes (no private note before the reveal), room_author (none on an
// anonymous board), room_vote_total (totals only while shown, never who voted).
#include "ui/projector_view.h"

#include "core/i18n.h"
#include "core/palette.h"
#include "core/privacy.h"
#include "ui/board_layout.h"
#include "ui/board_view.h"
#include "ui/note_text.h"
#include "ui/touch.h"

#include <fmt/format.h>

#include <algorithm>
#include <cfloat>

namespace kiosk::ui {
namespace {

/// Text on notes never shrinks below this share of the body text: past it a column is cut at
/// the bottom rather than made unreadable for everyone.
constexpr float kMinNoteShare = 0.35f;


float pad_of(float font_px) { return 0.45f * font_px; }
float line_of(float font_px) { return 1.15f * font_px; }
float inset_of(float body_px) { return kInsetEm * body_px; }

}  // namespace

const ProjectorView::NoteText& ProjectorView::note_text(const Note& n, float width, float font_px) const {
    return text_cache_.get(n, *m_.text, font_px, width);
}

float ProjectorView::note_height(const Session& s, const Note& n, float width, float font_px) const {
    const float pad = pad_of(font_px);
    float h = 2.0f * pad + float(note_text(n, width - 2.0f * pad, font_px).lines.size()) * line_of(font_px);
    if (!room_author(s, n).empty() || room_vote_total(s, n) > 0) h += line_of(font_px);
    return h;
}

namespace {

std::vector<BoardRow> rows_of(const Session& s, const std::vector<const Note*>& notes, float font_px,
                              const std::function<float(const Note&, bool)>& height) {
    const RowSpacing spacing{0.3f * font_px, 1.6f * font_px};
    return stack_rows(notes, spacing, height, [&](const std::string& id) { return s.find_group(id); });
}

}  // namespace

float ProjectorView::fit_font(const Session& s, const Exercise& board, float col_w, float room_h) const {
    // Shrink by the fullest column's ratio and measure again (text re-wraps at a smaller size)
    // until every column fits or the text reaches its floor.
    const float note_w = col_w - 2.0f * inset_of(m_.body_px);
    float px = m_.body_px;
    for (int pass = 0; pass < 12; ++pass) {
        float worst = 1.0f;
        for (const Column& c : board.columns) {
            const auto rows = rows_of(s, room_notes(s, board.id, c.id), px, [&](const Note& n, bool in_group) {
                return note_height(s, n, in_group ? note_w - pad_of(px) : note_w, px);
            });
            worst = std::max(worst, rows_height(rows) / std::max(1.0f, room_h));
        }
        if (worst <= 1.0f) break;
        const float next = std::max(kMinNoteShare * m_.body_px, px / worst * 0.98f);
        if (next >= px) break;
        px = next;
    }
    return px;
}

void ProjectorView::draw_board(const Session& s, const Exercise& board, float top, ImVec2 size) {
    const float m = m_.margin_px, body = m_.body_px;
    // Above the columns: the subject line (the matrix's "We want to involve … by:") and how many
    // notes lie face down, as one total (never by seat or column).
    std::string above = board_heading(s, board);
    const int withheld = withheld_notes(s, board.id);
    if (withheld > 0) {
        const std::string down = fmt::format(fmt::runtime(tr("Face down until the reveal: {}")), withheld);
        above = above.empty() ? down : above + "  \xC2\xB7  " + down;
    }
    if (!above.empty()) top += text(m, top, size.x - 2 * m, body, palette::kInk, above) + 0.4f * m;

    const auto columns = column_rects({m, top, size.x - m, size.y - m}, int(board.columns.size()), 0.5f * m);
    batches_.resize(columns.size());
    // Column titles first: the notes get what is left under the tallest title.
    float header_h = 0;
    for (std::size_t c = 0; c < columns.size(); ++c)
        header_h = std::max(header_h, m_.text->CalcTextSizeA(body, FLT_MAX, columns[c].width() - body,
                                                             displayable_text(board.columns[c].title).c_str()).y);
    header_h += 0.6f * body;
    const float col_w = columns.empty() ? 0.0f : columns[0].width();
    const float room_h = (size.y - m) - (top + header_h) - 0.3f * body;
    const float px = fit_font(s, board, col_w, room_h);
    const float pad = pad_of(px), line_h = line_of(px), inset = inset_of(body);

    for (std::size_t c = 0; c < columns.size(); ++c) {
        const BoardRect& r = columns[c];
        dl_->AddRectFilled(ImVec2(r.x0, r.y0), ImVec2(r.x1, r.y1), IM_COL32(255, 255, 255, 120), 0.4f * m);
        text(r.x0 + 0.5f * body, r.y0 + 0.3f * body, r.width() - body, body, palette::kInk, board.columns[c].title);
        const float note_w = r.width() - 2.0f * inset;
        const auto rows = rows_of(s, room_notes(s, board.id, board.columns[c].id), px, [&](const Note& n, bool in_group) {
            return note_height(s, n, in_group ? note_w - pad : note_w, px);
        });
        const float y0 = r.y0 + header_h + 0.3f * body;
        dl_->PushClipRect(ImVec2(r.x0, y0), ImVec2(r.x1, r.y1), true);
        std::vector<NoteQuad>& batch = batches_[c];
        batch.clear();
        for (const BoardRow& row : rows) {  // the cards, one batch per column
            if (!row.note) continue;
            const float x0 = r.x0 + inset + (row.in_group ? 0.5f * pad : 0.0f);
            const NoteColour& colour = note_colour(row.note->colour);
            batch.push_back({x0, y0 + row.y, x0 + note_w - (row.in_group ? pad : 0.0f), y0 + row.y + row.h,
                             colour.fill.r / 255.0f, colour.fill.g / 255.0f, colour.fill.b / 255.0f, 1.0f, 0.22f * px,
                             0.22f * px});
        }
        for (const BoardRow& row : rows) {  // stack frames under the cards
            if (row.note) continue;
            float end = y0 + row.y + row.h;
            for (const BoardRow& o : rows) if (o.note && o.group == row.group) end = std::max(end, y0 + o.y + o.h);
            dl_->AddRectFilled(ImVec2(r.x0 + 0.2f * body, y0 + row.y), ImVec2(r.x1 - 0.2f * body, end + 0.1f * px),
                               IM_COL32(14, 94, 107, 28), 0.3f * body);
            if (row.group) text(r.x0 + inset + 0.3f * px, y0 + row.y + 0.25f * px, note_w, px, palette::kAction, row.group->name, row.h);
        }
        emit_note_shapes(*dl_, batch);
        std::size_t i = 0;
        for (const BoardRow& row : rows) {  // text on top of the cards
            if (!row.note) continue;
            const NoteQuad& q = batch[i++];
            if (q.y0 > r.y1) break;
            const Note& n = *row.note;
            // Where each card lies, for tests and screenshots (nothing on the projector is touched).
            hit_targets().record("note:" + n.id, ImVec2(q.x0, q.y0), ImVec2(q.x1, q.y1));
            const NoteText& t = note_text(n, (q.x1 - q.x0) - 2.0f * pad, px);
            float y = q.y0 + pad;
            for (const TextLine& l : t.lines) {
                dl_->AddText(m_.text, px, ImVec2(q.x0 + pad, y), note_ink(), t.shown.data() + l.begin, t.shown.data() + l.end);
                y += line_h;
            }
            const std::string author = room_author(s, n);
            if (!author.empty())
                text(q.x0 + pad, y, (q.x1 - q.x0) * 0.6f, px, note_ink(), author, line_h);
            if (const int dots = room_vote_total(s, n); dots > 0) {
                const std::string count = std::to_string(dots);
                const float cw = m_.text->CalcTextSizeA(px, FLT_MAX, 0, count.c_str()).x;
                const float radius = 0.3f * px;
                dl_->AddCircleFilled(ImVec2(q.x1 - pad - cw - 1.6f * radius, y + 0.55f * line_h), radius, palette::kDanger, 12);
                dl_->AddText(m_.text, px, ImVec2(q.x1 - pad - cw, y), note_ink(), count.c_str());
            }
        }
        dl_->PopClipRect();
    }
}

}  // namespace kiosk::ui
