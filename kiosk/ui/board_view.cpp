#include "ui/board_view.h"

#include "core/i18n.h"
#include "core/palette.h"
#include "core/reduce.h"
#include "ui/keyboard.h"
#include "ui/touch.h"
#include "ui/touch_scroll.h"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

constexpr int kClampLines = 6;          // longer notes show an expand strip
constexpr double kToastSeconds = 8.0;
constexpr float kMinZoom = 0.3f;


ImU32 note_ink() { return IM_COL32(kNoteText.r, kNoteText.g, kNoteText.b, 255); }

bool contains(const ImVec2& a, const ImVec2& b, ImVec2 p) { return p.x >= a.x && p.x < b.x && p.y >= a.y && p.y < b.y; }

/// Board columns of Worksheet 3 are OF, BY and FOR: that board gets the worksheet's sentence
/// "We want to involve … by:" as its heading.
bool is_of_by_for(const Exercise& board) {
    return board.columns.size() == 3 && board.columns[0].id == "of" && board.columns[1].id == "by" &&
           board.columns[2].id == "for";
}

/// Places the next toolbar item on the current line when it fits, else on a new line.
struct Flow {
    float right;
    bool first = true;
    void next(float width) {
        if (!first) {
            const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
            if (x + width <= right) ImGui::SameLine();
        }
        first = false;
    }
};

}  // namespace

std::string seat_voter(int seat) { return "seat-" + std::to_string(seat); }
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

void BoardView::draw(ActionSink& sink, const Exercise& board_in_plan, const Context& ctx, Redraw& redraw) {
    // A copy: undo and redo replace the session (and its plan) as a whole, which would leave a
    // reference into the old plan dangling halfway through this frame.
    const Exercise board = board_in_plan;
    const Session& s = sink.session();
    const int n = int(board.columns.size());
    if (n == 0) return;
    if (board.id != board_id_) {  // another board: forget what belonged to the last one
        board_id_ = board.id;
        selected_.clear();
        select_mode_ = vote_mode_ = false;
        dragging_.clear();
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
    if (threshold != threshold_px_ && !tracker_.dragging()) {
        threshold_px_ = threshold;
        GestureSettings settings;
        settings.drag_threshold_px = threshold;
        tracker_ = GestureTracker(settings);
    }

    draw_heading(s, board, ctx);
    draw_toolbar(sink, board, ctx, redraw);

    // The columns fill what is left above a one-line status bar.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float status_h = target_ + ImGui::GetStyle().ItemSpacing.y;
    const ImVec2 area(std::max(avail.x, 4.0f * em_), std::max(avail.y - status_h, 4.0f * em_));
    gap_ = 0.6f * em_;
    const float col_w = (area.x - gap_ * float(n - 1)) / float(n);

    if (fit_) {
        // Measuring every note at two sizes is the costly part: redo it only when the board or
        // the space changed (any action moves updated_ms).
        const std::string key = fmt::format("{}/{}/{}/{}/{}/{}/{}", s.updated_ms, s.notes.size(), col_w, area.y,
                                            vote_mode_, expanded_.size(), em_);
        if (key != fit_key_) {
            fit_key_ = key;
            fit_zoom_ = fit_zoom(s, board, col_w, area.y);
        }
        zoom_ = fit_zoom_;
    } else {
        zoom_ = 1.0f;
    }
    font_px_ = em_ * zoom_;
    pad_ = 0.45f * em_ * zoom_;

    ImGui::InvisibleButton("##board-area", area);
    keep_drags_on_item();  // the board moves notes and scrolls its columns itself
    handle_input(sink, board, ctx, redraw);
    if (!dragging_.empty()) drop_column_ = -1;  // found again by the column under the finger

    next_hits_.clear();
    drawn_notes_ = 0;
    for (int c = 0; c < n; ++c) {
        ColumnGeometry& g = columns_[c];
        g.min = ImVec2(origin.x + float(c) * (col_w + gap_), origin.y);
        g.max = ImVec2(g.min.x + col_w, origin.y + area.y);
        draw_column(s, board, c, ctx, redraw);
    }
    if (!dragging_.empty()) draw_dragged(s, ctx);
    hits_.swap(next_hits_);

    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + area.y + ImGui::GetStyle().ItemSpacing.y));
    draw_toast(sink, ctx, redraw);
    handle_editor(sink, board, ctx, redraw);
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
    if (ctx.fonts.heading) ImGui::PushFont(ctx.fonts.heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    if (ctx.fonts.heading) ImGui::PopFont();
}

