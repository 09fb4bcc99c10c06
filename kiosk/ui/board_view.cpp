#include "ui/board_view.h"

#include "core/i18n.h"
#include "core/palette.h"
#include "core/privacy.h"
#include "core/reduce.h"
#include "ui/imgui_scope.h"
#include "ui/touch.h"
#include "ui/touch_scroll.h"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

constexpr double kToastSeconds = 8.0;

/// Board columns of Worksheet 3 are OF, BY and FOR: that board gets the worksheet's sentence
/// "We want to involve … by:" as its heading.
bool is_of_by_for(const Exercise& board) {
    return board.columns.size() == 3 && board.columns[0].id == "of" && board.columns[1].id == "by" &&
           board.columns[2].id == "for";
}

}  // namespace

std::string seat_voter(int seat) { return "seat-" + std::to_string(seat); }

int BoardView::dots_shown(const Session& s, const Note& note) const {
    if (const int total = room_vote_total(s, note); total >= 0) return total;
    if (!vote_mode_ || seat_ == 0) return 0;
    const auto by_note = s.votes.find(note.id);
    if (by_note == s.votes.end()) return 0;
    const auto mine = by_note->second.find(seat_voter(seat_));
    return mine == by_note->second.end() ? 0 : mine->second;
}
std::string seat_label(int seat) { return fmt::format(fmt::runtime(tr("Table {}")), seat); }

namespace {
/// The seat labels kiosks wrote as a note's only trace of its seat before notes had a seat id:
/// the label of each shipped language (en, nl), whatever the language is now.
constexpr const char* kStoredSeatLabels[] = {"Table {}", "Tafel {}"};
}  // namespace

int seat_of_note(const Note& n) {
    for (int seat = 1; seat <= kSeats; ++seat) {
        if (!n.seat.empty()) {
            if (n.seat == seat_voter(seat)) return seat;
            continue;
        }
        if (n.author.empty()) return 0;
        if (n.author == seat_label(seat)) return seat;
        for (const char* label : kStoredSeatLabels)
            if (n.author == fmt::format(fmt::runtime(label), seat)) return seat;
    }
    return 0;
}

// --- frame ------------------------------------------------------------------------------------

void BoardView::draw(ActionSink& sink, const Exercise& board, const Context& ctx, Redraw& redraw) {
    // By reference, no copy: nothing changes the session before flush_actions() at the end (an
    // undo replaces the session and its plan as a whole, which would leave `board` dangling).
    const Session& s = sink.session();
    const int n = int(board.columns.size());
    if (n == 0) return;
    if (board.id != board_id_) {  // another board: forget what belonged to the last one
        board_id_ = board.id;
        selected_.clear();
        select_mode_ = vote_mode_ = false;
        touches_.clear();
        hint_open_.assign(n, false);
        scroll_.assign(n, 0.0f);
    }
    hint_open_.resize(n, false);
    scroll_.resize(n, 0.0f);
    batches_.resize(n);
    columns_.resize(n);

    em_ = ctx.metrics.em;
    target_ = ctx.metrics.touch_target();
    font_ = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    const float threshold = ctx.metrics.drag_threshold();
    if (threshold != threshold_px_ && touches_.empty()) threshold_px_ = threshold;  // for the next finger

    draw_heading(s, board, ctx);
    draw_toolbar(s, board, ctx, redraw);

    // The columns fill what is left above a one-line status bar.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float status_h = target_ + ImGui::GetStyle().ItemSpacing.y;
    const ImVec2 area(std::max(avail.x, 4.0f * em_), std::max(avail.y - status_h, 4.0f * em_));
    gap_ = 0.6f * em_;
    const std::vector<BoardRect> rects =
        column_rects({origin.x, origin.y, origin.x + area.x, origin.y + area.y}, n, gap_);
    const float col_w = rects[0].width();

    if (fit_) {
        // Measuring every note at two sizes is the costly part: redo it only when the board or
        // the space changed (any action moves updated_ms).
        const std::string key = fmt::format("{}/{}/{}/{}/{}/{}/{}/{}", s.updated_ms, s.notes.size(), col_w, area.y,
                                            vote_mode_, expanded_.size(), em_,
                                            std::count(hint_open_.begin(), hint_open_.end(), true));
        if (key != fit_key_) {
            fit_key_ = key;
            fit_zoom_ = fit_zoom(s, board, col_w, area.y, ctx);
        }
        zoom_ = fit_zoom_;
    } else {
        zoom_ = 1.0f;
    }
    font_px_ = em_ * zoom_;
    pad_ = 0.45f * em_ * zoom_;

    ImGui::InvisibleButton("##board-area", area);
    keep_drags_on_item();  // the board moves notes and scrolls its columns itself
    handle_input(s, board, {origin.x, origin.y, origin.x + area.x, origin.y + area.y}, ctx, redraw);
    // The column under each dragging finger; -1 outside every column (a drop snaps back).
    for (Touch& t : touches_)
        if (!t.dragging.empty()) t.drop_column = column_at(rects, t.drag_pos.x, t.drag_pos.y);

    next_hits_.clear();
    drawn_notes_ = 0;
    for (int c = 0; c < n; ++c) {
        ColumnGeometry& g = columns_[c];
        g.min = ImVec2(rects[c].x0, rects[c].y0);
        g.max = ImVec2(rects[c].x1, rects[c].y1);
        draw_column(s, board, c, ctx, redraw);
        draw_scroll_indicator(c);
    }
    // Sized before any is emitted: the renderer's callback holds a pointer to each batch.
    if (drag_batches_.size() < touches_.size()) drag_batches_.resize(touches_.size());
    for (std::size_t i = 0; i < touches_.size(); ++i)
        if (!touches_[i].dragging.empty()) draw_dragged(s, touches_[i], drag_batches_[i]);
    hits_.swap(next_hits_);

    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + area.y + ImGui::GetStyle().ItemSpacing.y));
    draw_toast(s, ctx, redraw);
    handle_editor(s, board, ctx, redraw);
    flush_actions(sink);  // last: from here on the session may change under `board`
}

