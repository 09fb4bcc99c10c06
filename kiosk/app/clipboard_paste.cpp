#include "app/clipboard_paste.h"

namespace kiosk::app {

ui::PasteAnswer paste_answer_of(const platform::ClipboardAnswer& answer) {
    using From = platform::ClipboardAnswer::Outcome;
    using To = ui::PasteAnswer::Outcome;
    switch (answer.outcome) {
    case From::Text: return {To::Text, answer.text};
    case From::NoAnswer: return {To::NoAnswer, {}};
    case From::Empty:
    case From::NoClipboard: break;
    }
    return {To::Nothing, {}};
}

std::optional<ui::PasteAnswer> ClipboardPaste::take() {
    std::optional<platform::ClipboardAnswer> a = reader_.take();
    if (!a) return std::nullopt;
    return paste_answer_of(*a);
}

}  // namespace kiosk::app
