// How a sticky note's text is shown: what the 16-bit glyph atlas can draw (lines are broken by
// wrap_lines() of text_editor.h). The stored text is never changed; only the shown copy is.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::ui {

/// The glyph drawn for anything ImGui 1.86 cannot hold (code points above U+FFFF, i.e. emoji):
/// U+25A1 WHITE SQUARE, in the atlas by the font manifest.
inline constexpr const char* kPlaceholderGlyph = "\xE2\x96\xA1";

/// A copy of `text` (valid UTF-8) fit for the atlas: each run of code points above U+FFFF,
/// joined by ZERO WIDTH JOINER or followed by variation selectors, becomes one placeholder
/// glyph, so "👍🏽" or a family emoji shows as one square rather than several.
std::string displayable_text(std::string_view text);

}  // namespace kiosk::ui