// --- heading, toolbar, status -------------------------------------------------------------------

std::string board_heading(const Session& s, const Exercise& board) {
    if (board.subject.empty()) return {};
    std::string subject = s.board_subject(board);
    if (subject.empty()) subject = "\xE2\x80\xA6";  // … until the community is named in the map
    return is_of_by_for(board) ? fmt::format(fmt::runtime(tr("We want to involve {} by:")), subject)
                               : fmt::format(fmt::runtime(tr("Community: {}")), subject);
}

void BoardView::draw_heading(const Session& s, const Exercise& board, const Context& ctx) {
    const std::string line = board_heading(s, board);
    if (line.empty()) return;
    ScopedFont font(ctx.fonts.heading);
    ScopedTextWrap wrap;
    ImGui::TextUnformatted(line.c_str());
}

void BoardView::draw_toolbar(const Session& s, const Exercise& board, const Context& ctx, Redraw& redraw) {
    ButtonFlow flow{ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x};
    auto button = [&](const char* key, const std::string& label, bool on, bool enabled = true) {
        flow.next(touch_button_width(label, ctx));
        return touch_button(key, label, on ? ButtonKind::Primary : ButtonKind::Secondary, ctx, 0.0f, enabled);
    };
    if (seat_row_open_) {
        draw_seat_row(ctx);
        return;
    }
    const std::string seat_text = seat_ ? seat_label(seat_) : std::string(tr("none"));
    if (button("seat", fmt::format(fmt::runtime(tr("Seat: {}")), seat_text), false)) seat_row_open_ = true;
    const int budget = s.vote_budget(board.id);
    if (budget > 0 && button("vote-mode", tr("Dot voting"), vote_mode_)) {
        vote_mode_ = !vote_mode_;
        select_mode_ = false;
        toast_until_ = 0;  // a voting hint must not outlive voting
    }
    if (button("select-mode", tr("Make a stack"), select_mode_)) {
        select_mode_ = !select_mode_;
        vote_mode_ = false;
        toast_until_ = 0;
        selected_.clear();
    }
    if (select_mode_) {
        const std::string label = fmt::format(fmt::runtime(tr("Stack {} notes")), selected_.size());
        if (button("stack-create", label, false, selected_.size() >= 2)) {
            const Note* first = s.find_note(selected_.front());
            if (first) {
                const actions::GroupCreate create{new_id('g'), board.id, first->column, tr("New stack"), selected_};
                // Opened once the stack exists, on the stack as the session then holds it.
                submit(create, [this, id = create.id](ActionSink& sink, const SubmitResult& r) {
                    if (!r.ok()) return;
                    if (const NoteGroup* g = sink.session().find_group(id)) editor_.open_group(*g);
                });
            }
            selected_.clear();
            select_mode_ = false;
        }
    }
    if (button("fit-board", tr("Whole board"), fit_)) fit_ = !fit_;
    // Undo and redo as icons when the icon font is there: two short buttons keep the toolbar on
    // one line at 1024x768.
    const std::string undo_icon = ctx.fonts.icon("undo"), redo_icon = ctx.fonts.icon("redo");
    // Scoped to this board: a step of another exercise is never taken back out of sight.
    if (button("board-undo", undo_icon.empty() ? std::string(tr("Undo")) : undo_icon, false, can_undo(s, board.id)))
        submit(actions::Undo{board.id});
    if (button("board-redo", redo_icon.empty() ? std::string(tr("Redo")) : redo_icon, false, can_redo(s, board.id)))
        submit(actions::Redo{board.id});
    flow.next(touch_button_width(tr("Facilitator"), ctx) * 1.3f);
    // The board's settings are the facilitator console's (issue 11); the long-press opens it.
    if (long_press_button("board-facilitator", tr("Facilitator"), tr("Hold for 2 seconds"), kFacilitatorHoldSeconds,
                          ctx, redraw))
        console_requested_ = true;
}

