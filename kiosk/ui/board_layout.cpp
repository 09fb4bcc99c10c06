#include "ui/board_layout.h"

#include "core/i18n.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace kiosk::ui {

std::vector<BoardRect> column_rects(const BoardRect& area, int count, float gap_px) {
    std::vector<BoardRect> out;
    if (count <= 0) return out;
    const float w = (area.width() - gap_px * float(count - 1)) / float(count);
    out.reserve(std::size_t(count));
    for (int c = 0; c < count; ++c) {
        const float x0 = area.x0 + float(c) * (w + gap_px);
        out.push_back({x0, area.y0, x0 + w, area.y1});
    }
    return out;
}

int column_at(const std::vector<BoardRect>& columns, float x, float y) {
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].contains(x, y)) return int(c);
    return -1;
}

const BoardHit* hit_at(const std::vector<BoardHit>& hits, float x, float y) {
    for (auto it = hits.rbegin(); it != hits.rend(); ++it)
        if (it->rect.contains(x, y)) return &*it;
    return nullptr;
}

std::vector<BoardRow> stack_rows(const std::vector<const Note*>& notes, const RowSpacing& spacing,
                                 const std::function<float(const Note&, bool in_group)>& height,
                                 const std::function<const NoteGroup*(const std::string&)>& find_group) {
    std::vector<BoardRow> rows;
    rows.reserve(notes.size() + 4);
    std::set<std::string> stacked;
    float y = 0;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const Note* n = notes[i];
        if (n->group.empty()) {
            const float h = height(*n, false);
            rows.push_back({n, nullptr, y, h, false});
            y += h + spacing.gap;
            continue;
        }
        if (!stacked.insert(n->group).second) continue;  // placed with its stack already
        const NoteGroup* g = find_group(n->group);
        rows.push_back({nullptr, g, y, spacing.group_h, false});
        y += spacing.group_h;
        for (std::size_t k = i; k < notes.size(); ++k) {
            if (notes[k]->group != n->group) continue;
            const float h = height(*notes[k], true);
            rows.push_back({notes[k], g, y, h, true});
            y += h + 0.5f * spacing.gap;
        }
        y += 0.5f * spacing.gap;
    }
    return rows;
}

float rows_height(const std::vector<BoardRow>& rows) {
    return rows.empty() ? 0.0f : rows.back().y + rows.back().h;
}

DropSpot drop_spot(const std::vector<BoardRow>& rows, const std::string& dragged, float rows_top,
                   float gap, float end_line_y, float finger_y) {
    for (const BoardRow& r : rows) {
        if (!r.note || r.note->id == dragged) continue;
        const float top = rows_top + r.y, bottom = top + r.h;
        if (finger_y < (top + bottom) * 0.5f) return {r.note->id, top - 0.5f * gap};
    }
    return {std::string(), end_line_y};
}

bool drop_is_no_move(const Note& note, const std::string& column, const std::string& before,
                     const std::vector<const Note*>& column_notes) {
    if (column != note.column) return false;
    for (std::size_t i = 0; i < column_notes.size(); ++i) {
        if (column_notes[i]->id != note.id) continue;
        const std::string next = i + 1 < column_notes.size() ? column_notes[i + 1]->id : std::string();
        return before == next || before == note.id;
    }
    return false;
}

std::string column_hint_text(const Column& column) {
    std::string text = column.hint;
    if (!column.example.empty())
        text += (text.empty() ? "" : "\n") + fmt::format(fmt::runtime(tr("For example: {}")), column.example);
    return text;
}

}  // namespace kiosk::ui
