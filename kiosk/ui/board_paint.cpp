// Drawing the board: columns with their headers and hints, note cards (one NoteQuad batch per
// column through note_shapes.h), text, authors, dots and the insertion line of a drag. It also
// records what it drew as the next frame's hits (board_layout.h) and hit targets (touch.h).
#include "ui/board_view.h"

#include "core/i18n.h"
#include "core/palette.h"
#include "ui/imgui_scope.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>

namespace kiosk::ui {
namespace {


BoardRect rect_of(const ImVec2& a, const ImVec2& b) { return {a.x, a.y, b.x, b.y}; }

}  // namespace

void BoardView::draw_column(const Session& s, const Exercise& board, int c, const Context& ctx, Redraw& redraw) {
    ColumnGeometry& g = columns_[c];
    const Column& column = board.columns[c];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float col_w = g.max.x - g.min.x;
    dl->AddRectFilled(g.min, g.max, IM_COL32(255, 255, 255, 120), 0.5f * em_);

    // Header: title (heading font, wrapped), then "?" and a big "+".
    ImFont* heading = ctx.fonts.heading ? ctx.fonts.heading : font_;
    const float button = target_;
    const float title_w = std::max(2.0f * em_, col_w - 2.0f * button - 1.2f * em_);
    const float hs = heading->FontSize;
    const ImVec2 title_size = heading->CalcTextSizeA(hs, FLT_MAX, title_w, column.title.c_str());
    const float header_h = std::max(button, title_size.y) + 0.6f * em_;
    dl->AddText(heading, hs, ImVec2(g.min.x + 0.5f * em_, g.min.y + 0.3f * em_), palette::kInk,
                column.title.c_str(), nullptr, title_w);
    const ImVec2 plus_min(g.max.x - button - 0.3f * em_, g.min.y + 0.3f * em_);
    const ImVec2 plus_max(plus_min.x + button, plus_min.y + button);
    const ImVec2 hint_min(plus_min.x - button - 0.3f * em_, plus_min.y);
    const ImVec2 hint_max(hint_min.x + button, plus_max.y);
    dl->AddRectFilled(plus_min, plus_max, palette::kAction, 0.35f * em_);
    const float bar = std::max(3.0f, 0.14f * button), arm = 0.28f * button;
    const ImVec2 pc((plus_min.x + plus_max.x) * 0.5f, (plus_min.y + plus_max.y) * 0.5f);
    dl->AddRectFilled(ImVec2(pc.x - arm, pc.y - bar * 0.5f), ImVec2(pc.x + arm, pc.y + bar * 0.5f), palette::kOnAction);
    dl->AddRectFilled(ImVec2(pc.x - bar * 0.5f, pc.y - arm), ImVec2(pc.x + bar * 0.5f, pc.y + arm), palette::kOnAction);
    const bool has_hint = !column.hint.empty() || !column.example.empty();
    if (has_hint) {
        dl->AddRectFilled(hint_min, hint_max, hint_open_[c] ? palette::kSelected : palette::kSecondary, 0.35f * em_);
        dl->AddRect(hint_min, hint_max, palette::kPanelBorder, 0.35f * em_);
        const ImVec2 qs = heading->CalcTextSizeA(hs, FLT_MAX, 0, "?");
        dl->AddText(heading, hs, ImVec2((hint_min.x + hint_max.x - qs.x) * 0.5f, (hint_min.y + hint_max.y - qs.y) * 0.5f),
                    palette::kAction, "?");
    }
    const std::string cid = column.id;
    next_hits_.push_back({HitKind::AddNote, rect_of(plus_min, plus_max), "", c});
    hit_targets().record("add-note:" + cid, plus_min, plus_max);
    if (has_hint) {
        next_hits_.push_back({HitKind::Hint, rect_of(hint_min, hint_max), "", c});
        hit_targets().record("hint:" + cid, hint_min, hint_max);
    }
    float top = g.min.y + header_h;
    if (has_hint && hint_open_[c]) {
        const float wrap = col_w - 1.0f * em_;
        const std::string text = column_hint_text(column);
        const ImVec2 ts = font_->CalcTextSizeA(em_, FLT_MAX, wrap, text.c_str());
        dl->AddRectFilled(ImVec2(g.min.x + 0.3f * em_, top), ImVec2(g.max.x - 0.3f * em_, top + ts.y + 0.6f * em_),
                          palette::kSelected, 0.3f * em_);
        dl->AddText(font_, em_, ImVec2(g.min.x + 0.5f * em_, top + 0.3f * em_), palette::kInk, text.c_str(), nullptr, wrap);
        top += ts.y + 0.9f * em_;
    }
    g.notes_min = ImVec2(g.min.x, top);
    g.notes_max = g.max;
    next_hits_.push_back({HitKind::ColumnArea, rect_of(g.notes_min, g.notes_max), "", c});
    hit_targets().record("column:" + cid, g.notes_min, g.notes_max);

    // Rows, scrolled and clipped: only rows that overlap the visible part cost anything.
    const float inset = kInsetEm * em_;
    const float note_w = col_w - 2.0f * inset;
    const auto rows = layout_rows(s, board, c, note_w);
    g.content_h = rows.empty() ? 0.0f : rows.back().y + rows.back().h + gap_;
    const float view_h = g.notes_max.y - g.notes_min.y;
    // A note dragged near the top or bottom edge scrolls the column under it.
    for (const Touch& t : touches_) {
        if (t.dragging.empty() || t.drop_column != c) continue;
        const float edge = 1.5f * em_;
        if (t.drag_pos.y < g.notes_min.y + edge) scroll_[c] -= 0.4f * em_, redraw.within(1.0 / 60.0);
        if (t.drag_pos.y > g.notes_max.y - edge) scroll_[c] += 0.4f * em_, redraw.within(1.0 / 60.0);
    }
    scroll_[c] = std::clamp(scroll_[c], 0.0f, std::max(0.0f, g.content_h - view_h + gap_));
    const float y0 = g.notes_min.y + 0.3f * em_ - scroll_[c];
    ScopedClipRect clip(*dl, g.notes_min, g.notes_max);

    std::vector<NoteQuad>& batch = batches_[c];
    batch.clear();
    const float line_h = font_px_ * 1.15f;
    struct Visible { const Row* row; ImVec2 a, b; };
    std::vector<Visible> visible;
    for (Touch& t : touches_) {  // drop_column set by draw()
        if (t.dragging.empty() || t.drop_column != c) continue;
        const DropSpot spot =
            drop_spot(rows, t.dragging, y0, gap_ * zoom_, y0 + g.content_h - gap_ * 0.5f, t.drag_pos.y);
        t.drop_before = spot.before;
        t.drop_line_y = spot.line_y;
    }
    for (const Row& r : rows) {
        const float x0 = g.min.x + inset + (r.in_group ? 0.5f * pad_ : 0.0f);
        const float w = note_w - (r.in_group ? pad_ : 0.0f);
        const ImVec2 a(x0, y0 + r.y), b(x0 + w, y0 + r.y + r.h);
        if (b.y < g.notes_min.y || a.y > g.notes_max.y) continue;  // clipped away
        if (!r.note) {  // a stack's heading and its frame
            float end = b.y;
            for (const Row& m : rows) if (m.group == r.group && m.note) end = std::max(end, y0 + m.y + m.h);
            dl->AddRectFilled(ImVec2(g.min.x + 0.2f * em_, a.y), ImVec2(g.max.x - 0.2f * em_, end + 0.25f * gap_),
                              IM_COL32(14, 94, 107, 28), 0.35f * em_);
            // An icon from the atlas (fonts/manifest.toml), never a code point it lacks.
            const std::string label = ctx.fonts.icon("stack") + (r.group ? r.group->name : std::string());
            dl->AddText(font_, font_px_, ImVec2(a.x + 0.3f * em_ * zoom_, a.y + 0.25f * font_px_), palette::kAction,
                        label.c_str(), nullptr);
            if (r.group) {
                next_hits_.push_back({HitKind::GroupHeader, rect_of(a, b), r.group->id, c});
                hit_targets().record("group:" + r.group->id, a, b);
            }
            continue;
        }
        const Note& n = *r.note;
        const bool is_lifted = lifted(n.id);
        const bool face_up = visible_to_seat(n);
        const NoteColour& colour = note_colour(n.colour);
        float alpha = is_lifted ? 0.35f : 1.0f;
        NoteQuad q{a.x, a.y, b.x, b.y, 0, 0, 0, alpha, 0.22f * em_ * zoom_, 0.22f * em_ * zoom_};
        if (face_up) {
            q.r = colour.fill.r / 255.0f; q.g = colour.fill.g / 255.0f; q.b = colour.fill.b / 255.0f;
        } else {
            q.r = kCardBack[0]; q.g = kCardBack[1]; q.b = kCardBack[2];
        }
        batch.push_back(q);
        visible.push_back({&r, a, b});
        next_hits_.push_back({HitKind::Note, rect_of(a, b), n.id, c});
        hit_targets().record("note:" + n.id, a, b);
        ++drawn_notes_;
    }
    emit_note_shapes(*dl, batch);

    // Text and marks on top of the cards.
    for (const Visible& v : visible) {
        const Note& n = *v.row->note;
        const ImVec2 a = v.a, b = v.b;
        const bool selected = std::find(selected_.begin(), selected_.end(), n.id) != selected_.end();
        if (selected) dl->AddRect(a, b, palette::kAction, 0.22f * em_ * zoom_, 0, std::max(3.0f, 0.18f * em_));
        const bool is_lifted = lifted(n.id);
        const ImU32 ink = is_lifted ? IM_COL32(kNoteText.r, kNoteText.g, kNoteText.b, 90) : note_ink();
        float y = a.y + pad_;
        if (!visible_to_seat(n)) {
            const char* back = tr("Face-down until the reveal");
            dl->AddText(font_, font_px_, ImVec2(a.x + pad_, y), IM_COL32(255, 255, 255, 235), back, nullptr,
                        b.x - a.x - 2.0f * pad_);
            continue;
        }
        const TextLayout& t = text_layout(n, (b.x - a.x) - 2.0f * pad_);
        const bool clamped = int(t.lines.size()) > kClampLines;
        const bool expanded = expanded_.count(n.id) > 0;
        const int shown = clamped && !expanded ? kClampLines : int(t.lines.size());
        for (int i = 0; i < shown; ++i) {
            if (y + line_h >= g.notes_min.y && y <= g.notes_max.y) {
                const char* begin = t.shown.data() + t.lines[i].begin;
                const char* end = t.shown.data() + t.lines[i].end;
                dl->AddText(font_, font_px_, ImVec2(a.x + pad_, y), ink, begin, end);
                if (clamped && !expanded && i == shown - 1) {
                    const float w = font_->CalcTextSizeA(font_px_, FLT_MAX, 0, begin, end).x;
                    dl->AddText(font_, font_px_, ImVec2(a.x + pad_ + w, y), ink, "\xE2\x80\xA6");
                }
            }
            y += line_h;
        }
        if (clamped) {
            const float strip = std::max(line_h, target_);
            const ImVec2 ea(a.x, y), eb(b.x, y + strip);
            const std::string label = expanded ? ctx.fonts.icon("chevron_up") + tr("less")
                                               : ctx.fonts.icon("chevron_down") + tr("more");
            dl->AddText(font_, font_px_, ImVec2(a.x + pad_, y + 0.5f * (strip - font_px_)), ink, label.c_str());
            next_hits_.push_back({HitKind::Expand, rect_of(ea, eb), n.id, c});
            hit_targets().record("expand:" + n.id, ea, eb);
            y += strip;
        }
        // Footer: author on the left, dots on the right.
        const bool anonymous = s.state_of(n.exercise).anonymous;
        const int dots = dots_shown(s, n);
        if ((!n.author.empty() && !anonymous) || dots > 0 || vote_mode_) {
            const float fs = font_px_;  // text on a note is never below the note's own size
            if (!n.author.empty() && !anonymous)
                dl->AddText(font_, fs, ImVec2(a.x + pad_, y + 0.1f * line_h), ink, n.author.c_str(), nullptr,
                            (b.x - a.x) * 0.6f);
            if (dots > 0) {
                const std::string count = std::to_string(dots);
                const float cw = font_->CalcTextSizeA(fs, FLT_MAX, 0, count.c_str()).x;
                const float r = 0.3f * font_px_;
                const ImVec2 centre(b.x - pad_ - cw - r * 1.6f, y + 0.55f * line_h);
                dl->AddCircleFilled(centre, r, palette::kDanger, 12);
                dl->AddText(font_, fs, ImVec2(b.x - pad_ - cw, y + 0.1f * line_h), note_ink(), count.c_str());
            }
            if (vote_mode_ && seat_ > 0) {
                auto by_note = s.votes.find(n.id);
                const bool mine = by_note != s.votes.end() && by_note->second.count(seat_voter(seat_)) > 0;
                if (mine) {  // take a dot back: a finger-sized button left of the count
                    const char* minus = "\xE2\x88\x92 1";
                    const ImVec2 ts = font_->CalcTextSizeA(font_px_, FLT_MAX, 0, minus);
                    const float uw = std::max(target_, ts.x + 2.0f * pad_);
                    const float right = b.x - pad_ - 3.5f * font_px_;
                    const ImVec2 ua(std::max(a.x + pad_, right - uw), y), ub(ua.x + uw, y + target_);
                    dl->AddRect(ua, ub, palette::kDanger, 0.3f * em_, 0, std::max(1.0f, 0.08f * em_));
                    dl->AddText(font_, font_px_, ImVec2(ua.x + 0.5f * (uw - ts.x), ua.y + 0.5f * (target_ - ts.y)),
                                palette::kDanger, minus);
                    next_hits_.push_back({HitKind::Unvote, rect_of(ua, ub), n.id, c});
                    hit_targets().record("unvote:" + n.id, ua, ub);
                }
            }
        }
    }
    for (const Touch& t : touches_) {
        if (t.dragging.empty() || t.drop_column != c) continue;
        const float th = std::max(3.0f, 0.15f * em_);
        dl->AddRectFilled(ImVec2(g.min.x + 0.2f * em_, t.drop_line_y - th * 0.5f),
                          ImVec2(g.max.x - 0.2f * em_, t.drop_line_y + th * 0.5f), palette::kAction, th);
    }
}

void BoardView::draw_scroll_indicator(int c) {
    const ColumnGeometry& g = columns_[c];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float view_h = g.notes_max.y - g.notes_min.y;
    if (g.content_h > view_h) {  // a thin scroll indicator; dragging the column scrolls it
        const float frac = view_h / g.content_h;
        const float bar_h = std::max(em_, view_h * frac);
        const float pos = (view_h - bar_h) * (scroll_[c] / std::max(1.0f, g.content_h - view_h + gap_));
        dl->AddRectFilled(ImVec2(g.max.x - 0.25f * em_, g.notes_min.y + pos),
                          ImVec2(g.max.x - 0.08f * em_, g.notes_min.y + pos + bar_h), palette::kInkMuted, em_);
    }
}

void BoardView::draw_dragged(const Session& s, const Touch& t, std::vector<NoteQuad>& batch) {
    const Note* n = s.find_note(t.dragging);
    if (!n) return;
    const float w = columns_.empty() ? 10.0f * em_ : (columns_[0].max.x - columns_[0].min.x) - 0.8f * em_;
    const float h = std::min(note_height(s, *n, w), 6.0f * em_);
    const ImVec2 a(t.drag_pos.x - 0.5f * w, t.drag_pos.y - 0.5f * h), b(a.x + w, a.y + h);
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    const NoteColour& c = note_colour(n->colour);
    batch.assign(1, NoteQuad{a.x, a.y, b.x, b.y, c.fill.r / 255.0f, c.fill.g / 255.0f, c.fill.b / 255.0f, 1.0f,
                                   0.22f * em_, 0.6f * em_});
    if (!visible_to_seat(*n)) {
        batch[0].r = kCardBack[0];
        batch[0].g = kCardBack[1];
        batch[0].b = kCardBack[2];
    }
    emit_note_shapes(*fg, batch);
    hit_targets().record("dragging:" + n->id, a, b);
    if (!visible_to_seat(*n)) return;
    const TextLayout& layout = text_layout(*n, w - 2.0f * pad_);
    float y = a.y + pad_;
    ScopedClipRect clip(*fg, a, b);
    for (const TextLine& line : layout.lines) {
        fg->AddText(font_, font_px_, ImVec2(a.x + pad_, y), note_ink(), layout.shown.data() + line.begin,
                    layout.shown.data() + line.end);
        y += font_px_ * 1.15f;
        if (y > b.y) break;
    }
}


}  // namespace kiosk::ui
