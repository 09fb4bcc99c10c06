// Where a text field's Ctrl+V gets its text when the clipboard belongs to another program
// (issue 14): asked for, answered in a later frame, so a clipboard owner that does not answer
// never holds up a frame (the countdown keeps running). The app gives each window that takes
// input one (WindowState::paste) over platform::ClipboardReader; a window without one (headless
// tests, screenshots) pastes ImGui's own in-process clipboard at once.
#pragma once

#include <optional>
#include <string>

namespace kiosk::ui {

struct PasteAnswer {
    enum class Outcome {
        Text,      ///< `text` is to be inserted (raw: the field cleans and cuts it, core/text.h)
        Nothing,   ///< the clipboard has no text: nothing happens, as with an empty clipboard
        NoAnswer,  ///< the clipboard's owner did not answer in time: the field says so
    };
    Outcome outcome = Outcome::Nothing;
    std::string text;
};

class PasteSource {
public:
    virtual ~PasteSource() = default;
    /// Starts asking for the clipboard's text; returns at once. Asking again before the answer
    /// has come gives one answer.
    virtual void request() = 0;
    /// The answer to the last request, once; nullopt while it has not come. The source wakes
    /// the frame loop when it comes; the waiting field also asks for frames (kPastePollSeconds).
    virtual std::optional<PasteAnswer> take() = 0;
};

/// While a paste is awaited, the field looks for the answer at least this often.
inline constexpr double kPastePollSeconds = 0.1;

}  // namespace kiosk::ui
