#include "plans/utf8_check.h"

namespace kiosk::plans_detail {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length in bytes of the valid UTF-8 sequence starting at text[i], or 0 when it is invalid.
// Follows the well-formed byte sequences table of the Unicode standard (chapter 3).
std::size_t valid_sequence_length(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) length = 2;
    else if (c == 0xE0) { length = 3; low = 0xA0; }          // no overlong 3-byte forms
    else if (c >= 0xE1 && c <= 0xEC) length = 3;
    else if (c == 0xED) { length = 3; high = 0x9F; }         // no UTF-16 surrogates
    else if (c >= 0xEE && c <= 0xEF) length = 3;
    else if (c == 0xF0) { length = 4; low = 0x90; }          // no overlong 4-byte forms
    else if (c >= 0xF1 && c <= 0xF3) length = 4;
    else if (c == 0xF4) { length = 4; high = 0x8F; }         // nothing above U+10FFFF
    else return 0;
    if (i + length > text.size()) return 0;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (second < low || second > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (!is_continuation(static_cast<unsigned char>(text[i + k]))) return 0;
    return length;
}

}  // namespace

std::vector<Utf8Error> find_invalid_utf8(std::string_view text, std::size_t limit) {
    std::vector<Utf8Error> errors;
    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    int line = 1, column = 1;
    while (i < text.size() && errors.size() < limit) {
        const std::size_t length = valid_sequence_length(text, i);
        if (length == 0) {
            errors.push_back({{line, column}, static_cast<unsigned char>(text[i])});
            // Resynchronise at the next byte that can start a character.
            ++i;
            while (i < text.size() && is_continuation(static_cast<unsigned char>(text[i]))) ++i;
            ++column;
            continue;
        }
        if (text[i] == '\n') { ++line; column = 1; } else { ++column; }
        i += length;
    }
    return errors;
}

}  // namespace kiosk::plans_detail