void BoardView::draw_seat_row(const Context& ctx) {
    ButtonFlow flow{ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x};
    for (int i = 0; i <= kSeats; ++i) {
        const std::string key = "seat:" + std::to_string(i);
        const std::string label = i == 0 ? std::string(tr("No seat")) : seat_label(i);
        flow.next(touch_button_width(label, ctx));
        if (touch_button(key.c_str(), label, i == seat_ ? ButtonKind::Primary : ButtonKind::Secondary, ctx)) {
            seat_ = i;
            seat_row_open_ = false;
        }
    }
}

void BoardView::draw_toast(const Session& s, const Context& ctx, Redraw& redraw) {
    const double now = ImGui::GetTime();
    std::string text;
    bool undo = false;
    if (now < toast_until_) {
        text = toast_;
        undo = toast_undo_;
        redraw.within(toast_until_ - now);
    } else if (select_mode_) {
        text = tr("Tap the notes that belong together (one column), then \"Stack\".");
    } else if (!vote_mode_) {
        text = tr("Tap + to add an idea. Tap a note to change it; drag it to move it.");
    } else {
        const int budget = s.vote_budget(board_id_);
        text = seat_ ? fmt::format(fmt::runtime(tr("{}: {} of {} dots left. Tap a note to give it a dot.")),
                                   seat_label(seat_), budget - s.votes_by(board_id_, seat_voter(seat_)), budget)
                     : std::string(tr("Choose your seat first, then tap notes to give them dots."));
    }
    if (undo) {
        if (touch_button("toast-undo", ctx.fonts.icon("undo") + tr("Undo"), ButtonKind::Primary, ctx)) {
            submit(actions::Undo{board_id_});
            toast_until_ = 0;
        }
        ImGui::SameLine();
    }
    if (!text.empty()) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text.c_str());
    }
}

void BoardView::toast(const std::string& message, bool with_undo) {
    toast_ = message;
    toast_undo_ = with_undo;
    toast_until_ = ImGui::GetTime() + kToastSeconds;
}

void BoardView::flush_actions(ActionSink& sink) {
    // Taken out first, so the list cannot grow under the loop.
    std::vector<PendingAction> pending;
    pending.swap(pending_);
    for (PendingAction& p : pending) {
        // Refused later (when the queue applies it): the reason shows then. Refused at once, the
        // reply never runs and the reason shows below.
        auto applied = [this, alive = std::weak_ptr<int>(alive_), target = &sink,
                        then = std::move(p.then)](const SubmitResult& r) {
            if (alive.expired()) return;
            if (!r.ok()) toast(r.message);
            else if (then) then(*target, r);
        };
        const SubmitResult r = p.submit(sink, std::move(applied));
        if (!r.ok()) toast(r.message);
        else if (r.notices.clamped) toast(tr("The text was too long and has been shortened."));
    }
}

// --- the note editor ----------------------------------------------------------------------------

void BoardView::handle_editor(const Session& s, const Exercise& board, const Context& ctx, Redraw& redraw) {
    const EditorOutcome outcome = editor_.draw(ctx, redraw);
    const NoteDraft& d = editor_.draft();
    if (outcome == EditorOutcome::Save && !d.group_id.empty()) {
        const NoteGroup* g = s.find_group(d.group_id);
        if (g && g->name != d.text) submit(actions::GroupRename{d.group_id, d.text});
    } else if (outcome == EditorOutcome::Ungroup) {
        submit(actions::GroupDissolve{d.group_id});
    } else if (outcome == EditorOutcome::Save && d.note_id.empty()) {
        colour_ = d.colour;
        if (d.text.find_first_not_of(" \t\n") == std::string::npos) return;  // nothing written
        submit(actions::NoteAdd{new_id('n'), board.id, d.column, d.text, d.colour, d.author, d.seat});
    } else if (outcome == EditorOutcome::Save) {
        const Note* n = s.find_note(d.note_id);
        if (!n) return;
        colour_ = d.colour;
        const Note before = *n;
        if (before.text != d.text) submit(actions::NoteEdit{d.note_id, d.text});
        if (before.colour != d.colour) submit(actions::NoteColour{d.note_id, d.colour});
        if (before.author != d.author) submit(actions::NoteAuthor{d.note_id, d.author});
    } else if (outcome == EditorOutcome::Delete) {
        submit(actions::NoteDelete{d.note_id}, [this](ActionSink&, const SubmitResult& r) {
            if (r.ok()) toast(tr("Note deleted."), true);
        });
    }
}

}  // namespace kiosk::ui
