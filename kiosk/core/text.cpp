#include "core/text.h"

#include <utf8proc.h>

#include <cstdlib>

namespace kiosk {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

/// Length of the valid UTF-8 sequence at the start of `s`, or 0 when it is not valid.
std::size_t valid_sequence_length(std::string_view s) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                              static_cast<utf8proc_ssize_t>(s.size()), &cp);
    return n > 0 ? static_cast<std::size_t>(n) : 0;
}

/// True when the valid UTF-8 sequence `seq` is a bidirectional embedding, override or isolate
/// control: U+202A..U+202E (LRE, RLE, PDF, LRO, RLO) or U+2066..U+2069 (LRI, RLI, FSI, PDI).
/// They turn the text after them around where it is shown (a title that reads differently on
/// the card, in the export and in a file name, "Trojan Source"), and nobody types them on
/// purpose on a workshop table. The marks U+200E/U+200F stay: they only nudge neutral signs.
bool is_bidi_control(std::string_view seq) {
    if (seq.size() != 3 || static_cast<unsigned char>(seq[0]) != 0xE2) return false;
    const auto b1 = static_cast<unsigned char>(seq[1]), b2 = static_cast<unsigned char>(seq[2]);
    return (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) ||  // U+202A..U+202E
           (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);    // U+2066..U+2069
}

/// Replaces invalid sequences, normalises line breaks and drops control characters.
std::string repair(std::string_view in, bool single_line, bool& repaired) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        auto c = static_cast<unsigned char>(in[i]);
        if (c == '\r') {
            out += single_line ? ' ' : '\n';
            i += (i + 1 < in.size() && in[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c == '\n') { out += single_line ? ' ' : '\n'; ++i; continue; }
        if (c == '\t') { out += single_line ? ' ' : '\t'; ++i; continue; }
        if (c < 0x20 || c == 0x7F) { repaired = true; ++i; continue; }
        std::size_t n = valid_sequence_length(in.substr(i));
        if (n == 0) { out += kReplacement; repaired = true; ++i; continue; }
        if (is_bidi_control(in.substr(i, n))) { repaired = true; i += n; continue; }
        out.append(in.substr(i, n));
        i += n;
    }
    return out;
}

std::string mapped_utf8(const std::string& valid, int options) {
    if (valid.empty()) return valid;
    utf8proc_uint8_t* mapped = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                          static_cast<utf8proc_ssize_t>(valid.size()), &mapped,
                          static_cast<utf8proc_option_t>(options));
    if (n < 0) return valid;  // cannot happen for valid input; keep the text rather than lose it
    std::string out(reinterpret_cast<char*>(mapped), static_cast<std::size_t>(n));
    std::free(mapped);
    return out;
}

std::string to_nfc(const std::string& valid) { return mapped_utf8(valid, UTF8PROC_STABLE | UTF8PROC_COMPOSE); }

}  // namespace

std::string fold_case(std::string_view text) {
    return mapped_utf8(repair_utf8(text), UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string repair_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = valid_sequence_length(text.substr(i));
        if (n == 0) { out += kReplacement; ++i; continue; }
        out.append(text.substr(i, n));
        i += n;
    }
    return out;
}

bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = valid_sequence_length(text.substr(i));
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string_view clamp_to_graphemes(std::string_view text, std::size_t max) {
    if (text.size() <= max) return text;
    std::size_t boundary = 0;  // end of the last whole grapheme cluster that fits
    utf8proc_int32_t previous = -1;
    utf8proc_int32_t state = 0;
    for (std::size_t i = 0; i < text.size();) {
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                  static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (n <= 0) break;  // invalid tail: stop at the last good boundary
        if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, cp, &state)) boundary = i;
        if (i + static_cast<std::size_t>(n) > max) return text.substr(0, boundary);
        previous = cp;
        i += static_cast<std::size_t>(n);
    }
    return text.substr(0, boundary);
}

CleanText clean_text(std::string_view text, TextKind kind) {
    CleanText result;
    std::string repaired = repair(text, kind == TextKind::Line, result.repaired);
    std::string nfc = to_nfc(repaired);
    std::size_t limit = max_bytes(kind);
    if (nfc.size() > limit) {
        result.text = std::string(clamp_to_graphemes(nfc, limit));
        result.clamped = true;
    } else {
        result.text = std::move(nfc);
    }
    return result;
}

bool is_blank(std::string_view text) {
    // Blank is what shows nothing: white space of every script (the no-break space, the ideographic
    // space: category Zs, and line and paragraph separators) and the invisible format characters
    // (category Cf: zero-width space and joiners, the byte-order mark, bidi marks).
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        const utf8proc_ssize_t n = utf8proc_iterate(bytes, left, &cp);
        if (n <= 0) return false;  // not UTF-8: something is there
        bytes += n;
        left -= n;
        if (cp == '\t' || cp == '\r' || cp == '\n' || cp == 0x200B) continue;
        switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_ZS:
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_CF: continue;
        default: return false;
        }
    }
    return true;
}

bool is_clean_text(std::string_view text, TextKind kind) {
    return clean_text(text, kind).text == text;
}

}  // namespace kiosk
