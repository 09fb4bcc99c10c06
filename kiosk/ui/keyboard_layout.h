// The on-screen keyboard's layout: Dutch QWERTY letters, a numbers-and-symbols page with the
// signs Dutch text needs (€ „ ” ‘ ’ – …), and the long-press variants of the accented letters.
// Data and look-ups only; the widget that draws it lives beside it in ui/.
#pragma once

#include <string>
#include <vector>

namespace kiosk::ui {

enum class KeyAction {
    Text,       // inserts `text` (shifted by the widget when shift or caps is on)
    Shift,      // next letter upper case; a second tap locks caps
    Backspace,
    Enter,      // a line break in multi-line fields, "done" in one-line fields
    Space,
    Page,       // switches between letters and symbols
    Left, Right,
    Hide,       // closes the keyboard (the field stays as it is)
};

struct Key {
    std::string label;    // what the key shows (UTF-8)
    std::string text;     // what it types (Text keys)
    KeyAction action = KeyAction::Text;
    float width = 1.0f;   // in key units; a row is about 10–11 units wide
};

enum class KeyboardPage { Letters, Symbols };

/// The rows of a page, top to bottom.
const std::vector<std::vector<Key>>& keyboard_rows(KeyboardPage page);

/// Characters offered on a long press of `base` (a lower- or upper-case letter), or an empty
/// list when it has none: e → é ë è ê, i → ï í, o → ó ö ô, u → ü ú, a → à á ä, c → ç, n → ñ,
/// and the same in capitals.
const std::vector<std::string>& long_press_variants(const std::string& base);

/// `text` in upper case (the shifted form of a letter key), UTF-8 in and out.
std::string shifted(const std::string& text);

}  // namespace kiosk::ui
