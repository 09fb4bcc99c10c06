// The board's pointer handling: one finger's samples through a GestureTracker become taps, long
// presses and drags on what the last frame drew (its hits, board_layout.h). See board_view.h for
// the touch rules.
#include "ui/board_view.h"

#include "core/i18n.h"
#include "ui/keyboard.h"
#include "ui/touch.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

const BoardView::Hit* BoardView::hit_at(ImVec2 p) const { return ui::hit_at(hits_, p.x, p.y); }

void BoardView::handle_input(const Session& s, const Exercise& board, const BoardRect& area, const Context& ctx,
                             Redraw& redraw) {
    const ImGuiIO& io = ImGui::GetIO();
    std::vector<Pointer> pointers;
    const bool explicit_pointers = have_pointers_;
    if (explicit_pointers) {
        pointers.swap(pointers_);
        have_pointers_ = false;
    } else {  // the mouse (GLFW 3.3 reports the first touch as the mouse), held on the board item
        pointers.push_back({0, ImGui::IsItemActive(), io.MousePos.x, io.MousePos.y});
    }
    bool any_down = false;
    for (const Pointer& p : pointers) any_down = any_down || p.down;
    // A modal over the board (the note editor with its delete confirm, the keyboard typing into
    // it, the table lock) owns every touch while it is open and the release that closes it: the
    // board neither taps nor drags under it, whatever ImGui's window order says.
    const bool modal = locked_ || editor_.is_open() || keyboard_panel().reserved_height(ctx) > 0.0f;
    if (!gate_.admit(modal, explicit_pointers ? any_down : io.MouseDown[0])) {
        touches_.clear();  // forget any touch the board had begun
        return;
    }
    if (!explicit_pointers && touches_.empty() && io.MouseWheel != 0.0f && ImGui::IsItemHovered()) {
        const ImVec2 p = io.MousePos;
        for (int c = 0; c < int(columns_.size()); ++c)
            if (BoardRect{columns_[c].min.x, columns_[c].min.y, columns_[c].max.x, columns_[c].max.y}.contains(p.x, p.y))
                scroll_[c] -= io.MouseWheel * 3.0f * em_;
    }
    // A finger missing from the list is forgotten; one down on the board for the first time
    // begins a touch (the mouse only reaches here down when pressed on the board's own item).
    touches_.erase(std::remove_if(touches_.begin(), touches_.end(),
                                  [&](const Touch& t) {
                                      return std::none_of(pointers.begin(), pointers.end(),
                                                          [&](const Pointer& p) { return p.id == t.pointer; });
                                  }),
                   touches_.end());
    const auto now_ms = std::int64_t(ImGui::GetTime() * 1000.0);
    for (const Pointer& p : pointers) {
        auto it = std::find_if(touches_.begin(), touches_.end(), [&](const Touch& t) { return t.pointer == p.id; });
        if (it == touches_.end()) {
            if (!p.down || (explicit_pointers && !area.contains(p.x, p.y))) continue;
            GestureSettings settings;
            settings.drag_threshold_px = threshold_px_;
            Touch t;
            t.pointer = p.id;
            t.tracker = GestureTracker(settings);
            touches_.push_back(std::move(t));
            it = touches_.end() - 1;
        }
        update_touch(*it, p, s, board, now_ms, redraw);
    }
    // A lifted finger's gesture is over (its tap or drop acted above).
    touches_.erase(std::remove_if(touches_.begin(), touches_.end(),
                                  [&](const Touch& t) { return t.last.x <= -1e6f; }),
                   touches_.end());
}

