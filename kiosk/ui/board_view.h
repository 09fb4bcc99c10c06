// The sticky-note board of a Board exercise (existing vs desired communities, strengths vs
// needs, the OF/BY/FOR matrix of Worksheet 3). A view: it draws the session's notes and sends
// every change to an ActionSink as an action; it keeps only UI state (scroll, what is being
// dragged, edited or selected, the chosen seat).
//
// Touch rules (cases K10, K11): the board reads each finger (Pointer, see set_pointers(); the
// mouse otherwise) through its own GestureTracker whose drag threshold is finger-sized (≥ 4 mm,
// ≥ 16 px), so a jittery tap opens a note instead of moving it. A tap acts only on the target the
// finger went down on. A drag that starts on a note moves it (an insertion line shows where it lands); a drag that
// starts elsewhere in a column scrolls it. A long press on a note starts selecting for a stack.
// A second finger on an X11 touch screen shows up as the pointer jumping across the screen: a
// jump of more than a quarter of the display between two frames cancels the gesture, so nothing
// happens (no tap, no drop). Deleting needs a confirm in the editor and can be undone. While the
// note editor (and the keyboard typing into it) is open, the board sees no touch at all, nor the
// release that closes the editor (PointerGate): a tap on the editor or its backdrop never opens,
// moves or votes a note below it.
//
// The board in files: board_layout.* (geometry and rules, no ImGui), board_measure.cpp (note
// text and heights), board_gestures.cpp (pointers, taps, drags), board_paint.cpp (drawing), and
// this view's frame, toolbar and editor in board_view.cpp.
//
// Actions: the board reads the session by reference and never changes it while it draws. Every
// action it wants is collected during the frame and submitted in order at the end of draw(),
// when nothing of the frame still points into the session (an undo replaces the session, plan
// and notes included, as a whole).
#pragma once

#include "core/action_sink.h"
#include "core/actions.h"
#include "core/plan.h"
#include "ui/board_layout.h"
#include "ui/gesture.h"
#include "ui/note_editor.h"
#include "ui/note_shapes.h"
#include "ui/note_text.h"
#include "ui/text_editor.h"
#include "ui/redraw.h"
#include "ui/theme.h"

#include <functional>
#include <memory>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <unordered_map>
#include <vector>

namespace kiosk::ui {

/// Seats around the table that can vote and sign notes ("Tafel 1" … "Tafel 6").
inline constexpr int kSeats = 6;
/// The stable voter id of seat `n` (1-based), e.g. "seat-3"; the store and exports keep it.
std::string seat_voter(int seat);
/// The shown name of seat `n` in the current language, e.g. "Tafel 3".
std::string seat_label(int seat);
/// The seat (1..kSeats) that wrote `note`, 0 when none: its stored seat id, or for a note stored
/// before notes had one, its author label as the kiosk wrote it then ("Tafel 3" or "Table 3",
/// or the label in the current language).
int seat_of_note(const Note& note);

/// The line above a board that has a subject (Exercise::subject): for the OF/BY/FOR matrix of
/// Worksheet 3 "We want to involve <community> by:", else "Community: <community>"; "…" stands
/// in until the community is named. Empty for a board without a subject.
std::string board_heading(const Session& session, const Exercise& board);

/// One finger on the table (or the mouse) in one frame, in screen pixels. `id` stays the same
/// while the finger is down; another finger has another id.
struct Pointer {
    int id = 0;
    bool down = false;
    float x = 0, y = 0;
};

class BoardView {
public:
    /// Draws `board` (an exercise of kind Board) filling the current ImGui window's remaining
    /// content region; every change goes to `sink` as an action. Asks `redraw` for frames only
    /// while something moves (a toast counting down, a drag scrolling a column).
    void draw(ActionSink& sink, const Exercise& board, const Context& ctx, Redraw& redraw);

