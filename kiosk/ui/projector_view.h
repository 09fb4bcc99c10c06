// The projector view (issue 11): what the second window shows the room. It reads the session and
// draws; it takes no input and submits nothing (no ActionSink), so nothing on the projector can
// change the session. Sized for the back of the room: body text at least 1/30 of the window's
// height (issue 11; DESIGN.md asks 1/40 of the table), the countdown in the display font.
//
// It shows the current exercise's title and question, its countdown against the plan, and then by
// kind: a board zoomed to fit (projector_board.cpp), the readiness tally, the vision being read
// during sharing, the form being filled in, the agenda on info slides (and when the table shows the agenda); or the pause
// screen (session title, wall clock) when the facilitator switches to it.
//
// Everything the room reads of the session goes through core/privacy.h: no private note before
// the reveal (only a total of face-down notes), no author on an anonymous board, dot totals only
// while they are shown and never who placed them, no vision before it is being shared.
//
// Redraw (ui/redraw.h): nothing moving asks for nothing; a running countdown asks for the next
// displayed second, the pause screen's clock for the next minute.
#pragma once

#include "core/session.h"
#include "core/timer.h"
#include "ui/countdown_view.h"
#include "ui/note_shapes.h"
#include "ui/note_text.h"
#include "ui/phones_info.h"
#include "ui/redraw.h"
#include "ui/text_editor.h"
#include "ui/theme.h"

#include <imgui.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace kiosk::ui {

/// What the projector shows besides the session: UI state the app owns and the facilitator sets.
struct ProjectorShow {
    bool pause_screen = false;  ///< the pause screen instead of the exercise
    bool agenda = false;        ///< the table shows the agenda: the projector shows it too
    /// Phones joining (issue 12): while phones.on, the QR code, the code and the presence in a
    /// corner (projector_join.cpp). Only what the room may read: the URL in the QR code, the
    /// code and the counts; no device, no waiting note.
    PhonesInfo phones;
};

/// The join card's QR code (with its quiet zone) on the pause screen, the agenda and info slides
/// (where the room has time to scan it): its dark part at least a quarter of the window's height
/// (issue 12) for a version 3 code (29 of 37 modules), readable from the back.
inline constexpr float kProjectorJoinShare = 0.34f;
/// ... and beside the header on the exercises, where the content needs the room.
inline constexpr float kProjectorSmallJoinShare = 0.13f;

/// Body text is at least this share of the projector window's height (issue 11).
inline constexpr float kProjectorBodyShare = 1.0f / 30.0f;

/// The projector's sizes for one window, in pixels, and the fonts drawn at them.
struct ProjectorMetrics {
    float body_px = 36;       ///< body text: at least window height × kProjectorBodyShare
    float title_px = 54;      ///< the exercise title, 1.5 × body
    float countdown_px = 270; ///< the countdown's digits, a quarter of the height at most
    float margin_px = 36;     ///< around the screen and between blocks, 1 body line
    ImFont* text = nullptr;   ///< for body text and titles: the smallest font at least body_px tall
    ImFont* digits = nullptr; ///< for the countdown: the display font, else `text`

    /// The metrics for a window `size` pixels large with `fonts` (built by the platform for that
    /// window's own scale). The text font is the smallest of body, heading and display that is
    /// at least body_px tall (drawn at body_px, never enlarged when one is), else the largest.
    static ProjectorMetrics for_window(ImVec2 size, const Fonts& fonts);
};

class ProjectorView {
public:
    /// `clock` gives the countdown's time and the pause screen's wall clock (tests inject one).
    explicit ProjectorView(const Clock& clock = system_clock()) : clock_(&clock), countdown_(clock) {}

    /// Draws `session` as the room sees it into one window filling ImGui's display (call between
    /// NewFrame and Render of the projector's own ImGui context). Reads `session` only. `ctx`
    /// gives this window's fonts and language; `redraw` gets when the next frame is needed.
    void draw(const Session& session, const ProjectorShow& show, const Context& ctx, Redraw& redraw);

    /// The sizes the last frame used.
    const ProjectorMetrics& metrics() const { return m_; }

private:
    /// Layout of one note's text on the board, cached until its text, width or size changes.
    using NoteText = WrappedNoteText;

    // projector_view.cpp
    /// `content_w`: the width left of a big join card, where the title and clock are centred.
    void draw_pause(const Session& s, ImVec2 size, float content_w, Redraw& redraw);
    float draw_header(const Session& s, const Exercise& ex, ImVec2 size, Redraw& redraw);
    void draw_agenda(const Session& s, float top, ImVec2 size);
    void draw_tally(const Session& s, const Exercise& ex, float top, ImVec2 size);
    void draw_writing(const Session& s, const Exercise& ex, float top, ImVec2 size);
    void draw_form(const Session& s, const Exercise& ex, float top, ImVec2 size);
    /// Wrapped text at (x, y) no wider than `width`; returns its height. `max_h` clips it.
    float text(float x, float y, float width, float size_px, ImU32 colour, const std::string& utf8,
               float max_h = 1e9f) const;

    // projector_join.cpp
    /// Where the join card goes this frame (nothing when phones are off or there is no code).
    struct JoinCard {
        bool shown = false;
        bool big = false;
        ImVec2 pos{0, 0};    // the card's top left
        float w = 0, h = 0;  // the card
        float side = 0, pad = 0, digits_px = 0, text_px = 0;
    };
    JoinCard layout_join(const PhonesInfo& phones, bool big, ImVec2 size) const;
    void draw_join(const PhonesInfo& phones);

    // projector_board.cpp
    void draw_board(const Session& s, const Exercise& board, float top, ImVec2 size);
    float note_height(const Session& s, const Note& n, float width, float font_px) const;
    const NoteText& note_text(const Note& n, float width, float font_px) const;
    float fit_font(const Session& s, const Exercise& board, float col_w, float room_h) const;

    const Clock* clock_;
    CountdownView countdown_;  // its display state only: the projector never draws its controls
    ProjectorMetrics m_;
    JoinCard join_;  // this frame's
    ImDrawList* dl_ = nullptr;
    std::vector<std::vector<NoteQuad>> batches_;  // one per column, alive until rendered
    mutable NoteTextCache text_cache_;
};

}  // namespace kiosk::ui
