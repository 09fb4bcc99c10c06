// Text fields bound to a value of the model: a field shows the model's text until someone edits
// it, and hands the edited text to a submit function (which turns it into an action) when the
// field commits (keyboard.h) or when the screen is left (flush).
#pragma once

#include "ui/text_editor.h"

#include <functional>
#include <map>
#include <string>

namespace kiosk::ui {

class BoundTexts {
public:
    using Submit = std::function<void(const std::string& text)>;

    /// Draws field `key` (a stable English key, e.g. "vision-v-1a2b") over `model`, a text of
    /// `kind`. Calls `submit` with the edited text when it commits and differs from `model`.
    /// Returns true when it submitted.
    bool field(const std::string& key, TextKind kind, const std::string& model, const Submit& submit,
               const Context& ctx, Redraw& redraw, const EditOptions& options = {});

    /// Submits every field whose text differs from its model (call before leaving the screen).
    void flush();

    /// The editing behind `key` (created empty on first use), e.g. to append a sentence.
    TextEditing& editing(const std::string& key, TextKind kind);

private:
    struct Bound {
        TextEditing editing;
        std::string model;
        Submit submit;
    };
    std::map<std::string, Bound> fields_;
};

}  // namespace kiosk::ui