    /// The seat whose dots and private notes this view shows (1..kSeats), 0 = none chosen.
    int seat() const { return seat_; }
    /// The dots drawn on `note`: the total while the facilitator shows the totals (blind voting
    /// until then, core/privacy.h room_vote_total), else only the chosen seat's own while it
    /// votes, so it can see and take back its dots without the table seeing the tally.
    int dots_shown(const Session& s, const Note& note) const;
    /// True once after the frame in which the "Facilitator" button was held long enough: the
    /// session view then opens the facilitator console, which holds the board's settings.
    bool take_console_request() { return std::exchange(console_requested_, false); }
    /// The board drawn last ("" before the first).
    const std::string& board_id() const { return board_id_; }
    void choose_seat(int seat) { seat_ = (seat >= 0 && seat <= kSeats) ? seat : 0; }
    /// Shrinks the notes so every column fits without scrolling (the projector view).
    void set_fit_whole_board(bool on) { fit_ = on; }
    /// The zoom the last frame used (1 = notes at body-text size).
    float zoom() const { return zoom_; }
    /// The notes the last frame drew (visible after clipping), for tests and benchmarks.
    int drawn_notes() const { return drawn_notes_; }
    /// The pointers the next draw() reads instead of ImGui's mouse (tests; later XInput2 touch),
    /// once. Each finger is its own gesture: two people can drag two notes at once. A finger is
    /// taken when it goes down inside the columns; one missing from the list is forgotten (no
    /// tap, no drop). Without set_pointers() the board reads the mouse as pointer 0.
    void set_pointers(std::vector<Pointer> pointers) {
        pointers_ = std::move(pointers);
        have_pointers_ = true;
    }
    /// While `locked` (Session::input_locked(), issue 11) the board takes no touch: no tap, no
    /// drag, no scroll, and a touch it had begun is forgotten (no drop). Set before each draw().
    void set_locked(bool locked) { locked_ = locked; }
    /// The ids of the notes being dragged now, one per dragging finger.
    std::vector<std::string> dragged_notes() const;
    /// The note editor (open or not) and the draft it holds.
    const NoteEditor& editor() const { return editor_; }
    NoteEditor& editor() { return editor_; }

private:
    using HitKind = BoardHitKind;
    using Hit = BoardHit;
    using Row = BoardRow;
    /// Layout of one note's text, cached until its text, width or zoom changes.
    using TextLayout = WrappedNoteText;
    struct ColumnGeometry {
        ImVec2 min, max;            // the whole column
        ImVec2 notes_min, notes_max;// the scrolling part
        float content_h = 0;
    };
    /// An action collected during the frame, submitted by flush_actions() at its end; `then`
    /// (optional) sees the result, e.g. to open the editor on a stack just made.
    struct PendingAction {
        std::function<SubmitResult(ActionSink&, SubmitReply)> submit;
        std::function<void(ActionSink&, const SubmitResult&)> then;
    };

    /// One finger's gesture on the board, from its press to the frame it lifts.
    struct Touch {
        int pointer = 0;
        GestureTracker tracker;
        bool cancelled = false;           // the pointer leapt (a second finger on X11): ignore it
        ImVec2 last{-1e7f, -1e7f};        // where it was in the last frame (off = not down)
        HitKind press_kind = HitKind::ColumnArea;
        std::string press_id;
        int press_column = -1;
        float press_scroll = 0;
        std::string dragging;             // id of the note it drags
        ImVec2 drag_pos{0, 0};
        int drop_column = -1;             // -1: over no column, a drop snaps back
        std::string drop_before;
        float drop_line_y = 0;
    };

    // board_gestures.cpp
    void handle_input(const Session& s, const Exercise& board, const BoardRect& area, const Context& ctx,
                      Redraw& redraw);
    void update_touch(Touch& t, const Pointer& p, const Session& s, const Exercise& board, std::int64_t now_ms,
                      Redraw& redraw);
    void on_tap(const Session& s, const Exercise& board, const Hit* hit);
    void on_drop(const Session& s, const Exercise& board, const Touch& t);
    const Hit* hit_at(ImVec2 p) const;
    bool lifted(const std::string& note_id) const;  // dragged by some finger

