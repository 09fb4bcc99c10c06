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

void BoardView::handle_input(const Session& s, const Exercise& board, const Context& ctx, Redraw& redraw) {
    const ImGuiIO& io = ImGui::GetIO();
    // A modal over the board (the note editor with its delete confirm, the keyboard typing into
    // it) owns every touch while it is open and the release that closes it: the board neither
    // taps nor drags under it, whatever ImGui's window order says.
    const bool modal = editor_.is_open() || keyboard_panel().reserved_height(ctx) > 0.0f;
    if (!gate_.admit(modal, io.MouseDown[0])) {
        GestureSettings settings;
        settings.drag_threshold_px = threshold_px_;
        tracker_ = GestureTracker(settings);  // forget any touch the board had begun
        dragging_.clear();
        gesture_cancelled_ = false;
        last_pointer_ = ImVec2(-1e7f, -1e7f);
        return;
    }
    const bool down = ImGui::IsItemActive();
    const ImVec2 p = io.MousePos;
    const auto now_ms = std::int64_t(ImGui::GetTime() * 1000.0);
    if (!down && !tracker_.dragging() && !gesture_cancelled_ && io.MouseWheel != 0.0f && ImGui::IsItemHovered()) {
        for (int c = 0; c < int(columns_.size()); ++c)
            if (BoardRect{columns_[c].min.x, columns_[c].min.y, columns_[c].max.x, columns_[c].max.y}.contains(p.x, p.y))
                scroll_[c] -= io.MouseWheel * 3.0f * em_;
    }
    if (down && last_pointer_.x > -1e6f &&
        std::abs(p.y - last_pointer_.y) + std::abs(p.x - last_pointer_.x) >
            0.25f * std::max(io.DisplaySize.x, io.DisplaySize.y)) {
        // Probably a second finger: the pointer leapt. Drop the gesture; nothing happens.
        gesture_cancelled_ = true;
        dragging_.clear();
    }
    last_pointer_ = down ? p : ImVec2(-1e7f, -1e7f);
    const Gesture g = tracker_.update(down, p.x, p.y, now_ms);
    if (gesture_cancelled_) {
        if (!down) gesture_cancelled_ = false;
        return;
    }
    if (down) redraw.within(0.1);  // a long press must be noticed without further input
    switch (g) {
        case Gesture::Pressed: {
            const Hit* hit = hit_at(p);
            press_kind_ = hit ? hit->kind : HitKind::ColumnArea;
            press_id_ = hit ? hit->id : std::string();
            press_column_ = hit ? hit->column : -1;
            press_scroll_ = press_column_ >= 0 ? scroll_[press_column_] : 0.0f;
            break;
        }
        case Gesture::Tap: {
            // Only on what the finger went down on: actions are applied after the frame that
            // collected them, so a target can appear under a resting finger (a note where a
            // "− 1" just vanished); like a button, press and release must meet the same target.
            const Hit* hit = hit_at(ImVec2(tracker_.start_x(), tracker_.start_y()));
            if (hit && hit->kind == press_kind_ && hit->id == press_id_) on_tap(s, board, hit);
            break;
        }
        case Gesture::LongPress:
            if (press_kind_ == HitKind::Note && !vote_mode_) {
                select_mode_ = true;
                vote_mode_ = false;
                selected_ = {press_id_};
            }
            break;
        case Gesture::DragStart:
            if (press_kind_ == HitKind::Note && !select_mode_) dragging_ = press_id_;
            [[fallthrough]];
        case Gesture::DragMove:
            if (!dragging_.empty()) {
                drag_pos_ = p;
                redraw.within(0.0);
            } else if (press_column_ >= 0) {
                scroll_[press_column_] = press_scroll_ - tracker_.dy();
            }
            break;
        case Gesture::Drop:
            if (!dragging_.empty()) on_drop(s, board);
            dragging_.clear();
            break;
        default: break;
    }
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

void BoardView::on_drop(const Session& s, const Exercise& board) {
    const Note* n = s.find_note(dragging_);
    // Outside every column the note snaps back (board_layout.h): no action.
    if (!n || drop_column_ < 0) return;
    const std::string& column = board.columns[drop_column_].id;
    if (drop_is_no_move(*n, column, drop_before_, s.notes_in(board.id, column))) return;
    submit(actions::NoteMove{n->id, column, drop_before_});
}

}  // namespace kiosk::ui