void BoardView::draw_toolbar(ActionSink& sink, const Exercise& board, const Context& ctx, Redraw& redraw) {
    const Session& s = sink.session();
    Flow flow{ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x};
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
                const std::string id = new_id('g');
                Json ids = Json::array();
                for (const auto& nid : selected_) ids.push_back(nid);
                submit(sink, "group.create", {{"id", id}, {"exercise", board.id}, {"column", first->column},
                                              {"name", tr("New stack")}, {"notes", ids}});
                if (const NoteGroup* g = sink.session().find_group(id)) editor_.open_group(*g);
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
        submit(sink, "undo", {{"exercise", board.id}});
    if (button("board-redo", redo_icon.empty() ? std::string(tr("Redo")) : redo_icon, false, can_redo(s, board.id)))
        submit(sink, "redo", {{"exercise", board.id}});
    flow.next(touch_button_width(tr("Facilitator"), ctx) * 1.3f);
    if (long_press_button("board-facilitator", tr("Facilitator"), tr("Hold to open"), 1.0, ctx, redraw))
        facilitator_open_ = !facilitator_open_;
    if (facilitator_open_) draw_facilitator_row(sink, board, ctx);
}

void BoardView::draw_seat_row(const Context& ctx) {
    Flow flow{ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x};
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

void BoardView::draw_facilitator_row(ActionSink& sink, const Exercise& board, const Context& ctx) {
    const Session& s = sink.session();
    const ExerciseState& st = s.state_of(board.id);
    const int budget = s.vote_budget(board.id);
    Flow flow{ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x};
    auto button = [&](const char* key, const std::string& label, ButtonKind kind, bool enabled = true) {
        flow.next(touch_button_width(label, ctx));
        return touch_button(key, label, kind, ctx, 0.0f, enabled);
    };
    if (button("budget-down", "\xE2\x88\x92", ButtonKind::Secondary, budget > 1))
        submit(sink, "board.budget", {{"exercise", board.id}, {"votes", budget - 1}});
    const std::string dots = fmt::format(fmt::runtime(tr("{} dots each")), budget);
    flow.next(ImGui::CalcTextSize(dots.c_str()).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(dots.c_str());
    if (button("budget-up", "+", ButtonKind::Secondary, budget < 99))
        submit(sink, "board.budget", {{"exercise", board.id}, {"votes", std::max(1, budget + 1)}});
    if (button("board-private", tr("Private writing"), st.private_writing ? ButtonKind::Primary : ButtonKind::Secondary))
        submit(sink, "board.private", {{"exercise", board.id}, {"on", !st.private_writing}});
    bool any_hidden = false;
    for (const auto& n : s.notes) any_hidden = any_hidden || (n.exercise == board.id && n.hidden);
    if (button("board-reveal", tr("Reveal notes"), ButtonKind::Secondary, any_hidden || st.private_writing))
        submit(sink, "board.reveal", {{"exercise", board.id}});
    if (button("board-anonymous", tr("Hide authors"), st.anonymous ? ButtonKind::Primary : ButtonKind::Secondary))
        submit(sink, "board.anonymous", {{"exercise", board.id}, {"on", !st.anonymous}});
    if (button("board-facilitator-close", tr("Close"), ButtonKind::Secondary)) facilitator_open_ = false;
}

void BoardView::draw_toast(ActionSink& sink, const Context& ctx, Redraw& redraw) {
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
        const Session& s = sink.session();
        const int budget = s.vote_budget(board_id_);
        text = seat_ ? fmt::format(fmt::runtime(tr("{}: {} of {} dots left. Tap a note to give it a dot.")),
                                   seat_label(seat_), budget - s.votes_by(board_id_, seat_voter(seat_)), budget)
                     : std::string(tr("Choose your seat first, then tap notes to give them dots."));
    }
    if (undo) {
        if (touch_button("toast-undo", ctx.fonts.icon("undo") + tr("Undo"), ButtonKind::Primary, ctx)) {
            submit(sink, "undo", {{"exercise", board_id_}});
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

void BoardView::submit(ActionSink& sink, const std::string& type, Json fields) {
    const SubmitResult r = sink.submit(type, std::move(fields));
    if (!r.ok()) toast(r.message);
    else if (r.notices.clamped) toast(tr("The text was too long and has been shortened."));
}

// --- input ------------------------------------------------------------------------------------

const BoardView::Hit* BoardView::hit_at(ImVec2 p) const {
    for (auto it = hits_.rbegin(); it != hits_.rend(); ++it)
        if (contains(it->min, it->max, p)) return &*it;
    return nullptr;
}

void BoardView::handle_input(ActionSink& sink, const Exercise& board, const Context& ctx, Redraw& redraw) {
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
            if (contains(columns_[c].min, columns_[c].max, p)) scroll_[c] -= io.MouseWheel * 3.0f * em_;
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
        case Gesture::Tap: on_tap(sink, board, ctx, hit_at(ImVec2(tracker_.start_x(), tracker_.start_y()))); break;
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
            if (!dragging_.empty()) on_drop(sink, board);
            dragging_.clear();
            break;
        default: break;
    }
}

bool BoardView::visible_to_seat(const Note& n) const {
    return !n.hidden || (seat_ > 0 && seat_of_note(n) == seat_);
}

void BoardView::on_tap(ActionSink& sink, const Exercise& board, const Context&, const Hit* hit) {
    if (!hit) return;
    const Session& s = sink.session();
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
            if (seat_) submit(sink, "vote.remove", {{"note", hit->id}, {"voter", seat_voter(seat_)}});
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
                else submit(sink, "vote.add", {{"note", n->id}, {"voter", seat_voter(seat_)}});
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

void BoardView::on_drop(ActionSink& sink, const Exercise& board) {
    const Note* n = sink.session().find_note(dragging_);
    if (!n || drop_column_ < 0) return;
    const std::string& column = board.columns[drop_column_].id;
    // Dropped where it already is: no action, so undo is not cluttered with non-moves.
    if (column == n->column) {
        const auto notes = sink.session().notes_in(board.id, column);
        for (std::size_t i = 0; i < notes.size(); ++i) {
            if (notes[i]->id != n->id) continue;
            const std::string next = i + 1 < notes.size() ? notes[i + 1]->id : std::string();
            if (drop_before_ == next || drop_before_ == n->id) return;
        }
    }
    submit(sink, "note.move", {{"id", n->id}, {"column", column}, {"before", drop_before_}});
}

void BoardView::handle_editor(ActionSink& sink, const Exercise& board, const Context& ctx, Redraw& redraw) {
    const EditorOutcome outcome = editor_.draw(ctx, redraw);
    const NoteDraft& d = editor_.draft();
    const Session& s = sink.session();
    if (outcome == EditorOutcome::Save && !d.group_id.empty()) {
        const NoteGroup* g = s.find_group(d.group_id);
        if (g && g->name != d.text) submit(sink, "group.rename", {{"id", d.group_id}, {"name", d.text}});
    } else if (outcome == EditorOutcome::Ungroup) {
        submit(sink, "group.dissolve", {{"id", d.group_id}});
    } else if (outcome == EditorOutcome::Save && d.note_id.empty()) {
        colour_ = d.colour;
        if (d.text.find_first_not_of(" \t\n") == std::string::npos) return;  // nothing written
        Json fields = {{"id", new_id('n')}, {"exercise", board.id}, {"column", d.column},
                       {"text", d.text},    {"colour", d.colour}};
        if (!d.author.empty()) fields["author"] = d.author;
        if (!d.seat.empty()) fields["seat"] = d.seat;
        submit(sink, "note.add", std::move(fields));
    } else if (outcome == EditorOutcome::Save) {
        const Note* n = s.find_note(d.note_id);
        if (!n) return;
        colour_ = d.colour;
        const Note before = *n;
        if (before.text != d.text) submit(sink, "note.edit", {{"id", d.note_id}, {"text", d.text}});
        if (before.colour != d.colour) submit(sink, "note.colour", {{"id", d.note_id}, {"colour", d.colour}});
        if (before.author != d.author) submit(sink, "note.author", {{"id", d.note_id}, {"author", d.author}});
    } else if (outcome == EditorOutcome::Delete) {
        const SubmitResult r = sink.submit("note.delete", {{"id", d.note_id}});
        if (r.ok()) toast(tr("Note deleted."), true);
        else toast(r.message);
    }
}

// --- layout -----------------------------------------------------------------------------------

const BoardView::TextLayout& BoardView::text_layout(const Note& n, float width) const {
    TextLayout& t = text_cache_[n.id];
    if (t.width != width || t.size != font_px_ || t.source != n.text) {
        t.source = n.text;
        t.width = width;
        t.size = font_px_;
        t.shown = displayable_text(n.text);
        t.lines = wrap_lines(*font_, font_px_, t.shown, width);
    }
    return t;
}

float BoardView::note_height(const Session& s, const Note& n, float width) const {
    const float line_h = font_px_ * 1.15f;
    if (!visible_to_seat(n)) return 2.0f * pad_ + 2.0f * line_h;
    const TextLayout& t = text_layout(n, width - 2.0f * pad_);
    int lines = int(t.lines.size());
    float h = 2.0f * pad_;
    if (lines > kClampLines) {
        if (!expanded_.count(n.id)) lines = kClampLines;
        h += line_h;  // the "more" / "less" strip
    }
    h += float(lines) * line_h;
    const bool anonymous = s.state_of(n.exercise).anonymous;
    if ((!n.author.empty() && !anonymous) || s.votes_on(n.id) > 0 || vote_mode_) h += line_h;
    return h;
}

std::vector<BoardView::Row> BoardView::layout_rows(const Session& s, const Exercise& board, int c, float width) const {
    std::vector<Row> rows;
    const auto notes = s.notes_in(board.id, board.columns[c].id);
    rows.reserve(notes.size() + 4);
    std::set<std::string> stacked;
    float y = 0;
    const float group_h = font_px_ * 1.6f;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const Note* n = notes[i];
        if (n->group.empty()) {
            const float h = note_height(s, *n, width);
            rows.push_back({n, nullptr, y, h, false});
            y += h + gap_ * zoom_;
            continue;
        }
        if (!stacked.insert(n->group).second) continue;  // drawn with its stack already
        const NoteGroup* g = s.find_group(n->group);
        rows.push_back({nullptr, g, y, group_h, false});
        y += group_h;
        for (std::size_t k = i; k < notes.size(); ++k) {
            if (notes[k]->group != n->group) continue;
            const float h = note_height(s, *notes[k], width - pad_);
            rows.push_back({notes[k], g, y, h, true});
            y += h + 0.5f * gap_ * zoom_;
        }
        y += 0.5f * gap_ * zoom_;
    }
    return rows;
}

float BoardView::fit_zoom(const Session& s, const Exercise& board, float col_w, float avail_h) {
    // Two passes: text re-wraps at a smaller size, so measure again at the first estimate.
    float z = 1.0f;
    for (int pass = 0; pass < 2; ++pass) {
        zoom_ = z;
        font_px_ = em_ * z;
        pad_ = 0.45f * em_ * z;
        const float header = target_ + 2.0f * em_;
        float tallest = 1.0f;
        for (int c = 0; c < int(board.columns.size()); ++c) {
            const auto rows = layout_rows(s, board, c, col_w - 2.0f * pad_);
            if (!rows.empty()) tallest = std::max(tallest, rows.back().y + rows.back().h + gap_);
        }
        const float room = std::max(1.0f, avail_h - header);
        z = std::clamp(z * room / tallest, kMinZoom, 1.0f);
        if (tallest * 1.0f <= room) break;
    }
    return z;
}

// --- drawing ----------------------------------------------------------------------------------

void BoardView::draw_column(const Session& s, const Exercise& board, int c, const Context& ctx, Redraw& redraw) {
    ColumnGeometry& g = columns_[c];
    const Column& column = board.columns[c];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImGuiIO& io = ImGui::GetIO();
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
    next_hits_.push_back({HitKind::AddNote, plus_min, plus_max, "", c});
    hit_targets().record("add-note:" + cid, plus_min, plus_max);
    if (has_hint) {
        next_hits_.push_back({HitKind::Hint, hint_min, hint_max, "", c});
        hit_targets().record("hint:" + cid, hint_min, hint_max);
    }
    float top = g.min.y + header_h;
    if (has_hint && hint_open_[c]) {
        const float wrap = col_w - 1.0f * em_;
        std::string text = column.hint;
        if (!column.example.empty())
            text += (text.empty() ? "" : "\n") + fmt::format(fmt::runtime(tr("For example: {}")), column.example);
        const ImVec2 ts = font_->CalcTextSizeA(em_, FLT_MAX, wrap, text.c_str());
        dl->AddRectFilled(ImVec2(g.min.x + 0.3f * em_, top), ImVec2(g.max.x - 0.3f * em_, top + ts.y + 0.6f * em_),
                          palette::kSelected, 0.3f * em_);
        dl->AddText(font_, em_, ImVec2(g.min.x + 0.5f * em_, top + 0.3f * em_), palette::kInk, text.c_str(), nullptr, wrap);
        top += ts.y + 0.9f * em_;
    }
    g.notes_min = ImVec2(g.min.x, top);
    g.notes_max = g.max;
    next_hits_.push_back({HitKind::ColumnArea, g.notes_min, g.notes_max, "", c});

    // Rows, scrolled and clipped: only rows that overlap the visible part cost anything.
    const float inset = 0.4f * em_;
    const float note_w = col_w - 2.0f * inset;
    const auto rows = layout_rows(s, board, c, note_w);
    g.content_h = rows.empty() ? 0.0f : rows.back().y + rows.back().h + gap_;
    const float view_h = g.notes_max.y - g.notes_min.y;
    // A note dragged near the top or bottom edge scrolls the column under it.
    if (!dragging_.empty() && drag_pos_.x >= g.min.x && drag_pos_.x < g.max.x) {
        const float edge = 1.5f * em_;
        if (drag_pos_.y < g.notes_min.y + edge) scroll_[c] -= 0.4f * em_, redraw.within(1.0 / 60.0);
        if (drag_pos_.y > g.notes_max.y - edge) scroll_[c] += 0.4f * em_, redraw.within(1.0 / 60.0);
    }
    scroll_[c] = std::clamp(scroll_[c], 0.0f, std::max(0.0f, g.content_h - view_h + gap_));
    const float y0 = g.notes_min.y + 0.3f * em_ - scroll_[c];
    dl->PushClipRect(g.notes_min, g.notes_max, true);

    std::vector<NoteQuad>& batch = batches_[c];
    batch.clear();
    const float line_h = font_px_ * 1.15f;
    struct Visible { const Row* row; ImVec2 a, b; };
    std::vector<Visible> visible;
    drop_column_ = (!dragging_.empty() && drag_pos_.x >= g.min.x && drag_pos_.x < g.max.x) ? c : drop_column_;
    const bool dropping_here = !dragging_.empty() && drop_column_ == c;
    if (dropping_here) {
        drop_before_.clear();
        drop_line_y_ = y0 + g.content_h - gap_ * 0.5f;
    }
    bool drop_found = false;
    for (const Row& r : rows) {
        const float x0 = g.min.x + inset + (r.in_group ? 0.5f * pad_ : 0.0f);
        const float w = note_w - (r.in_group ? pad_ : 0.0f);
        const ImVec2 a(x0, y0 + r.y), b(x0 + w, y0 + r.y + r.h);
        if (dropping_here && !drop_found && r.note && r.note->id != dragging_ && drag_pos_.y < (a.y + b.y) * 0.5f) {
            drop_found = true;
            drop_before_ = r.note->id;
            drop_line_y_ = a.y - 0.5f * gap_ * zoom_;
        }
        if (b.y < g.notes_min.y || a.y > g.notes_max.y) continue;  // clipped away
        if (!r.note) {  // a stack's heading and its frame
            float end = b.y;
            for (const Row& m : rows) if (m.group == r.group && m.note) end = std::max(end, y0 + m.y + m.h);
            dl->AddRectFilled(ImVec2(g.min.x + 0.2f * em_, a.y), ImVec2(g.max.x - 0.2f * em_, end + 0.25f * gap_),
                              IM_COL32(14, 94, 107, 28), 0.35f * em_);
            const std::string label = "\xE2\x96\xA4 " + (r.group ? r.group->name : std::string());
            dl->AddText(font_, font_px_, ImVec2(a.x + 0.3f * em_ * zoom_, a.y + 0.25f * font_px_), palette::kAction,
                        label.c_str(), nullptr);
            if (r.group) {
                next_hits_.push_back({HitKind::GroupHeader, a, b, r.group->id, c});
                hit_targets().record("group:" + r.group->id, a, b);
            }
            continue;
        }
        const Note& n = *r.note;
        const bool lifted = n.id == dragging_;
        const bool face_up = visible_to_seat(n);
        const NoteColour& colour = note_colour(n.colour);
        float alpha = lifted ? 0.35f : 1.0f;
        NoteQuad q{a.x, a.y, b.x, b.y, 0, 0, 0, alpha, 0.22f * em_ * zoom_, 0.22f * em_ * zoom_};
        if (face_up) {
            q.r = colour.fill.r / 255.0f; q.g = colour.fill.g / 255.0f; q.b = colour.fill.b / 255.0f;
        } else {
            q.r = 0.35f; q.g = 0.34f; q.b = 0.31f;  // the back of a card: white text on it ≈ 7.5:1
        }
        batch.push_back(q);
        visible.push_back({&r, a, b});
        next_hits_.push_back({HitKind::Note, a, b, n.id, c});
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
        const bool lifted = n.id == dragging_;
        const ImU32 ink = lifted ? IM_COL32(kNoteText.r, kNoteText.g, kNoteText.b, 90) : note_ink();
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
            const ImVec2 ea(a.x, y), eb(b.x, y + line_h);
            const std::string label = expanded ? std::string("\xE2\x96\xB4 ") + tr("less")
                                               : std::string("\xE2\x96\xBE ") + tr("more");
            dl->AddText(font_, font_px_ * 0.9f, ImVec2(a.x + pad_, y), ink, label.c_str());
            next_hits_.push_back({HitKind::Expand, ea, eb, n.id, c});
            hit_targets().record("expand:" + n.id, ea, eb);
            y += line_h;
        }
        // Footer: author on the left, dots on the right.
        const bool anonymous = s.state_of(n.exercise).anonymous;
        const int dots = s.votes_on(n.id);
        if ((!n.author.empty() && !anonymous) || dots > 0 || vote_mode_) {
            const float fs = font_px_ * 0.85f;
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
                if (mine) {  // take a dot back: the strip left of the count
                    const ImVec2 ua(b.x - 0.5f * (b.x - a.x), y), ub(b.x - 2.2f * font_px_, b.y);
                    dl->AddText(font_, font_px_, ImVec2(ua.x, y), palette::kDanger, "\xE2\x88\x92 1");
                    next_hits_.push_back({HitKind::Unvote, ua, ub, n.id, c});
                    hit_targets().record("unvote:" + n.id, ua, ub);
                }
            }
        }
    }
    if (dropping_here) {
        const float t = std::max(3.0f, 0.15f * em_);
        dl->AddRectFilled(ImVec2(g.min.x + 0.2f * em_, drop_line_y_ - t * 0.5f),
                          ImVec2(g.max.x - 0.2f * em_, drop_line_y_ + t * 0.5f), palette::kAction, t);
    }
    dl->PopClipRect();
    if (g.content_h > view_h) {  // a thin scroll indicator; dragging the column scrolls it
        const float frac = view_h / g.content_h;
        const float bar_h = std::max(em_, view_h * frac);
        const float pos = (view_h - bar_h) * (scroll_[c] / std::max(1.0f, g.content_h - view_h + gap_));
        dl->AddRectFilled(ImVec2(g.max.x - 0.25f * em_, g.notes_min.y + pos),
                          ImVec2(g.max.x - 0.08f * em_, g.notes_min.y + pos + bar_h), palette::kInkMuted, em_);
    }
    (void)io;
}

void BoardView::draw_dragged(const Session& s, const Context&) {
    const Note* n = s.find_note(dragging_);
    if (!n) return;
    const float w = columns_.empty() ? 10.0f * em_ : (columns_[0].max.x - columns_[0].min.x) - 0.8f * em_;
    const float h = std::min(note_height(s, *n, w), 6.0f * em_);
    const ImVec2 a(drag_pos_.x - 0.5f * w, drag_pos_.y - 0.5f * h), b(a.x + w, a.y + h);
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    const NoteColour& c = note_colour(n->colour);
    drag_batch_.assign(1, NoteQuad{a.x, a.y, b.x, b.y, c.fill.r / 255.0f, c.fill.g / 255.0f, c.fill.b / 255.0f, 1.0f,
                                   0.22f * em_, 0.6f * em_});
    if (!visible_to_seat(*n)) drag_batch_[0].r = drag_batch_[0].g = drag_batch_[0].b = 0.35f;
    emit_note_shapes(*fg, drag_batch_);
    if (!visible_to_seat(*n)) return;
    const TextLayout& t = text_layout(*n, w - 2.0f * pad_);
    float y = a.y + pad_;
    fg->PushClipRect(a, b, true);
    for (const TextLine& line : t.lines) {
        fg->AddText(font_, font_px_, ImVec2(a.x + pad_, y), note_ink(), t.shown.data() + line.begin,
                    t.shown.data() + line.end);
        y += font_px_ * 1.15f;
        if (y > b.y) break;
    }
    fg->PopClipRect();
}

}  // namespace kiosk::ui