    // board_view.cpp
    void draw_heading(const Session& s, const Exercise& board, const Context& ctx);
    void draw_toolbar(const Session& s, const Exercise& board, const Context& ctx, Redraw& redraw);
    void draw_seat_row(const Context& ctx);
    void draw_toast(const Session& s, const Context& ctx, Redraw& redraw);
    void handle_editor(const Session& s, const Exercise& board, const Context& ctx, Redraw& redraw);

    // board_paint.cpp
    void draw_column(const Session& s, const Exercise& board, int c, const Context& ctx, Redraw& redraw);
    void draw_scroll_indicator(int c);  // a thin bar at the column's right edge when it scrolls
    void draw_dragged(const Session& s, const Touch& t, std::vector<NoteQuad>& batch);

    // board_measure.cpp
    std::vector<Row> layout_rows(const Session& s, const Exercise& board, int c, float width) const;
    float note_height(const Session& s, const Note& n, float width) const;
    const TextLayout& text_layout(const Note& n, float width) const;
    float fit_zoom(const Session& s, const Exercise& board, float col_w, float avail_h, const Context& ctx);

    /// Collects `action` (a typed action of core/actions.h) for the end of this frame.
    template <class A>
    void submit(const A& action, std::function<void(ActionSink&, const SubmitResult&)> then = {}) {
        pending_.push_back({[action](ActionSink& sink, SubmitReply reply) { return sink.submit(action, std::move(reply)); },
                            std::move(then)});
    }
    /// Submits the collected actions in order; a refusal or a shortened text shows as a toast.
    /// `then` runs once the action is applied: at once for a sink that applies straight away,
    /// between frames for the app's QueuedSink (core/action_queue.h), and never after this view
    /// is gone (`alive_`).
    void flush_actions(ActionSink& sink);
    void toast(const std::string& message, bool with_undo = false);
    bool visible_to_seat(const Note& n) const;

    // Sizes of this frame (pixels), set at the start of draw().
    float em_ = 16, zoom_ = 1, font_px_ = 16, pad_ = 8, gap_ = 8, target_ = 32;
    ImFont* font_ = nullptr;

    std::string board_id_;
    int seat_ = 0;
    bool fit_ = false;
    bool locked_ = false;  // set_locked()
    std::string fit_key_;  // what fit_zoom_ was measured for
    float fit_zoom_ = 1.0f;
    bool vote_mode_ = false;
    bool select_mode_ = false;
    bool seat_row_open_ = false;
    bool console_requested_ = false;  // the "Facilitator" long-press ended this frame
    std::vector<std::string> selected_;  // note ids, all in one column
    std::set<std::string> expanded_;     // notes shown whole despite their length
    std::vector<bool> hint_open_;
    std::vector<float> scroll_;
    std::vector<ColumnGeometry> columns_;
    int colour_ = 0;  // the colour the next new note gets: the last one chosen

    std::vector<Touch> touches_;  // the fingers down on the board, in the order they came
    std::vector<Pointer> pointers_;
    bool have_pointers_ = false;
    PointerGate gate_;  // no input while a modal lies over the board (see handle_input)
    float threshold_px_ = 0;

    std::vector<Hit> hits_, next_hits_;
    std::vector<PendingAction> pending_;
    /// Replies to queued actions hold a weak reference: one arriving after the view is gone
    /// (another exercise opened meanwhile) does nothing.
    std::shared_ptr<int> alive_ = std::make_shared<int>(0);
    mutable NoteTextCache text_cache_;
    std::vector<std::vector<NoteQuad>> batches_;
    std::vector<std::vector<NoteQuad>> drag_batches_;  // one per dragged note
    int drawn_notes_ = 0;

    NoteEditor editor_;
    std::string toast_;
    bool toast_undo_ = false;
    double toast_until_ = 0;
};

}  // namespace kiosk::ui
