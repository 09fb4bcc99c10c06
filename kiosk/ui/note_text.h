// How a sticky note's text is shown: what the 16-bit glyph atlas can draw (lines are broken by
// wrap_lines() of text_editor.h). The stored text is never changed; only the shown copy is.
#pragma once

#include "core/palette.h"
#include "core/session.h"
#include "ui/text_editor.h"

#include <imgui.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk::ui {

/// The glyph drawn for anything ImGui 1.86 cannot hold (code points above U+FFFF, i.e. emoji):
/// U+FFFD REPLACEMENT CHARACTER, the atlas's one fallback glyph (fonts/manifest.toml
/// [replacement], set by platform::FontAtlasBuilder), so an emoji shows as the same glyph on a
/// card as in the editor (where ImGui decodes it to U+FFFD) and as any other character the
/// fonts lack. tests/ui/own_glyphs_test.cpp holds the two together.
inline constexpr const char* kPlaceholderGlyph = "\xEF\xBF\xBD";

/// A copy of `text` (valid UTF-8) fit for the atlas: each run of code points above U+FFFF,
/// joined by ZERO WIDTH JOINER or followed by variation selectors, becomes one placeholder
/// glyph, so "👍🏽" or a family emoji shows as one square rather than several.
std::string displayable_text(std::string_view text);

/// The ink of a note's text on every note colour (core/palette.h), table and projector alike.
inline ImU32 note_ink() { return IM_COL32(kNoteText.r, kNoteText.g, kNoteText.b, 255); }

/// A note's text as drawn: displayable_text() of it broken into lines of at most a width.
struct WrappedNoteText {
    std::string source;  // the stored text it was made from
    std::string shown;   // displayable_text(source)
    float width = 0, size = 0;
    std::vector<TextLine> lines;  // of `shown`
};

/// Each note's wrapped text, kept per note id and made again only when its text, the width or
/// the font size changed: the board and the projector wrap every visible note each frame.
class NoteTextCache {
public:
    /// `note`'s text in `font` at `font_px` wrapped to `width_px`. The reference stays valid
    /// until the next get() for the same note.
    const WrappedNoteText& get(const Note& note, const ImFont& font, float font_px, float width_px);

private:
    std::unordered_map<std::string, WrappedNoteText> by_note_;
};

}  // namespace kiosk::ui
