// The on-screen keypad for the facilitator PIN (issue 11, "A PIN protects it"): digits 1–9 and 0,
// erase, OK and Cancel (or Skip while choosing a first PIN), each key at least one touch target
// (Metrics::touch_target), drawn as a centred panel over the whole display. The typed PIN is
// shown as dots, never as digits.
//
// It hashes, stores and checks nothing (ui knows no files): it returns what the facilitator asked
// for, and the app checks or stores the PIN (store/facilitator_pin.h, off the UI thread) and says
// back what came of it (show_wrong(), show_notice(), or closing the keypad). Hit-target keys:
// "pin-0".."pin-9", "pin-erase", "pin-ok", "pin-cancel", "pin-skip".
#pragma once

#include "ui/redraw.h"
#include "ui/theme.h"

#include <string>
#include <variant>

namespace kiosk::ui {

enum class PinKeypadMode {
    Enter,  ///< type the PIN to open the facilitator console; Cancel goes back
    Set,    ///< choose a new PIN (4–8 digits, core/pin_rule.h), typed twice; Skip leaves it unset
};

/// Enter: check this PIN. The keypad shows "Checking…" and takes no digits until the app calls
/// show_wrong() or open(), or stops drawing it.
struct PinEnteredIntent { std::string pin; };
/// Set: the same 4–8 digits were typed twice; the app stores them (and calls show_notice() when
/// that fails).
struct NewPinIntent { std::string pin; };
/// Cancel: back to the screen the keypad was opened from.
struct PinCancelledIntent {};
/// Set: no PIN for now; the app asks again later (issue 11: "set at first start, or skipped, and
/// then asked for again later").
struct PinSkippedIntent {};

using PinKeypadIntent =
    std::variant<std::monostate, PinEnteredIntent, NewPinIntent, PinCancelledIntent, PinSkippedIntent>;

/// The keypad's UI-only state (what is typed, which step, which message). One per window.
class PinKeypad {
public:
    explicit PinKeypad(PinKeypadMode mode = PinKeypadMode::Enter) { open(mode); }

    /// Starts afresh in `mode`: nothing typed, no message.
    void open(PinKeypadMode mode);
    PinKeypadMode mode() const { return mode_; }

    /// The app found the entered PIN wrong: the digits are cleared, "Wrong PIN" is shown, and
    /// digits are taken again (unless a wait is due, see draw()).
    void show_wrong();
    /// Shows `text` (translated, e.g. a PIN that could not be saved or a damaged PIN file) in
    /// place of any other message, until the next key or open(); digits are taken again.
    void show_notice(std::string text);

    /// How many digits are typed now (the screen shows only this many dots).
    int typed_digits() const { return int(typed_.size()); }
    /// True after Entered until show_wrong() or open().
    bool checking() const { return step_ == Step::Checking; }

    /// Draws the keypad and returns what was asked for on this frame. `wait_seconds`: how long
    /// before a PIN is taken again (core/pin_attempts.h, wait_left); while above 0 the keypad
    /// shows "Wait N s" counting down (asking `redraw` for a frame at each new second), takes no
    /// digits and has OK disabled; Cancel and Skip still work.
    PinKeypadIntent draw(const Context& ctx, double wait_seconds, Redraw& redraw);

private:
    enum class Step { First, Repeat, Checking };
    enum class Message { None, Wrong, Differ, Notice };

    void press_digit(char digit);
    PinKeypadIntent press_ok();

    PinKeypadMode mode_ = PinKeypadMode::Enter;
    Step step_ = Step::First;
    std::string typed_;
    std::string first_;  // Set: the PIN typed the first time, to compare with the second
    Message message_ = Message::None;
    std::string notice_;
};

}  // namespace kiosk::ui
