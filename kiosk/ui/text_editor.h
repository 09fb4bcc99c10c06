// A text field for the touch table: shows a TextEditing's text wrapped at word boundaries (never
// running off to the side, case K07), draws the caret, puts the caret where the text is tapped,
// and gives the on-screen keyboard (keyboard.h) to the field tapped last. A hardware keyboard
// works too: typed characters (dead keys and Compose arrive already composed, K09), Backspace,
// Delete, the arrows, Home/End, Enter and Ctrl+V. A paste or a keystroke that does not fit the
// field's byte limit (core/text.h) is cut at a character boundary and a notice says so (K06).
//
// The field only edits its TextEditing; the screen turns the text into an action when the result
// says `commit` (the field lost the keyboard, or a second passed since the last change).
#pragma once

#include "ui/keyboard.h"
#include "ui/redraw.h"
#include "ui/text_editing.h"
#include "ui/theme.h"

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

struct EditOptions {
    float min_height_px = 0.0f;  ///< the field grows with its text from this height (0: one line)
    std::string placeholder;     ///< shown muted while the text is empty (already translated)
};

struct EditResult {
    bool changed = false;  ///< the text changed during this frame (hardware keys, a tap)
    bool commit = false;   ///< time to submit the text as an action (see above)
};

/// Draws the field recorded under hit-target `key` (also its ImGui ID), as wide as the content
/// region. `editing` must live as long as the field is on screen: the keyboard types into it at
/// the end of the frame.
EditResult edit_text(const char* key, TextEditing& editing, const Context& ctx, Redraw& redraw,
                     const EditOptions& options = {});

/// One visual line of wrapped text: bytes [begin, end) of the text, without the line break or
/// the spaces at which it was wrapped.
struct TextLine {
    std::size_t begin = 0, end = 0;
};

/// Splits `text` into lines no wider than `width_px` in `font` at `size_px`, breaking after
/// spaces (a word longer than the line is broken where it must) and at every '\n'. An empty text
/// is one empty line; a text ending in '\n' ends with an empty line.
std::vector<TextLine> wrap_lines(const ImFont& font, float size_px, std::string_view text, float width_px);

}  // namespace kiosk::ui
