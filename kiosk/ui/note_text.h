// How a sticky note's text is shown: what the 16-bit glyph atlas can draw, broken into lines at
// word boundaries for a given width. The stored text is never changed; only the shown copy is.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

/// The glyph drawn for anything ImGui 1.86 cannot hold (code points above U+FFFF, i.e. emoji):
/// U+25A1 WHITE SQUARE, in the atlas by the font manifest.
inline constexpr const char* kPlaceholderGlyph = "\xE2\x96\xA1";

/// A copy of `text` (valid UTF-8) fit for the atlas: each run of code points above U+FFFF,
/// joined by ZERO WIDTH JOINER or followed by variation selectors, becomes one placeholder
/// glyph, so "👍🏽" or a family emoji shows as one square rather than several.
std::string displayable_text(std::string_view text);

/// One shown line: byte offsets [begin, end) into the shown text.
struct TextLine {
    std::uint32_t begin = 0, end = 0;
};

/// Breaks `text` into lines no wider than `width_px` when drawn with `font` at `size_px`:
/// at spaces where possible, inside a word only when the word alone is wider than the line.
/// Line breaks in the text start a new line; an empty text gives one empty line.
std::vector<TextLine> wrap_lines(const ImFont& font, float size_px, std::string_view text, float width_px);

}  // namespace kiosk::ui
