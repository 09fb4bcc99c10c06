#include "ui/note_text.h"

namespace kiosk::ui {
namespace {

/// Decodes the code point at `i` of valid UTF-8 and returns its byte length in `len`.
char32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) { len = 1; return b; }
    len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (i + len > s.size()) { len = 1; return 0xFFFD; }
    char32_t cp = b & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return cp;
}

bool joins_emoji(char32_t cp) {
    return cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x20E3;  // ZWJ, selectors, keycap
}

}  // namespace

std::string displayable_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool in_emoji = false;  // inside a run that already produced its placeholder
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 1;
        const char32_t cp = decode(text, i, len);
        if (cp > 0xFFFF) {
            if (!in_emoji) out += kPlaceholderGlyph;
            in_emoji = true;
        } else if (in_emoji && joins_emoji(cp)) {
            // part of the emoji already shown; a joiner keeps the run open for the next one
        } else {
            in_emoji = false;
            out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

const WrappedNoteText& NoteTextCache::get(const Note& note, const ImFont& font, float font_px, float width_px) {
    WrappedNoteText& t = by_note_[note.id];
    if (t.width != width_px || t.size != font_px || t.source != note.text) {
        t.source = note.text;
        t.width = width_px;
        t.size = font_px;
        t.shown = displayable_text(note.text);
        t.lines = wrap_lines(font, font_px, t.shown, width_px);
    }
    return t;
}

}  // namespace kiosk::ui
