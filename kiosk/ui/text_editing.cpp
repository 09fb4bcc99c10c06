#include "ui/text_editing.h"

#include <utf8proc.h>

namespace kiosk::ui {
namespace {

utf8proc_int32_t decode(std::string_view s, std::size_t at, std::size_t* length = nullptr) {
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + at),
                              static_cast<utf8proc_ssize_t>(s.size() - at), &cp);
    if (length) *length = n > 0 ? static_cast<std::size_t>(n) : 1;
    return cp;
}

std::string encode(utf8proc_int32_t cp) {
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(cp, buf);
    return std::string(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
}

/// Grapheme boundaries of `text`, in order, from 0 to text.size().
template <typename F>
void for_each_boundary(std::string_view text, F visit) {
    visit(std::size_t{0});
    utf8proc_int32_t previous = -1, state = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = 1;
        utf8proc_int32_t cp = decode(text, i, &n);
        if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, cp, &state)) visit(i);
        previous = cp;
        i += n;
    }
    if (!text.empty()) visit(text.size());
}

std::string nfc(std::string_view text) { return clean_text(text, TextKind::Document).text; }

}  // namespace

std::size_t previous_boundary(std::string_view text, std::size_t offset) {
    std::size_t best = 0;
    for_each_boundary(text, [&](std::size_t b) { if (b < offset) best = b; });
    return best;
}

std::size_t next_boundary(std::string_view text, std::size_t offset) {
    std::size_t best = text.size();
    bool found = false;
    for_each_boundary(text, [&](std::size_t b) { if (!found && b > offset) { best = b; found = true; } });
    return best;
}

void TextEditing::set_text(std::string_view text) {
    text_ = clean_text(text, kind_).text;
    caret_ = text_.size();
    capital_i_pending_ = false;
}

void TextEditing::set_caret(std::size_t byte_offset) {
    std::size_t best = 0, best_distance = std::string::npos;
    for_each_boundary(text_, [&](std::size_t b) {
        std::size_t d = b > byte_offset ? b - byte_offset : byte_offset - b;
        if (d < best_distance) { best = b; best_distance = d; }
    });
    caret_ = best;
    capital_i_pending_ = false;
}

void TextEditing::caret_left() { caret_ = previous_boundary(text_, caret_); capital_i_pending_ = false; }
void TextEditing::caret_right() { caret_ = next_boundary(text_, caret_); capital_i_pending_ = false; }
void TextEditing::caret_home() { caret_ = 0; capital_i_pending_ = false; }
void TextEditing::caret_end() { caret_ = text_.size(); capital_i_pending_ = false; }

std::size_t TextEditing::room() const {
    std::size_t limit = max_bytes(kind_);
    return text_.size() < limit ? limit - text_.size() : 0;
}

bool TextEditing::at_sentence_start() const {
    if (!capitalise_) return false;
    std::size_t i = caret_;
    bool skipped_space = false;
    while (i > 0 && (text_[i - 1] == ' ' || text_[i - 1] == '\t')) { --i; skipped_space = true; }
    if (i == 0 || text_[i - 1] == '\n') return true;
    char c = text_[i - 1];
    return skipped_space && (c == '.' || c == '!' || c == '?');
}

InsertOutcome TextEditing::insert(std::string_view text) {
    capital_i_pending_ = false;
    CleanText cleaned = clean_text(text, kind_);
    if (cleaned.text.empty()) return text.empty() ? InsertOutcome::Inserted : InsertOutcome::Refused;
    return insert_clean(std::move(cleaned.text), cleaned.clamped);
}

InsertOutcome TextEditing::type_key(std::string_view typed) {
    CleanText cleaned = clean_text(typed, kind_);
    std::string clean = std::move(cleaned.text);
    if (clean.empty()) return typed.empty() ? InsertOutcome::Inserted : InsertOutcome::Refused;

    bool follows_capital_i = capital_i_pending_ && caret_ > 0 && text_[caret_ - 1] == 'I';
    capital_i_pending_ = false;
    if (follows_capital_i && clean[0] == 'j') {
        clean[0] = 'J';  // "I" + "j" at a sentence start is the Dutch digraph IJ
    } else if (at_sentence_start()) {
        std::size_t n = 1;
        utf8proc_int32_t first = decode(clean, 0, &n);
        if (first >= 0 && utf8proc_islower(first)) {
            clean = encode(utf8proc_toupper(first)) + clean.substr(n);
            if (first == 'i') {
                if (clean.size() >= 2 && clean[1] == 'j') clean[1] = 'J';
                else if (clean.size() == 1) capital_i_pending_ = true;
            }
        }
    }

    return insert_clean(std::move(clean), cleaned.clamped);
}

InsertOutcome TextEditing::insert_clean(std::string clean, bool clamped) {
    std::string_view fits = clamp_to_graphemes(clean, room());
    if (fits.empty()) { capital_i_pending_ = false; return InsertOutcome::Refused; }
    std::string before = nfc(text_.substr(0, caret_) + std::string(fits));
    std::string after = text_.substr(caret_);
    if (before.size() + after.size() > max_bytes(kind_)) return InsertOutcome::Refused;  // NFC never grows here; belt and braces
    text_ = before + after;
    caret_ = before.size();
    return fits.size() == clean.size() && !clamped ? InsertOutcome::Inserted : InsertOutcome::Clamped;
}

void TextEditing::erase_before() {
    if (caret_ == 0) return;
    std::size_t from = previous_boundary(text_, caret_);
    text_.erase(from, caret_ - from);
    caret_ = from;
    capital_i_pending_ = false;
}

void TextEditing::erase_after() {
    if (caret_ >= text_.size()) return;
    std::size_t to = next_boundary(text_, caret_);
    text_.erase(caret_, to - caret_);
    capital_i_pending_ = false;
}

}  // namespace kiosk::ui
