// What a frame put on screen as text, read back from ImGui's draw data rather than from the code
// that meant to draw it: every glyph quad is matched to its atlas glyph by its texture
// coordinates. A text that is laid out but clipped away, scrolled out of view, cut off by an
// ellipsis or drawn with a missing glyph therefore does not count as shown. Used by tests and by
// `kiosk --screenshot-dir ... --frame-report` (tests/app/screenshots.sh) to check every exercise
// of the shipped plans.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

struct DrawnFrame {
    /// The visible glyphs in draw order as UTF-8, without whitespace (spaces have no quad);
    /// draw lists are separated by '\n' so that no match runs from one window into another, and
    /// a glyph cut by its clip rectangle stands as '\x1F', so a text cut at an edge never matches.
    std::string text;
    /// Glyphs drawn with the font's fallback glyph (U+FFFD): a code point the atlas lacks, or a
    /// replacement character in the text itself. Each comes with the text around it in `missing`.
    int missing_glyphs = 0;
    std::vector<std::string> missing;
    /// Glyphs only partly inside their clip rectangle (cut at an edge of a window or region).
    int cut_glyphs = 0;
    /// Bounding box of every vertex in the frame, where a child window (a scrolling region)
    /// counts only sideways: its content below the fold waits to be scrolled to. min > max
    /// when nothing was drawn.
    ImVec2 min{3.4e38f, 3.4e38f}, max{-3.4e38f, -3.4e38f};
    /// The smallest font size any glyph was drawn at, in pixels (0 when no glyph was drawn):
    /// the quad's height against the glyph's height in its font.
    float smallest_font_px = 0;
};

/// Reads the frame `data` (after ImGui::Render) against the fonts of the current ImGui context.
DrawnFrame read_drawn_frame(const ImDrawData& data);

/// `utf8` in the form DrawnFrame::text holds: every code point whose glyph in `font` is
/// invisible (spaces, tabs, no-break space) and every line break dropped. A code point the
/// atlas lacks is kept, so it never matches the fallback glyph drawn in its place.
std::string glyph_text(std::string_view utf8, const ImFont& font);

/// True when `utf8` (compared as glyph_text with the context's first font) was drawn whole,
/// in one piece, in `frame`.
bool frame_shows(const DrawnFrame& frame, std::string_view utf8);

/// The frame as report lines for `kiosk --frame-report`: "bbox X0 Y0 X1 Y1", "missing N",
/// "missing-near TEXT" per missing glyph, "cut N", "text TEXT" per draw list.
std::string frame_report(const DrawnFrame& frame);

}  // namespace kiosk::ui
