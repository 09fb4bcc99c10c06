// The editing model behind every text field on the touch table: a UTF-8 text, a caret, and the
// rules of the on-screen keyboard (sentence capitalisation with the Dutch IJ, one byte limit per
// kind of text, whole characters only). Pure logic with no ImGui, so it is tested on its own and
// the keyboard widget only draws keys and forwards taps here.
#pragma once

#include "core/text.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::ui {

/// What happened to the last insert, so the field can show a notice.
enum class InsertOutcome {
    Inserted,  // everything went in
    Clamped,   // part went in: the text reached its limit (cut at a character boundary)
    Refused,   // nothing went in: no room for even one whole character
};

class TextEditing {
public:
    explicit TextEditing(TextKind kind = TextKind::Note) : kind_(kind) {}

    /// Replaces the text (cleaned to the kind's rules) and puts the caret at its end.
    void set_text(std::string_view text);
    const std::string& text() const { return text_; }
    TextKind kind() const { return kind_; }

    /// Caret as a byte offset into text(), always on a grapheme-cluster boundary.
    std::size_t caret() const { return caret_; }
    /// Places the caret at the boundary nearest to `byte_offset` (e.g. from a tap into the text).
    void set_caret(std::size_t byte_offset);
    void caret_left();   // one whole character (grapheme cluster) back
    void caret_right();  // one whole character forward
    void caret_home();
    void caret_end();

    /// Inserts pasted text or a hardware keyboard's text at the caret as it is: cleaned (NFC,
    /// UTF-8 repair, line breaks kept only where the kind allows them) but never capitalised
    /// (issue 14: capitalisation is an aid of the on-screen keyboard only; what a person typed on
    /// a real keyboard or pasted is theirs). Never exceeds max_bytes(kind()): a character that
    /// does not fit whole is not inserted.
    InsertOutcome insert(std::string_view text);
    /// Inserts what a key of the on-screen keyboard types, as insert() does, and, when sentence
    /// capitalisation is on and the caret starts a sentence, capitalises the first letter — "ij"
    /// at a sentence start becomes "IJ" (Dutch spelling: IJsbreker, never Ijsbreker), also when
    /// typed as "i" then "j" in two taps.
    InsertOutcome type_key(std::string_view typed);
    /// Deletes the whole character before the caret (backspace) / after it (delete).
    void erase_before();
    void erase_after();

    /// True when the next letter typed would be capitalised (the keyboard shows shift lit).
    bool at_sentence_start() const;
    void set_sentence_capitalisation(bool on) { capitalise_ = on; }
    bool sentence_capitalisation() const { return capitalise_; }

    /// Bytes still free under the kind's limit.
    std::size_t room() const;

private:
    /// Inserts `clean` (already cleaned; `clamped`: cleaning cut it) at the caret, cut to room().
    InsertOutcome insert_clean(std::string clean, bool clamped);

    std::string text_;
    std::size_t caret_ = 0;
    TextKind kind_;
    bool capitalise_ = true;
    bool capital_i_pending_ = false;  // an "I" was just auto-capitalised: a following "j" → "J"
};

/// Byte offset of the grapheme boundary before / after `offset` in `text` (clamped to 0 and
/// text.size()).
std::size_t previous_boundary(std::string_view text, std::size_t offset);
std::size_t next_boundary(std::string_view text, std::size_t offset);

}  // namespace kiosk::ui
