// Text rules for everything people type: one place that says what is valid, how long it may be,
// and how too-long or malformed input is repaired. The editor, the store and `kiosk apply` all
// go through these, so a limit is the same everywhere (case K06 of shared/cases).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk {

/// Maximum lengths in bytes of UTF-8 (after NFC normalisation), per kind of text.
enum class TextKind {
    Line,       // a name, title, place, author or seat: 200 bytes
    Note,       // a sticky note or a checklist remark: 1,000 bytes (≈ 150 Dutch words)
    Paragraph,  // a form box: 4,000 bytes
    Document,   // a vision or the shared vision: 20,000 bytes (10 minutes of fast writing)
};

/// The byte limit of a kind of text (see TextKind). Constant, so screens can size fields by it.
constexpr std::size_t max_bytes(TextKind kind) {
    switch (kind) {
        case TextKind::Line: return 200;
        case TextKind::Note: return 1000;
        case TextKind::Paragraph: return 4000;
        case TextKind::Document: return 20000;
    }
    return 200;
}

/// Result of clean_text().
struct CleanText {
    std::string text;
    bool repaired = false;  // invalid UTF-8 replaced by U+FFFD, or control or bidi characters removed
    bool clamped = false;   // cut to the limit
};

/// Makes user text safe to store: invalid UTF-8 sequences become U+FFFD, CR LF and CR become LF,
/// control characters other than LF and TAB are dropped, and so are the bidirectional
/// embedding, override and isolate controls U+202A..U+202E and U+2066..U+2069 (issue 14: they
/// would make a title or name read differently from what is stored; `repaired` says so), the text is put in Unicode NFC (so ë is
/// the single code point U+00EB), and it is cut to max_bytes(kind) at a grapheme-cluster
/// boundary (never inside ë or an emoji). Line-kind text also has its line breaks turned into
/// spaces. Always succeeds.
CleanText clean_text(std::string_view text, TextKind kind);

/// True when `text` shows nothing: only white space of any script (spaces, no-break and
/// ideographic spaces, tabs, line breaks) and invisible format characters (zero-width space,
/// joiners, byte-order mark, bidi marks), or nothing at all.
bool is_blank(std::string_view text);

/// `text` (repaired as repair_utf8() does) with case folded and in NFC, for comparing names
/// without regard to case as people and the file systems of a USB stick do: "Café" and "CAFÉ"
/// fold alike.
std::string fold_case(std::string_view text);

/// True when `text` is already exactly what clean_text(text, kind) would return.
bool is_clean_text(std::string_view text, TextKind kind);

/// `text` with every byte that is not part of well-formed UTF-8 replaced by U+FFFD, and
/// nothing else changed (for whole records, e.g. a JSON line, before they are parsed).
std::string repair_utf8(std::string_view text);

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
bool is_valid_utf8(std::string_view text);

/// The longest prefix of `text` (valid UTF-8) of at most `max` bytes that ends on a
/// grapheme-cluster boundary.
std::string_view clamp_to_graphemes(std::string_view text, std::size_t max);

}  // namespace kiosk