void BoardView::update_touch(Touch& t, const Pointer& pointer, const Session& s, const Exercise& board,
                             std::int64_t now_ms, Redraw& redraw) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool down = pointer.down;
    const ImVec2 p(pointer.x, pointer.y);
    if (down && t.last.x > -1e6f &&
        std::abs(p.y - t.last.y) + std::abs(p.x - t.last.x) > 0.25f * std::max(io.DisplaySize.x, io.DisplaySize.y)) {
        // Probably a second finger on X11, where it moves the one pointer: the pointer leapt.
        // Drop the gesture; nothing happens.
        t.cancelled = true;
        t.dragging.clear();
    }
    t.last = down ? p : ImVec2(-1e7f, -1e7f);
    const Gesture g = t.tracker.update(down, p.x, p.y, now_ms);
    if (t.cancelled) return;  // until it lifts (then the touch ends)
    if (down) redraw.within(0.1);  // a long press must be noticed without further input
    switch (g) {
        case Gesture::Pressed: {
            const Hit* hit = hit_at(p);
            t.press_kind = hit ? hit->kind : HitKind::ColumnArea;
            t.press_id = hit ? hit->id : std::string();
            t.press_column = hit ? hit->column : -1;
            t.press_scroll = t.press_column >= 0 ? scroll_[t.press_column] : 0.0f;
            break;
        }
        case Gesture::Tap: {
            // Only on what the finger went down on: actions are applied after the frame that
            // collected them, so a target can appear under a resting finger (a note where a
            // "− 1" just vanished); like a button, press and release must meet the same target.
            const Hit* hit = hit_at(ImVec2(t.tracker.start_x(), t.tracker.start_y()));
            if (hit && hit->kind == t.press_kind && hit->id == t.press_id) on_tap(s, board, hit);
            break;
        }
        case Gesture::LongPress:
            if (t.press_kind == HitKind::Note && !vote_mode_) {
                select_mode_ = true;
                vote_mode_ = false;
                selected_ = {t.press_id};
            }
            break;
        case Gesture::DragStart:
            // A note one finger holds cannot be taken by another.
            if (t.press_kind == HitKind::Note && !select_mode_ && !lifted(t.press_id)) t.dragging = t.press_id;
            [[fallthrough]];
        case Gesture::DragMove:
            if (!t.dragging.empty()) {
                t.drag_pos = p;
                redraw.within(0.0);
            } else if (t.press_column >= 0) {
                scroll_[t.press_column] = t.press_scroll - t.tracker.dy();
            }
            break;
        case Gesture::Drop:
            if (!t.dragging.empty()) on_drop(s, board, t);
            t.dragging.clear();
            break;
        default: break;
    }
}

bool BoardView::lifted(const std::string& note_id) const {
    for (const Touch& t : touches_)
        if (t.dragging == note_id) return true;
    return false;
}

std::vector<std::string> BoardView::dragged_notes() const {
    std::vector<std::string> ids;
    for (const Touch& t : touches_)
        if (!t.dragging.empty()) ids.push_back(t.dragging);
    return ids;
}

bool BoardView::visible_to_seat(const Note& n) const {
    return !n.hidden || (seat_ > 0 && seat_of_note(n) == seat_);
}

void BoardView::on_tap(const Session& s, const Exercise& board, const Hit* hit) {
    if (!hit) return;
    switch (hit->kind) {
        case HitKind::AddNote:
            editor_.open_new(board.columns[hit->column].id, colour_, seat_ ? seat_label(seat_) : std::string(),
                             seat_ ? seat_voter(seat_) : std::string());
            break;
        case HitKind::Hint: hint_open_[hit->column] = !hint_open_[hit->column]; break;
        case HitKind::Expand:
            if (!expanded_.erase(hit->id)) expanded_.insert(hit->id);
            break;
        case HitKind::GroupHeader:
            if (const NoteGroup* g = s.find_group(hit->id)) editor_.open_group(*g);
            break;
        case HitKind::Unvote:
            if (seat_) submit(actions::VoteRemove{hit->id, seat_voter(seat_)});
            break;
        case HitKind::Note: {
            const Note* n = s.find_note(hit->id);
            if (!n) break;
            if (select_mode_) {
                auto it = std::find(selected_.begin(), selected_.end(), n->id);
                if (it != selected_.end()) {
                    selected_.erase(it);
                } else {
                    const Note* first = selected_.empty() ? nullptr : s.find_note(selected_.front());
                    if (first && first->column != n->column) selected_.clear();  // a stack is one column
                    selected_.push_back(n->id);
                }
            } else if (vote_mode_) {
                if (!seat_) toast(tr("Choose your seat first, then tap notes to give them dots."));
                else submit(actions::VoteAdd{n->id, seat_voter(seat_)});
            } else if (!visible_to_seat(*n)) {
                toast(tr("This note stays face-down until the facilitator reveals the board."));
            } else {
                editor_.open_note(*n);
            }
            break;
        }
        case HitKind::ColumnArea: break;
    }
}

void BoardView::on_drop(const Session& s, const Exercise& board, const Touch& t) {
    const Note* n = s.find_note(t.dragging);
    // Outside every column the note snaps back (board_layout.h): no action.
    if (!n || t.drop_column < 0) return;
    const std::string& column = board.columns[t.drop_column].id;
    if (drop_is_no_move(*n, column, t.drop_before, s.notes_in(board.id, column))) return;
    submit(actions::NoteMove{n->id, column, t.drop_before});
}

}  // namespace kiosk::ui
